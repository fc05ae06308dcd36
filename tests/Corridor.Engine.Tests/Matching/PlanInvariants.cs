using Corridor.Engine.Domain;
using Corridor.Engine.Matching;

namespace Corridor.Engine.Tests.Matching;

/// <summary>Checks a plan against its input without trusting the engine's arithmetic; returns the first violation.</summary>
public static class PlanInvariants
{
    /// <summary>
    /// Most the engine's whole-milligram costs can flatter a plan: under 1 mg per flow unit per arc of its route
    /// (end of life, pickup, delivery, one stock arc per day at most).
    /// </summary>
    public static double RoundingKg(MatchingInput input, MatchingPlan plan)
    {
        var pieces = input.Categories.Where(c => c.DefaultUnit == QuantityUnit.Pcs).Select(c => c.Key).ToHashSet();
        return 1e-6 * plan.Matches.Sum(m => (pieces.Contains(m.Category) ? m.Quantity : m.MassKg + 1) * (4 + (m.DeliveryDate.DayNumber - m.PickupDate.DayNumber)));
    }

    public static string? Violation(MatchingInput input, MatchingPlan plan)
    {
        var rules = input.Rules;
        var supply = input.Supply.ToDictionary(s => s.Id);
        var demand = input.Demand.ToDictionary(d => d.Id);
        var hubs = input.Hubs.ToDictionary(h => h.Code);
        var categories = input.Categories.ToDictionary(c => c.Key);
        double Road(GeoPoint a, GeoPoint b) => a.DistanceKmTo(b) * rules.DetourFactor;

        foreach (var m in plan.Matches)
        {
            var s = supply[m.SupplyLot];
            var d = demand[m.DemandLot];
            string what = $"{m.SupplyLot} → {m.DemandLot} via {m.Hub ?? "direct"}";
            if (m.Category != s.CategoryKey || m.Category != d.CategoryKey) return $"{what}: category {m.Category} mixes lots";
            double transport = m.MassKg / 1000 * m.DistanceKm * rules.Vehicle.Co2eKgPerTonneKm;
            if (Math.Abs(transport - m.TransportCo2eKg) > 1e-9 * Math.Max(1, transport)) return $"{what}: transport {m.TransportCo2eKg} ≠ {transport}";
            if (m.MassKg <= 0 || m.Quantity <= 0) return $"{what}: empty match";
            var fixedFlow = rules.FixedFlows.FirstOrDefault(f => f.SupplyLot == m.SupplyLot && f.DemandLot == m.DemandLot && f.Hub == m.Hub);
            if (m.IsFixed)
            {
                if (fixedFlow is null || (double)fixedFlow.Quantity != m.Quantity || fixedFlow.PickupDate != m.PickupDate || fixedFlow.DeliveryDate != m.DeliveryDate)
                    return $"{what}: fixed match differs from the agreed flow";
                continue;
            }
            if (m.PickupDate < s.AvailableFrom || m.PickupDate > s.AvailableTo) return $"{what}: pickup {m.PickupDate} outside {s.AvailableFrom}..{s.AvailableTo}";
            if (m.DeliveryDate < d.NeededFrom || m.DeliveryDate > d.NeededTo) return $"{what}: delivery {m.DeliveryDate} outside {d.NeededFrom}..{d.NeededTo}";
            if (m.DeliveryDate < m.PickupDate) return $"{what}: delivered before picked up";
            if (m.PickupDate < input.Horizon.Start || m.DeliveryDate > input.Horizon.End) return $"{what}: outside the horizon";
            if (s.IsHazardous && rules.ExcludeHazardous) return $"{what}: hazardous lot reused";
            if (s.Grade == QualityGrade.C) return $"{what}: grade C reused";
            if (d.MinimumGrade == QualityGrade.A && s.Grade != QualityGrade.A) return $"{what}: grade {s.Grade} for a demand wanting A";
            if (rules.MinimumGradeByCategory.TryGetValue(s.CategoryKey, out var worst) && s.Grade > worst) return $"{what}: grade below the corridor minimum";
            if (m.RStep != (s.Grade == QualityGrade.A ? RLadderStep.R3Reuse : RLadderStep.R4Repair)) return $"{what}: R step {m.RStep}";
            if (m.Hub is null)
            {
                if (Road(s.Location, d.Location) > rules.MaxDistanceKm + 1e-9) return $"{what}: too far";
                if (Math.Abs(m.DistanceKm - Road(s.Location, d.Location)) > 1e-6) return $"{what}: distance";
            }
            else
            {
                var h = hubs[m.Hub];
                double leg1 = Road(s.Location, h.Location), leg2 = Road(h.Location, d.Location);
                if (leg1 > rules.MaxDistanceKm + 1e-9 || leg2 > rules.MaxDistanceKm + 1e-9) return $"{what}: a leg is too far";
                if (Math.Abs(m.DistanceKm - leg1 - leg2) > 1e-6) return $"{what}: distance";
                if (h.AcceptedCategoryKeys.Count > 0 && !h.AcceptedCategoryKeys.Contains(m.Category)) return $"{what}: hub does not take {m.Category}";
                if (h.Opens is { } opens && m.PickupDate < opens || h.Closes is { } closes && m.DeliveryDate > closes) return $"{what}: hub closed";
                if (m.DeliveryDate <= m.PickupDate) return $"{what}: no time in the hub";
            }
        }

        foreach (var s in input.Supply)
        {
            double used = plan.Matches.Where(m => m.SupplyLot == s.Id).Sum(m => m.Quantity);
            if (used > (double)s.Quantity * (1 + 1e-9) + 1e-9) return $"{s.Id}: {used} of {s.Quantity} used";
            if (s.Unit == QuantityUnit.Pcs && s.Quantity == Math.Floor(s.Quantity) && s.MassKg > 0)
            {
                double left = plan.Unmatched.Where(u => u.Lot == s.Id && u.Direction == LotDirection.Supply).Sum(u => u.Quantity);
                if (Math.Abs(used + left - (double)s.Quantity) > 1e-9) return $"{s.Id}: matched {used} + unmatched {left} ≠ {s.Quantity}";
            }
        }
        foreach (var d in input.Demand)
        {
            var matched = plan.Matches.Where(m => m.DemandLot == d.Id).ToList();
            bool pieces = categories[d.CategoryKey].DefaultUnit == QuantityUnit.Pcs;
            // Piece categories flow in pieces; a lot in another unit (mixed units) counts pieces of the typical mass.
            double typical = Math.Round(categories[d.CategoryKey].TypicalKgPerUnit * 1000) / 1000;
            double PiecesOf(Match m) => supply[m.SupplyLot].Unit == QuantityUnit.Pcs ? m.Quantity : Math.Round(m.MassKg / typical);
            double wanted = d.Unit == QuantityUnit.Pcs ? (double)d.Quantity : Math.Floor(d.MassKg / typical);
            if (pieces && matched.Sum(PiecesOf) > wanted + 1e-9) return $"{d.Id}: {matched.Sum(PiecesOf)} pieces delivered for {wanted}";
            if (!pieces && matched.Sum(m => m.MassKg) > d.MassKg + 1e-6) return $"{d.Id}: {matched.Sum(m => m.MassKg)} kg delivered for {d.MassKg}";
        }
        foreach (var o in plan.HubOccupancy)
        {
            if (o.AreaM2 > o.CapacityM2 + 1e-9) return $"hub {o.Hub} {o.PeriodStart}: {o.AreaM2} m² > {o.CapacityM2}";
        }

        var t = plan.Totals;
        if (t.OptimalityGapPercent < 0) return $"gap {t.OptimalityGapPercent} < 0";
        double net = plan.Matches.Sum(m => m.NetCo2eKg);
        if (Math.Abs(net - t.NetCo2eKg) > 1e-6 * Math.Max(1, Math.Abs(net))) return $"net {t.NetCo2eKg} ≠ Σ matches {net}";
        // The objective is net CO2 less the virtual bonuses of the free matches: priority × bonus per tonne delivered,
        // and the reuse bonus per kg under reuse before recycling.
        double bonus = plan.Matches.Where(m => !m.IsFixed).Sum(m =>
            m.MassKg * ((rules.ReuseBeforeRecycling ? MatchingRules.ReuseBonusCo2eKgPerKg : 0) + demand[m.DemandLot].Priority * rules.PriorityBonusCo2eKgPerTonne / 1000));
        double objective = net - bonus;
        if (Math.Abs(objective - t.ObjectiveCo2eKg) > 1e-6 * Math.Max(1, Math.Abs(objective))) return $"objective {t.ObjectiveCo2eKg} ≠ net − bonuses {objective}";
        bool priorities = rules.PriorityBonusCo2eKgPerTonne > 0 && input.Demand.Any(d => d.Priority > 0);
        if (t.ObjectiveIncludesPriorities != priorities || t.ObjectiveIncludesReuseBeforeRecycling != rules.ReuseBeforeRecycling) return "objective flags";
        if (!t.ObjectiveIncludesVirtualBonuses && t.ObjectiveCo2eKg != t.NetCo2eKg) return $"objective {t.ObjectiveCo2eKg} ≠ net {t.NetCo2eKg} without bonuses";
        // The engine rounds route costs down and end-of-life costs up, so its bound holds for the exact figures too;
        // only floating-point summation is allowed for.
        if (t.LowerBoundCo2eKg > t.ObjectiveCo2eKg + 1e-9 * Math.Max(1, Math.Abs(t.ObjectiveCo2eKg))) return $"bound {t.LowerBoundCo2eKg} above the plan's objective {t.ObjectiveCo2eKg}";
        return null;
    }
}
