using Corridor.Cli.Commands;

namespace Corridor.Cli;

/// <summary>Dispatches <c>corridor COMMAND ...</c>; each command lives in Commands/.</summary>
public static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, new CliContext(stdout, stderr, TimeProvider.System, CancellationToken.None));

    public static async Task<int> RunAsync(string[] args, CliContext cx)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await (args.Length == 0 ? cx.Err : cx.Out).WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        if (args[0] == "solve") return SolveCommand.Run(args[1..], cx.Out, cx.Err);
        if (!CliArgs.TryParse(args[1..], out var parsed, out var error)) return cx.Usage($"corridor {args[0]}: {error}");
        var unknown = parsed.Unknown(Known(args[0])).ToList();
        if (unknown.Count > 0) return cx.Usage($"corridor {args[0]}: unknown option {string.Join(", ", unknown)}\n{Usage}");
        try
        {
            return args[0] switch
            {
                "import" => await ImportCommand.RunAsync(parsed, cx),
                "list" => await ListCommand.RunAsync(parsed, cx),
                "export" => await ExportCommand.RunAsync(parsed, cx),
                "serve" => await ServeCommand.RunAsync(parsed, cx),
                "match" => await MatchCommand.RunAsync(parsed, cx),
                "estimate" => await EstimateCommand.RunAsync(parsed, cx),
                "report" => await ReportCommand.RunAsync(parsed, cx),
                "passport" => await PassportCommand.RunAsync(parsed, cx),
                "user" => await UserCommand.RunAsync(parsed, cx, cx.In),
                _ => cx.Usage($"corridor: unknown command '{args[0]}'.\n{Usage}"),
            };
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            return cx.Fail($"corridor {args[0]}: {e.Message}");
        }
    }

    static string[] Known(string command) => command switch
    {
        "import" => ["--database", "--corridor", "--dry-run"],
        "list" => ["--database", "--corridor", "--category", "--direction", "--limit"],
        "export" => ["--database", "--corridor", "--format", "--out"],
        "serve" => ["--database", "--urls"],
        "match" => ["--database", "--corridor", "--out", "--export-dimacs", "--max-distance", "--vehicle", "--electric-factor",
                    "--detour", "--resolution", "--from", "--to"],
        "estimate" => ["--database", "--corridor", "--project", "--dry-run", "--type", "--year", "--structure", "--gfa", "--lat", "--lon"],
        "report" => ["--database", "--corridor", "--from", "--to", "--format", "--culture", "--out"],
        "passport" => ["--database", "--corridor", "--lot", "--project", "--format", "--culture", "--out", "--dry-run"],
        "user" => ["--database", "--corridor", "--role", "--organisation", "--hub", "--name"],
        _ => [],
    };

    public const string Usage = """
        usage: corridor COMMAND [options]
          import FILE...                  import projects, lots and hubs from CSV or XLSX; all or nothing
                 [--dry-run]              check the files only
          list projects|lots|hubs         list the corridor's records [--category KEY] [--direction supply|demand] [--limit N]
          export --format csv|xlsx|geojson [--out PATH]
                                          export the corridor (CSV/XLSX in the import format)
          serve [--urls URL]              run the web app (default http://localhost:5000)
          match [--out plan.json]         match supply and demand (directly or via hubs), store the plan, write its JSON
                [--export-dimacs DIR] [--max-distance KM] [--vehicle CLASS] [--electric-factor KG_PER_TKM]
                [--detour F] [--resolution day|week] [--from DATE] [--to DATE]
          estimate --project CODE [--dry-run]
                                          estimate a donor building's inventory and store it as estimated lots
          estimate --type T --gfa M2 [--year Y] [--structure S] [--lat L --lon L]
                                          estimate a building from its facts (nothing stored)
          report [--from D] [--to D] --format html|pdf|csv|xlsx [--culture nl|en|de] [--out PATH]
                                          the council report of the corridor's impact against its targets
          passport --lot PROJECT/LOT|--project CODE [--format json|html] [--culture nl|en|de] [--out PATH]
                                          a material passport; 'passport import FILE [--dry-run]' imports one
          user add EMAIL --role director|partner|hub-operator [--organisation NAME] [--hub CODE] [--name NAME]
                                          give a person a role (a new account's password: CORRIDOR_PASSWORD or stdin)
          user list                       who has which role in the corridor
          solve FILE.min                  solve a DIMACS min-cost-flow problem; print the DIMACS solution
        options for every command:
          --database DB                   a SQLite file or a PostgreSQL connection string (Host=...;Database=...;Username=...)
                                          default: the database shared with the web app (it holds the demo corridor)
          --corridor CODE                 the corridor to work on (default: the database's only corridor)
        """;
}
