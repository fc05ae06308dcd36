using System.CommandLine;
using Corridor.Web.Infrastructure;

namespace Corridor.Cli.Commands;

/// <summary><c>corridor serve [--database DB] [--urls URL]</c>: runs the web app (default http://localhost:5000).</summary>
internal static class ServeCommand
{
    public static Command Build(CliContext cx)
    {
        _ = cx;
        var urls = CliOptions.Text("--urls", "URL", "Where to listen (default http://localhost:5000).");
        var database = CliOptions.Database();
        var command = new Command("serve", "Run the web app (API, pages) on the database.") { urls, database };
        command.SetAction((r, _) => RunAsync(r.GetValue(urls), r.GetValue(database)));
        return command;
    }

    public static async Task<int> RunAsync(string? urls, string? database)
    {
        var webArgs = new List<string> { "--urls", urls ?? "http://localhost:5000" };
        if (database is not null)
        {
            // A database named on the command line starts empty: the demo is only for the default database.
            webArgs.AddRange(["--Corridor:Database", database, "--Corridor:SeedDemo", "false"]);
        }
        return await CorridorWebApp.RunAsync([.. webArgs]);
    }
}
