using Corridor.Engine.Impact;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Impact;

/// <summary>One quarter of the report period: the corridor's account of the lots dated in it.</summary>
public sealed record QuarterImpact(string Quarter, DateOnly From, DateOnly To, ImpactAccount Account);

/// <summary>The corridor's impact over a period, per quarter and per category, against its targets: what a council reads.</summary>
public sealed record CouncilReport(
    string CorridorCode,
    string CorridorName,
    bool IsDemo,
    DateOnly From,
    DateOnly To,
    DateTime GeneratedUtc,
    ImpactAccount Account,
    IReadOnlyList<QuarterImpact> Quarters,
    TargetReport Targets,
    IReadOnlyList<string> Methods,
    IReadOnlyList<string> Sources);

/// <summary>Builds the council report of a corridor.</summary>
public static class CouncilReports
{
    /// <summary>
    /// Builds the report; without <paramref name="from"/>/<paramref name="to"/> the period spans the corridor's lots.
    /// Null when the corridor does not exist.
    /// </summary>
    /// <exception cref="ArgumentException">to before from.</exception>
    public static async Task<CouncilReport?> BuildAsync(
        CorridorDb db, int corridorId, DateOnly? from, DateOnly? to, DateTime nowUtc, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var corridor = await db.Corridors.AsNoTracking().FirstOrDefaultAsync(c => c.Id == corridorId, ct);
        if (corridor is null) return null;
        var data = await ImpactStore.LoadAsync(db, corridorId, ct);
        var dates = data.Lots.Select(l => l.AvailableFrom).DefaultIfEmpty(DateOnly.FromDateTime(nowUtc)).ToList();
        var start = from ?? dates.Min();
        var end = to ?? dates.Max();
        if (end < start) throw new ArgumentException("The end of the period lies before its start.", nameof(to));

        var scope = ImpactScope.Corridor(start, end);
        var account = ImpactCalculator.Account(data, scope);
        var quarters = ImpactQueries.Quarters(start, end)
            .Select(q => new QuarterImpact(q.Label, q.From, q.To, ImpactCalculator.Account(data, ImpactScope.Corridor(q.From, q.To))))
            .ToList();
        var stored = await ImpactQueries.StoredTargetsAsync(db, corridorId, ct);
        var (area, notes) = await ImpactQueries.ReceivingFloorAreaAsync(db, corridorId, data, scope, ct);
        var targets = new TargetReport("corridor", start, end,
            ImpactQueries.Evaluate(account, stored, ImpactQueries.DefaultCorridorTargets(stored), area), area, notes);

        var sources = account.Sources.Concat(quarters.SelectMany(q => q.Account.Sources))
            .Concat(targets.Targets.Select(t => "Target: " + t.Basis)).Distinct().ToList();
        return new CouncilReport(corridor.Code, corridor.Name, corridor.IsDemo, start, end, Passports.PassportBuilder.Utc(nowUtc), account, quarters, targets,
            [ImpactCalculator.MassMethod, ImpactCalculator.CarbonMethod, ImpactCalculator.MaterialBoundMethod, ImpactCalculator.MatchRule,
             "Periods: each lot counts in the period of its availability date (demand: needed from; supply: released from), with all its flows; quarters are calendar quarters"],
            sources);
    }

    /// <summary>Every headline figure of an account under a stable metric name, for tables, CSV and XLSX.</summary>
    public static IEnumerable<(string Metric, Figure Figure)> Figures(ImpactAccount a)
    {
        ArgumentNullException.ThrowIfNull(a);
        yield return ("input_total", a.Input.TotalKg);
        foreach (var (name, share) in new[]
                 {
                     ("input_primary_non_renewable", a.Input.PrimaryNonRenewable), ("input_primary_renewable", a.Input.PrimaryRenewable),
                     ("input_secondary_reused", a.Input.SecondaryReused), ("input_secondary_recycled", a.Input.SecondaryRecycled),
                 })
        {
            yield return (name, share.Kg);
            yield return (name + "_share", share.Percent);
        }
        yield return ("circular_input", a.Input.CircularInputPercent);
        yield return ("output_total", a.Output.TotalKg);
        foreach (var (name, share) in new[]
                 {
                     ("output_for_reuse", a.Output.AvailableForReuse), ("output_for_recycling", a.Output.ForRecycling), ("output_lost", a.Output.Lost),
                 })
        {
            yield return (name, share.Kg);
            yield return (name + "_share", share.Percent);
        }
        yield return ("primary_material_avoided", a.PrimaryMaterialAvoidedKg);
        yield return ("primary_raw_material_reduction", a.PrimaryRawMaterialReductionPercent);
        yield return ("secondary_input_realised", a.RealisedSecondaryKg);
        yield return ("co2_avoided_embodied_a1_a3", a.Carbon.AvoidedEmbodiedCo2eKg);
        yield return ("co2_transport_a4_c2", a.Carbon.TransportCo2eKg);
        yield return ("co2_reconditioning", a.Carbon.ReconditioningCo2eKg);
        yield return ("co2_avoided_net", a.Carbon.NetAvoidedCo2eKg);
        yield return ("co2_material_bound_input", a.Carbon.MaterialBoundCo2eKg);
        yield return ("potential_secondary_input", a.Potential.SecondaryInputKg);
        yield return ("potential_co2_avoided_net", a.Potential.NetAvoidedCo2eKg);
        yield return ("potential_circular_input", a.Potential.CircularInputPercentIfAccepted);
    }
}
