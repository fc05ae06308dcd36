using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Corridor.Data.Planning;
using Corridor.Engine.Domain;
using Corridor.Engine.Flow.Dimacs;
using Corridor.Engine.Matching;
using Spectre.Console;

namespace Corridor.Cli.Commands;

/// <summary>
/// <c>corridor match [--out plan.json] [--export-dimacs DIR] [--max-distance KM] [--vehicle CLASS] [--electric-factor F]
/// [--detour F] [--resolution day|week] [--from DATE] [--to DATE]</c>: plans the corridor, stores the plan, writes its JSON.
/// </summary>
internal static class MatchCommand
{
    public static Command Build(CliContext cx)
    {
        var command = new Command("match",
            "Match supply and demand (directly or via hubs), store the plan and write its JSON (stdout without --out); progress on stderr.");
        var options = new TextOptions(command)
            .Add("--out", "plan.json", "Write the plan's JSON to this file instead of stdout.")
            .Add("--export-dimacs", "DIR", "Also write each category's min-cost-flow network as DIMACS (DIR/CATEGORY.min).")
            .Add("--max-distance", "KM", "Maximum road distance of a match in km (default: the corridor's rules).")
            .Add("--vehicle", "CLASS", "Vehicle class for transport emissions.")
            .Add("--electric-factor", "KG_PER_TKM", "kg CO2e per tonne-km of emission-free transport.")
            .Add("--detour", "F", "Road distance as great-circle distance times F (default 1.3).")
            .Add("--resolution", "day|week", "Length of a planning period.", "day", "week")
            .Add("--from", "DATE", "Start of the planning horizon, yyyy-mm-dd.")
            .Add("--to", "DATE", "End of the planning horizon, yyyy-mm-dd.");
        var target = CliOptions.AddTarget(command);
        command.SetAction((r, _) => RunAsync(options.Values(r), CliTarget.From(r, target), cx));
        return command;
    }

    /// <summary>Runs <c>corridor match</c>; <paramref name="option"/> gives each option's text (null when absent).</summary>
    public static async Task<int> RunAsync(Func<string, string?> option, CliTarget target, CliContext cx)
    {
        ArgumentNullException.ThrowIfNull(option);
        var request = new PlanRequest();
        try
        {
            request = request with
            {
                MaxDistanceKm = Number(option, "--max-distance") ?? request.MaxDistanceKm,
                Vehicle = option("--vehicle") ?? request.Vehicle,
                ElectricCo2eKgPerTonneKm = Number(option, "--electric-factor"),
                DetourFactor = Number(option, "--detour") ?? request.DetourFactor,
                Resolution = option("--resolution") ?? request.Resolution,
                HorizonStart = Date(option, "--from"),
                HorizonEnd = Date(option, "--to"),
            };
        }
        catch (FormatException e)
        {
            return cx.Usage($"corridor match: {e.Message}");
        }
        var invalid = CorridorPlanner.Validate(request);
        if (invalid.Count > 0) return cx.Usage("corridor match: " + string.Join("; ", invalid.Select(i => $"{i.Field}: {i.Message}")));

        await using var db = await CliDatabase.OpenAsync(target, cx.Time, cx.Ct);
        var (corridor, error) = await CliDatabase.ResolveCorridorAsync(db, target, cx.Time, createIfNone: false, cx.Ct);
        if (corridor is null) return cx.Fail($"corridor match: {error}");

        (Corridor.Data.Entities.MatchPlan Stored, PlanDocument Document, MatchingPlan Plan)? outcome = null;
        try
        {
            await cx.Console.Progress().AutoClear(true).StartAsync(async ctx =>
            {
                var task = ctx.AddTask("matching").IsIndeterminate();
                // Phases with counts (networks built n/N, arcs, iteration with gap, time, estimate); Describe is plain text.
                var progress = new Progress<MatchingProgress>(p =>
                {
                    task.Description = Markup.Escape(p.Describe());
                    if (p.Total > 0) task.IsIndeterminate(false).MaxValue(p.Total).Value(p.Done);
                });
                outcome = await CorridorPlanner.RunAsync(db, corridor.Id, request, cx.Time, progress, ct: cx.Ct);
                task.IsIndeterminate(false).Value(task.MaxValue);
            });
        }
        catch (PlanConflictException e)
        {
            // Agreed matches the plan cannot keep: what to resolve, one line each; exit 1 like any other refusal.
            return cx.Fail("corridor match: agreed matches conflict with the lots; resolve these and plan again:" + Environment.NewLine +
                string.Join(Environment.NewLine, e.Conflicts.Select(c => "  " + c.Message)));
        }
        var result = outcome!.Value;

        var json = JsonSerializer.Serialize(result.Document, CorridorPlanner.Json);
        if (option("--out") is { } outPath)
        {
            await File.WriteAllTextAsync(outPath, json, cx.Ct);
            await cx.Err.WriteLineAsync($"wrote {outPath}");
        }
        else
        {
            await cx.Out.WriteLineAsync(json);
        }
        if (option("--export-dimacs") is { } dir)
        {
            Directory.CreateDirectory(dir);
            foreach (var network in result.Plan.Networks)
            {
                var path = Path.Combine(dir, $"{network.Category}.min");
                await using var writer = new StreamWriter(path);
                DimacsWriter.WriteProblem(network.Network, writer,
                    [$"corridor '{corridor.Code}', category {network.Category}, flow unit {network.FlowUnit}",
                     "costs in mg CO2e per flow unit, hub-area prices of the last Lagrangian iteration included"]);
            }
            await cx.Err.WriteLineAsync($"wrote {result.Plan.Networks.Count} DIMACS network(s) to {dir}");
        }

        var t = result.Document.Totals;
        await cx.Err.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"plan {result.Stored.Id}: {result.Document.Matches.Count} matches, {Mass.KgToTonnes(t.ReusedMassKg):N1} t reused, " +
            $"{Mass.KgToTonnes(t.AvoidedCo2eKg):N1} t CO2e avoided, {Mass.KgToTonnes(t.TransportCo2eKg):N1} t CO2e transport, net {Mass.KgToTonnes(t.NetCo2eKg):N1} t CO2e, " +
            $"demand met {t.DemandMetPercent:F1} %, gap {t.OptimalityGapPercent:F3} % (lower bound {Mass.KgToTonnes(t.LowerBoundCo2eKg):N1} t), {t.SolveSeconds:F1} s"));
        return 0;
    }

    static double? Number(Func<string, string?> option, string name) =>
        option(name) is not { } text ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
        : throw new FormatException($"{name} must be a number, not '{text}'.");

    static DateOnly? Date(Func<string, string?> option, string name) =>
        option(name) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new FormatException($"{name} must be a date yyyy-mm-dd, not '{text}'.");
}
