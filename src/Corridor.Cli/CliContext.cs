using Spectre.Console;

namespace Corridor.Cli;

/// <summary>What a command writes to and runs with; tests pass their own writers and clock.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, TimeProvider time, CancellationToken ct, TextReader? input = null)
{
    /// <summary>Standard input (passwords for <c>corridor user add</c>); tests pass their own.</summary>
    public TextReader In { get; } = input ?? System.Console.In;

    public TextWriter Out { get; } = output;
    public TextWriter Err { get; } = error;
    public TimeProvider Time { get; } = time;
    public CancellationToken Ct { get; } = ct;

    /// <summary>Spectre console for progress and tables, writing to <see cref="Err"/> for progress so stdout stays parseable.</summary>
    public IAnsiConsole Console { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(error),
        // Piped or captured stderr (CI logs, scripts) gets plain text, not colour escapes.
        Ansi = IsTerminal(error, System.Console.Error, System.Console.IsErrorRedirected) ? AnsiSupport.Detect : AnsiSupport.No,
        Interactive = IsTerminal(error, System.Console.Error, System.Console.IsErrorRedirected) ? InteractionSupport.Detect : InteractionSupport.No,
    });

    static bool IsTerminal(TextWriter writer, TextWriter console, bool redirected) => ReferenceEquals(writer, console) && !redirected;

    public IAnsiConsole Stdout { get; } = CreateStdout(output);

    static IAnsiConsole CreateStdout(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        // Piped or captured output has no terminal width; don't squeeze tables into 80 columns.
        if (!ReferenceEquals(output, System.Console.Out) || System.Console.IsOutputRedirected) console.Profile.Width = 240;
        return console;
    }

    public int Fail(string message)
    {
        Err.WriteLine(message);
        return 1;
    }

    public int Usage(string message)
    {
        Err.WriteLine(message);
        return 2;
    }
}
