using Corridor.Engine.Domain;
using Corridor.Engine.Matching;

namespace Corridor.Data.Planning;

/// <summary>Turns the engine's plan into the stored and served <see cref="PlanDocument"/>.</summary>
public static class PlanMapping
{
    /// <summary>The plan document of an engine plan.</summary>
    public static PlanDocument ToDocument(int? id, string corridor, DateTime createdUtc, MatchingInput input, MatchingPlan plan)
    {
        var r = input.Rules;
        var rules = new PlanRules(r.MaxDistanceKm, r.Vehicle.Name, r.Vehicle.Co2eKgPerTonneKm, r.Vehicle.IsEstimate, r.Vehicle.Source,
            r.DetourFactor, r.Resolution.Key(), r.HandlingCo2eKgPerTonne, r.StorageCo2eKgPerTonneDay,
            r.MinimumGradeByCategory.ToDictionary(kv => kv.Key, kv => kv.Value.Key()), input.Horizon.Start, input.Horizon.End,
            r.ExcludeHazardous, r.ReuseBeforeRecycling, input.Demand.Count(d => d.Priority > 0));

        var matches = plan.Matches.Select(m => new PlanMatch(m.SupplyLot, m.DemandLot, m.Hub, m.Category, (decimal)m.Quantity,
            Vocab.UnitText(m.Unit), m.MassKg, m.PickupDate, m.DeliveryDate, m.DistanceKm, m.TransportCo2eKg, m.HandlingCo2eKg,
            m.StorageCo2eKg, m.AvoidedCo2eKg, m.EndOfLifeCo2eKg, m.RStep == RLadderStep.R3Reuse ? "R3 reuse" : "R4 repair",
            m.IsFixed, m.IsFixed ? "accepted" : "proposed")).ToList();
        var occupancy = plan.HubOccupancy.Select(o => new PlanHubOccupancy(o.Hub, o.PeriodStart, o.MassKg, o.AreaM2, o.CapacityM2)).ToList();
        var unmatched = plan.Unmatched.Select(u => new PlanUnmatched(u.Lot, u.Direction == LotDirection.Supply ? "supply" : "demand",
            u.Category, (decimal)u.Quantity, Vocab.UnitText(u.Unit), u.MassKg, Reason(u.Reason))).ToList();
        var t = plan.Totals;
        var totals = new PlanTotals(t.ReusedMassKg, t.AvoidedCo2eKg, t.TransportCo2eKg, t.HandlingCo2eKg, t.StorageCo2eKg,
            t.EndOfLifeForgoneCo2eKg, t.NetCo2eKg, t.DemandMetPercent, t.LowerBoundCo2eKg, t.OptimalityGapPercent, t.SolveSeconds,
            t.ObjectiveCo2eKg, t.ObjectiveIncludesPriorities, t.ObjectiveIncludesReuseBeforeRecycling);
        var land = new PlanHubLand(
            plan.Land.Hubs.Select(h => new PlanHubLandRow(h.Hub, h.CapacityM2, h.PeakAreaM2, h.AverageAreaM2)).ToList(),
            plan.Land.TotalPeakHectares,
            plan.Land.Hubs.Sum(h => h.AverageAreaM2) / 10_000,
            plan.Land.Assumptions.Select(a => new PlanFootprint(a.Category, a.StorageM2PerTonne, a.Basis)).ToList(),
            "Storage footprints are assumptions (no standard m² per tonne exists); see ReferenceData/SOURCES.md.");
        var s = plan.Statistics;
        return new PlanDocument(id, corridor, CorridorPlanner.Method, createdUtc, rules, matches, occupancy, unmatched, totals, land,
            new PlanStatistics(s.Lots, s.Categories, s.Nodes, s.Arcs, s.Iterations, s.Pivots),
            [
                $"Transport: {r.Vehicle.Source} ({r.Vehicle.Name}, {r.Vehicle.Co2eKgPerTonneKm} kg CO2e per tonne-km){(r.Vehicle.IsEstimate ? ", an estimate" : "")}; road km = great-circle km × {r.DetourFactor}.",
                "Avoided carbon: embodied A1–A3 of the replaced new product, ICE v2.0 (Hammond & Jones 2011), per category in ReferenceData/categories.csv.",
                "End of life: per-category assumptions in ReferenceData/categories.csv (labelled so).",
                "Hub storage footprint: per-category m² per tonne, assumptions in ReferenceData/categories.csv.",
            ]);
    }

    /// <summary>An unmatched reason in words.</summary>
    public static string Reason(UnmatchedReason reason) => reason switch
    {
        UnmatchedReason.Hazardous => "hazardous (EWC with *): never reused",
        UnmatchedReason.QualityTooLow => "quality too low",
        UnmatchedReason.UnknownCategory => "unknown category",
        UnmatchedReason.NoQuantity => "no usable quantity",
        UnmatchedReason.OutsideHorizon => "outside the planning horizon",
        UnmatchedReason.NoCompatibleInWindow => "no compatible counterpart in its window",
        UnmatchedReason.TooFar => "too far",
        UnmatchedReason.NotWorthTransporting => "not worth transporting: transport exceeds the benefit",
        UnmatchedReason.HubFull => "hub full",
        UnmatchedReason.CounterpartsAlreadyMatched => "compatible counterparts already matched",
        _ => reason.ToString(),
    };
}
