using Corridor.Engine.Domain;
using Corridor.Engine.Matching;

namespace Corridor.Data.Planning;

/// <summary>
/// One agreed match that a new plan cannot keep, with what to do about it: the plan must keep every agreed match as a
/// fixed flow, so it is not run until the conflict is resolved (cancel or reduce the match, or correct the lot).
/// </summary>
/// <param name="MatchId">The agreed match, when known.</param>
/// <param name="SupplyLot">The supply lot as "project/lot".</param>
/// <param name="DemandLot">The demand lot as "project/lot".</param>
/// <param name="Message">What is wrong and what to resolve, in English.</param>
public sealed record PlanConflict(int? MatchId, string SupplyLot, string DemandLot, string Message);

/// <summary>Planning stopped because agreed matches conflict with the lots; never a server error.</summary>
public sealed class PlanConflictException(IReadOnlyList<PlanConflict> conflicts)
    : Exception($"{conflicts.Count} agreed match(es) cannot be kept: " + string.Join(" ", conflicts.Select(c => c.Message)))
{
    /// <summary>Every conflict found (at least one).</summary>
    public IReadOnlyList<PlanConflict> Conflicts { get; } = conflicts;
}

/// <summary>Checks agreed matches against the lots a plan will use, before the engine sees them.</summary>
public static class PlanConflicts
{
    /// <summary>An agreed match as the planner loads it.</summary>
    public sealed record Agreed(int MatchId, string Supply, string Demand, decimal Quantity);

    /// <summary>
    /// The conflicts between <paramref name="agreed"/> matches and the plannable lots: a lot that is not plannable any
    /// more (closed, done, filtered by a rule), or a lot whose agreed matches together use more than its quantity.
    /// </summary>
    public static IReadOnlyList<PlanConflict> Find(IReadOnlyList<Agreed> agreed, IReadOnlyList<SupplyLot> supply, IReadOnlyList<DemandLot> demand)
    {
        var conflicts = new List<PlanConflict>();
        var supplyByKey = supply.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var demandByKey = demand.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var a in agreed)
        {
            if (!supplyByKey.ContainsKey(a.Supply))
                conflicts.Add(new(a.MatchId, a.Supply, a.Demand, $"Match {a.MatchId}: supply lot {a.Supply} is not open for planning any more (closed, done or excluded by a rule); cancel the match or reopen the lot."));
            if (!demandByKey.ContainsKey(a.Demand))
                conflicts.Add(new(a.MatchId, a.Supply, a.Demand, $"Match {a.MatchId}: demand lot {a.Demand} is not open for planning any more (closed, done or excluded by a rule); cancel the match or reopen the lot."));
        }
        Overuse(agreed, a => a.Supply, k => supplyByKey.TryGetValue(k, out var s) ? (s.Quantity, s.Unit) : null, conflicts);
        Overuse(agreed, a => a.Demand, k => demandByKey.TryGetValue(k, out var d) ? (d.Quantity, d.Unit) : null, conflicts);
        return conflicts;
    }

    static void Overuse(IReadOnlyList<Agreed> agreed, Func<Agreed, string> lotOf, Func<string, (decimal Quantity, QuantityUnit Unit)?> lot, List<PlanConflict> conflicts)
    {
        foreach (var group in agreed.GroupBy(lotOf, StringComparer.Ordinal))
        {
            if (lot(group.Key) is not { } l) continue;
            var used = group.Sum(a => a.Quantity);
            if (used <= l.Quantity) continue;
            var unit = Vocab.UnitText(l.Unit);
            var list = string.Join(", ", group.Select(a => $"match {a.MatchId} ({a.Quantity:0.###} {unit})"));
            foreach (var a in group)
                conflicts.Add(new(a.MatchId, a.Supply, a.Demand,
                    $"Lot {group.Key} has {l.Quantity:0.###} {unit} but its agreed matches use {used:0.###} {unit} ({list}); reduce or cancel a match, or correct the lot's quantity."));
        }
    }

    /// <summary>The conflict an engine refusal of one fixed flow stands for.</summary>
    public static PlanConflict From(FixedFlowConflictException e, IReadOnlyList<Agreed> agreed)
    {
        var match = agreed.FirstOrDefault(a => a.Supply == e.Flow.SupplyLot && a.Demand == e.Flow.DemandLot);
        return new PlanConflict(match?.MatchId, e.Flow.SupplyLot, e.Flow.DemandLot,
            (match is null ? "" : $"Match {match.MatchId}: ") + e.Message + " Cancel or correct the match, or correct the lot.");
    }
}
