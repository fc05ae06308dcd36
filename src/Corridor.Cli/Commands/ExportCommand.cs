using System.CommandLine;
using System.Text;
using Corridor.Data.Export;

namespace Corridor.Cli.Commands;

/// <summary>
/// <c>corridor export --format csv|xlsx|geojson [--out PATH]</c>. CSV writes projects.csv, lots.csv and hubs.csv into the
/// folder PATH (default: the current folder); XLSX one workbook with those sheets; GeoJSON one file (default: stdout).
/// CSV and XLSX are in the import format, so an export imports back unchanged.
/// </summary>
internal static class ExportCommand
{
    public static Command Build(CliContext cx)
    {
        var format = CliOptions.Text("--format", "csv|xlsx|geojson", "csv: projects.csv, lots.csv, hubs.csv in the import format; xlsx: one workbook; geojson: points.",
            "csv", "xlsx", "geojson");
        var outPath = CliOptions.Text("--out", "PATH", "CSV: the folder (default: the current one); XLSX: the file (default CODE.xlsx); GeoJSON: the file (default: stdout).");
        var command = new Command("export", "Export the corridor; CSV and XLSX import back unchanged.") { format, outPath };
        var target = CliOptions.AddTarget(command);
        command.SetAction((r, _) => RunAsync(r.GetValue(format), r.GetValue(outPath), CliTarget.From(r, target), cx));
        return command;
    }

    public static async Task<int> RunAsync(string? formatText, string? outPath, CliTarget target, CliContext cx)
    {
        var format = (formatText ?? "").ToLowerInvariant();
        if (format is not ("csv" or "xlsx" or "geojson")) return cx.Usage("corridor export: --format must be csv, xlsx or geojson");

        await using var db = await CliDatabase.OpenAsync(target, cx.Time, cx.Ct);
        var (corridor, error) = await CliDatabase.ResolveCorridorAsync(db, target, cx.Time, createIfNone: false, cx.Ct);
        if (corridor is null) return cx.Fail($"corridor export: {error}");

        switch (format)
        {
            case "geojson":
                if (outPath is null)
                {
                    using var buffer = new MemoryStream();
                    await CorridorExport.WriteGeoJsonAsync(db, corridor.Id, buffer, cx.Ct);
                    await cx.Out.WriteLineAsync(Encoding.UTF8.GetString(buffer.ToArray()));
                }
                else
                {
                    await using var file = File.Create(outPath);
                    await CorridorExport.WriteGeoJsonAsync(db, corridor.Id, file, cx.Ct);
                    await cx.Err.WriteLineAsync($"wrote {outPath}");
                }
                return 0;
            case "csv":
            {
                var dir = outPath ?? ".";
                Directory.CreateDirectory(dir);
                foreach (var table in await CorridorExport.TablesAsync(db, corridor.Id, cx.Ct))
                {
                    var path = Path.Combine(dir, table.Name + ".csv");
                    await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
                    CorridorExport.WriteCsv(table, writer);
                    await cx.Err.WriteLineAsync($"wrote {path} ({table.Rows.Count} rows)");
                }
                return 0;
            }
            default:
            {
                var path = outPath ?? $"{corridor.Code}.xlsx";
                var tables = await CorridorExport.TablesAsync(db, corridor.Id, cx.Ct);
                await using (var file = File.Create(path)) CorridorExport.WriteXlsx(tables, file);
                await cx.Err.WriteLineAsync($"wrote {path} ({string.Join(", ", tables.Select(t => $"{t.Rows.Count} {t.Name}"))})");
                return 0;
            }
        }
    }
}
