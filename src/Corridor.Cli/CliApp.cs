using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Corridor.Cli.Commands;

namespace Corridor.Cli;

/// <summary>
/// The <c>corridor</c> command line, parsed by System.CommandLine; each command lives in Commands/ and builds its own
/// <see cref="Command"/>. Exit codes: 0 success, 1 the operation failed, 2 wrong usage (solve adds 3, see its help).
/// </summary>
internal static class CliApp
{
    /// <summary>The operation succeeded.</summary>
    public const int Success = 0;

    /// <summary>The operation failed: an import rejected, a file or record missing, a database error.</summary>
    public const int Failure = 1;

    /// <summary>Wrong usage: unknown command or option, a missing or malformed value.</summary>
    public const int UsageError = 2;

    public const string ExitCodes =
        "Exit codes: 0 success; 1 the operation failed (an import rejected, a file or record missing); 2 wrong usage " +
        "(unknown command or option, missing or bad value). 'corridor solve' has its own: see 'corridor solve --help'.";

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, new CliContext(stdout, stderr, TimeProvider.System, CancellationToken.None));

    public static async Task<int> RunAsync(string[] args, CliContext cx)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(cx);
        if (args is ["help", .. var rest]) args = [.. rest, "--help"];
        var root = Build(cx);
        var result = root.Parse(args);
        if (result.Errors.Count > 0 && result.Action is ParseErrorAction) return ReportErrors(result, cx);
        var configuration = new InvocationConfiguration { Output = cx.Out, Error = cx.Err, EnableDefaultExceptionHandler = false };
        try
        {
            return await result.InvokeAsync(configuration, cx.Ct);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            return cx.Fail($"{Name(result.CommandResult)}: {e.Message}");
        }
    }

    /// <summary>The whole command tree; <paramref name="cx"/> is what the commands' actions write to.</summary>
    public static RootCommand Build(CliContext cx)
    {
        return new RootCommand(
            "Corridor: projects, material lots and hubs of a Circular Resources Corridor; imports, exports, matching.\n" + ExitCodes)
        {
            ImportCommand.Build(cx),
            ListCommand.Build(cx),
            ExportCommand.Build(cx),
            ServeCommand.Build(cx),
            MatchCommand.Build(cx),
            EstimateCommand.Build(cx),
            ReportCommand.Build(cx),
            PassportCommand.Build(cx),
            UserCommand.Build(cx),
            BackupCommand.BuildBackup(cx),
            BackupCommand.BuildRestore(cx),
            SolveCommand.Build(cx),
            SamplesCommand.Build(cx),
        };
    }

    /// <summary>Parse errors on stderr, phrased for people (<c>unknown option --x</c>), with where to find the usage.</summary>
    static int ReportErrors(ParseResult result, CliContext cx)
    {
        var name = Name(result.CommandResult);
        var unmatched = result.UnmatchedTokens;
        var given = result.Tokens.Select(t => t.Value).ToList();
        foreach (var token in unmatched)
        {
            if (token.StartsWith('-')) cx.Err.WriteLine($"{name}: unknown option {token}");
            // The word after an unknown option is most likely its value: one message (the option) is enough.
            else if (given.IndexOf(token) is var i and > 0 && given[i - 1].StartsWith('-') && unmatched.Contains(given[i - 1])) continue;
            else cx.Err.WriteLine($"{name}: unexpected argument '{token}'");
        }
        foreach (var error in result.Errors.Where(e => !unmatched.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal))))
            cx.Err.WriteLine($"{name}: {error.Message}");
        cx.Err.WriteLine($"usage: see '{name} --help'");
        return UsageError;
    }

    static string Name(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? r = command; r is not null; r = r.Parent)
            if (r is CommandResult c) names.Insert(0, c.Command is RootCommand ? "corridor" : c.Command.Name);
        return string.Join(' ', names);
    }
}
