using System.Globalization;
using Corridor.Data;
using Corridor.Engine.Domain;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Corridor.Cli.Commands;

/// <summary><c>corridor list projects|lots|hubs [--category KEY] [--direction supply|demand] [--limit N]</c>.</summary>
public static class ListCommand
{
    public static async Task<int> RunAsync(CliArgs args, CliContext cx)
    {
        var what = args.Positional.FirstOrDefault();
        if (what is not ("projects" or "lots" or "hubs")) return cx.Usage("corridor list: say what to list: projects, lots or hubs");
        var limit = int.TryParse(args.Option("--limit"), out var n) && n > 0 ? n : 200;

        await using var db = await CliDatabase.OpenAsync(args, cx.Time, cx.Ct);
        var (corridor, error) = await CliDatabase.ResolveCorridorAsync(db, args, cx.Time, createIfNone: false, cx.Ct);
        if (corridor is null) return cx.Fail($"corridor list: {error}");

        var table = new Table().Border(TableBorder.Simple);
        int total;
        switch (what)
        {
            case "projects":
            {
                var q = db.Projects.Where(p => p.CorridorId == corridor.Id);
                total = await q.CountAsync(cx.Ct);
                table.AddColumns("code", "name", "kind", "start", "end", "lat", "lon");
                foreach (var p in await q.OrderBy(p => p.Start).ThenBy(p => p.Code).Take(limit).ToListAsync(cx.Ct))
                    table.AddRow(Esc(p.Code), Esc(p.Name), Vocab.ToSnake(p.Kind.ToString()), D(p.Start), D(p.End), F(p.Latitude), F(p.Longitude));
                break;
            }
            case "lots":
            {
                LotDirection? direction = null;
                if (args.Option("--direction") is { } dText)
                {
                    if (!Vocab.TryDirection(dText, out var d)) return cx.Usage("corridor list: --direction is supply or demand");
                    direction = d;
                }
                var category = args.Option("--category");
                var q = db.Lots.Where(l => l.CorridorId == corridor.Id);
                if (direction is { } dir) q = q.Where(l => l.Direction == dir);
                if (category is not null)
                {
                    var key = category.Trim().ToLowerInvariant();
                    q = q.Where(l => l.CategoryKey == key);
                }
                total = await q.CountAsync(cx.Ct);
                table.AddColumns("lot", "direction", "category", "quantity", "mass kg", "from", "to", "status");
                var rows = await q.OrderBy(l => l.AvailableFrom).ThenBy(l => l.Id).Take(limit)
                    .Select(l => new { Lot = l.Project!.Code + "/" + l.Code, l.Direction, l.CategoryKey, l.Quantity, l.Unit, l.MassKg, l.MassIsEstimated, l.AvailableFrom, l.AvailableTo, l.Status })
                    .ToListAsync(cx.Ct);
                foreach (var l in rows)
                    table.AddRow(Esc(l.Lot), Vocab.ToSnake(l.Direction.ToString()), l.CategoryKey, $"{l.Quantity.ToString(CultureInfo.InvariantCulture)} {Vocab.UnitText(l.Unit)}",
                        l.MassKg.ToString("N0", CultureInfo.InvariantCulture) + (l.MassIsEstimated ? " (est.)" : ""), D(l.AvailableFrom), D(l.AvailableTo),
                        Vocab.ToSnake(l.Status.ToString()));
                break;
            }
            default:
            {
                var q = db.Hubs.Where(h => h.CorridorId == corridor.Id);
                total = await q.CountAsync(cx.Ct);
                table.AddColumns("code", "name", "storage m²", "lat", "lon", "accepts");
                foreach (var h in await q.OrderBy(h => h.Code).Take(limit).ToListAsync(cx.Ct))
                    table.AddRow(Esc(h.Code), Esc(h.Name), h.StorageAreaM2.ToString("N0", CultureInfo.InvariantCulture), F(h.Latitude), F(h.Longitude),
                        h.AcceptedCategories.Count == 0 ? "all" : Esc(string.Join(", ", h.AcceptedCategories)));
                break;
            }
        }
        cx.Stdout.Write(table);
        await cx.Out.WriteLineAsync($"{Math.Min(total, limit)} of {total} {what} in corridor '{corridor.Code}'" + (total > limit ? " (use --limit N for more)" : ""));
        return 0;
    }

    static string Esc(string s) => Markup.Escape(s);
    static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    static string F(double v) => v.ToString("F5", CultureInfo.InvariantCulture);
}
