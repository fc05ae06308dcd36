using Corridor.Cli.Commands;

namespace Corridor.Cli;

/// <summary>Dispatches <c>corridor VERB ...</c>; each verb lives in Commands/.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await stdout.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var rest = args[1..];
        return args[0] switch
        {
            "solve" => SolveCommand.Run(rest, stdout, stderr),
            _ => await Unknown(args[0], stderr),
        };
    }

    static async Task<int> Unknown(string verb, TextWriter stderr)
    {
        await stderr.WriteLineAsync($"corridor: unknown command '{verb}'.\n{Usage}");
        return 2;
    }

    const string Usage = """
        usage: corridor COMMAND [options]
          solve FILE.min                 solve a DIMACS min-cost-flow problem, print the DIMACS solution
        """;
}
