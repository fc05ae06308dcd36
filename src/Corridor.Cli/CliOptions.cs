using System.CommandLine;

namespace Corridor.Cli;

/// <summary>The options several commands share, built anew for each command (a symbol belongs to one parser tree).</summary>
internal static class CliOptions
{
    public static Option<string?> Database() => new("--database")
    {
        HelpName = "DB",
        Description = "A SQLite file or a PostgreSQL connection string (Host=...;Database=...;Username=...;Password=...). " +
                      "Default: the database shared with the web app (with the demo corridor); a database named here starts empty.",
    };

    public static Option<string?> Corridor() => new("--corridor")
    {
        HelpName = "CODE",
        Description = "The corridor to work on (default: the database's only corridor).",
    };

    public static Option<bool> DryRun(string description) => new("--dry-run") { Description = description };

    /// <summary>A text option; <paramref name="completions"/> are offered by tab completion (the [suggest] directive).</summary>
    public static Option<string?> Text(string name, string helpName, string description, params string[] completions)
    {
        var option = new Option<string?>(name) { HelpName = helpName, Description = description };
        if (completions.Length > 0) option.CompletionSources.Add(completions);
        return option;
    }

    /// <summary>
    /// Makes <paramref name="argument"/> refuse words that look like options: System.CommandLine would otherwise take an
    /// unknown option (<c>solve --fast x.min</c>) as the argument's value.
    /// </summary>
    public static T RejectOptions<T>(T argument) where T : Argument
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
                result.AddError($"unknown option {token.Value}");
        });
        return argument;
    }

    /// <summary>The database and corridor options, added to <paramref name="command"/>.</summary>
    public static (Option<string?> Database, Option<string?> Corridor) AddTarget(Command command)
    {
        var database = Database();
        var corridor = Corridor();
        command.Add(database);
        command.Add(corridor);
        return (database, corridor);
    }
}

/// <summary>
/// A command's text options by name, for commands with many of them: <see cref="Add"/> declares one on the command (help,
/// completions); <see cref="Values"/> reads what was given, after System.CommandLine has parsed and checked the line.
/// </summary>
internal sealed class TextOptions(Command command)
{
    readonly Dictionary<string, Option<string?>> options = new(StringComparer.Ordinal);

    public TextOptions Add(string name, string helpName, string description, params string[] completions)
    {
        var option = CliOptions.Text(name, helpName, description, completions);
        options.Add(name, option);
        command.Add(option);
        return this;
    }

    /// <summary>The value given for each declared option (null when absent).</summary>
    public Func<string, string?> Values(ParseResult result) => name => result.GetValue(options[name]);
}

/// <summary>Which database and corridor a command works on, as given on its command line.</summary>
internal sealed record CliTarget(string? Database, string? Corridor)
{
    public static CliTarget From(ParseResult result, (Option<string?> Database, Option<string?> Corridor) options) =>
        new(result.GetValue(options.Database), result.GetValue(options.Corridor));
}
