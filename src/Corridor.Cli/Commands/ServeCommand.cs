using Corridor.Web.Infrastructure;

namespace Corridor.Cli.Commands;

/// <summary><c>corridor serve [--database DB] [--urls URL]</c>: runs the web app (default http://localhost:5000).</summary>
public static class ServeCommand
{
    public static async Task<int> RunAsync(CliArgs args, CliContext cx)
    {
        var webArgs = new List<string> { "--urls", args.Option("--urls") ?? "http://localhost:5000" };
        if (args.Option("--database") is { } database)
        {
            // A database named on the command line starts empty: the demo is only for the default database.
            webArgs.AddRange(["--Corridor:Database", database, "--Corridor:SeedDemo", "false"]);
        }
        await CorridorWebApp.Create([.. webArgs]).RunAsync();
        return 0;
    }
}
