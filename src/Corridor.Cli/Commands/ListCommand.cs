using System.CommandLine;
using System.Globalization;
using Corridor.Data;
using Corridor.Data.Queries;
using Corridor.Engine.Domain;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Corridor.Cli.Commands;

/// <summary><c>corridor list projects|lots|hubs [--category KEY] [--direction supply|demand] [--limit N]</c>.</summary>
internal static class ListCommand
{
    /// <summary>How many rows are listed without --limit.</summary>
    public const int DefaultLimit = 200;

    public static Command Build(CliContext cx)
    {
        var what = CliOptions.RejectOptions(new Argument<string>("WHAT") { Description = "What to list: projects, lots or hubs." });
        what.CompletionSources.Add("projects", "lots", "hubs");
        var category = CliOptions.Text("--category", "KEY", "Lots only: the category key (corridor categories, GET /api/categories).");
        var direction = CliOptions.Text("--direction", "supply|demand", "Lots only: supply or demand.", "supply", "demand");
        var limit = CliOptions.Text("--limit", "N", $"List at most N rows (default {DefaultLimit}).");
        var command = new Command("list", "List the corridor's projects, lots or hubs.") { what, category, direction, limit };
        var target = CliOptions.AddTarget(command);
        command.SetAction((r, _) => RunAsync(new Request(r.GetValue(what), r.GetValue(category), r.GetValue(direction), r.GetValue(limit)), CliTarget.From(r, target), cx));
        return command;
    }

    /// <summary>What <c>corridor list</c> was asked, as text from the command line.</summary>
    public sealed record Request(string? What, string? Category, string? Direction, string? Limit);

    public static async Task<int> RunAsync(Request request, CliTarget target, CliContext cx)
    {
        ArgumentNullException.ThrowIfNull(request);
        var what = request.What;
        if (what is not ("projects" or "lots" or "hubs")) return cx.Usage("corridor list: say what to list: projects, lots or hubs");
        var limit = DefaultLimit;
        if (request.Limit is { } limitText && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit <= 0))
            return cx.Usage($"corridor list: --limit must be a positive whole number, not '{limitText}'");
        LotDirection? direction = null;
        if (request.Direction is { } dText)
        {
            if (!Vocab.TryDirection(dText, out var d)) return cx.Usage("corridor list: --direction is supply or demand");
            direction = d;
        }

        await using var db = await CliDatabase.OpenAsync(target, cx.Time, cx.Ct);
        var (corridor, error) = await CliDatabase.ResolveCorridorAsync(db, target, cx.Time, createIfNone: false, cx.Ct);
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
                // The same query as GET /api/corridors/{id}/lots, so the CLI and the API list the same lots.
                var q = LotQueries.Filter(db, corridor.Id, request.Category, direction, status: null, projectId: null, from: null, to: null, box: null);
                total = await q.CountAsync(cx.Ct);
                table.AddColumns("lot", "direction", "category", "quantity", "mass kg", "from", "to", "status", "state");
                var today = CorridorClock.Today(cx.Time);
                var rows = await q.OrderBy(l => l.AvailableFrom).ThenBy(l => l.Id).Take(limit)
                    .Select(l => new { Lot = l.Project!.Code + "/" + l.Code, l.Direction, l.CategoryKey, l.Quantity, l.Unit, l.MassKg, l.MassIsEstimated, l.AvailableFrom, l.AvailableTo, l.Status })
                    .ToListAsync(cx.Ct);
                foreach (var l in rows)
                    table.AddRow(Esc(l.Lot), Vocab.ToSnake(l.Direction.ToString()), l.CategoryKey, $"{l.Quantity.ToString(CultureInfo.InvariantCulture)} {Vocab.UnitText(l.Unit)}",
                        l.MassKg.ToString("N0", CultureInfo.InvariantCulture) + (l.MassIsEstimated ? " (est.)" : ""), D(l.AvailableFrom), D(l.AvailableTo),
                        Vocab.ToSnake(l.Status.ToString()), Vocab.ToSnake(LotStates.State(l.Direction, l.Status, l.AvailableTo, today).ToString()));
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
