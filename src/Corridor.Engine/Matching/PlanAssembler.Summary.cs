using Corridor.Engine.Domain;

namespace Corridor.Engine.Matching;

internal sealed partial class PlanAssembler
{
    List<HubOccupancy> Occupancy()
    {
        var rows = new List<HubOccupancy>();
        for (int h = 0; h < p.Hubs.Length; h++)
        {
            var hub = p.Hubs[h];
            for (int t = hub.FirstPeriod; t <= hub.LastPeriod; t++)
            {
                int i = h * timeline.Count + t;
                rows.Add(new HubOccupancy(p.Input.Hubs[h].Code, timeline.StartOf(t), stockMassKg[i], stockAreaM2[i], hub.AreaM2));
            }
        }
        return rows;
    }

    LandNeed Land(List<HubOccupancy> occupancy)
    {
        var hubs = occupancy
            .GroupBy(o => o.Hub, StringComparer.Ordinal)
            .Select(g => new HubLandNeed(g.Key, g.Max(o => o.AreaM2), g.Average(o => o.AreaM2), g.First().CapacityM2))
            .ToList();
        var assumptions = p.Categories
            .Select(c => new FootprintAssumption(c.Key, c.StorageM2PerTonne, "Assumption from the category table (no standard m² per tonne exists)"))
            .ToList();
        return new LandNeed(hubs, hubs.Sum(h => h.PeakAreaM2) / 10_000, assumptions);
    }

    List<UnmatchedLot> Unmatched()
    {
        var modelOfCategory = new Dictionary<int, CategoryModel>();
        foreach (var m in models) modelOfCategory[m.Category] = m;
        var supplySlot = new Dictionary<int, (CategoryModel, int)>();
        var demandSlot = new Dictionary<int, (CategoryModel, int)>();
        foreach (var m in models)
        {
            for (int i = 0; i < m.Supplies.Length; i++) supplySlot[m.Supplies[i]] = (m, i);
            for (int j = 0; j < m.Demands.Length; j++) demandSlot[m.Demands[j]] = (m, j);
        }
        var result = new List<UnmatchedLot>();
        for (int s = 0; s < p.Supply.Length; s++)
        {
            ref readonly var x = ref p.Supply[s];
            var lot = p.Input.Supply[s];
            if (x.Units < 1)
            {
                result.Add(new UnmatchedLot(lot.Id, LotDirection.Supply, lot.CategoryKey, (double)lot.Quantity, lot.Unit, lot.MassKg, x.Excluded ?? UnmatchedReason.NoQuantity));
                continue;
            }
            long left = x.Units - supplyMatched[s];
            if (left <= 0) continue;
            var reason = x.Excluded
                ?? (supplySlot.TryGetValue(s, out var slot) ? SupplyReason(slot.Item1, slot.Item2) : UnmatchedReason.NoCompatibleInWindow);
            result.Add(new UnmatchedLot(lot.Id, LotDirection.Supply, lot.CategoryKey, left * x.QuantityPerUnit, lot.Unit, left * x.UnitMassKg, reason));
        }
        for (int d = 0; d < p.Demand.Length; d++)
        {
            ref readonly var x = ref p.Demand[d];
            var lot = p.Input.Demand[d];
            if (x.Units < 1)
            {
                result.Add(new UnmatchedLot(lot.Id, LotDirection.Demand, lot.CategoryKey, (double)lot.Quantity, lot.Unit, lot.MassKg, x.Excluded ?? UnmatchedReason.NoQuantity));
                continue;
            }
            long left = x.Units - demandMatched[d];
            if (left <= 0) continue;
            var reason = x.Excluded
                ?? (demandSlot.TryGetValue(d, out var slot) ? DemandReason(slot.Item1, slot.Item2) : UnmatchedReason.NoCompatibleInWindow);
            result.Add(new UnmatchedLot(lot.Id, LotDirection.Demand, lot.CategoryKey, left * x.QuantityPerUnit, lot.Unit, left * x.UnitMassKg, reason));
        }
        return result;
    }

    UnmatchedReason SupplyReason(CategoryModel m, int local)
    {
        var flags = m.SupplyFlags[local];
        if (Common(flags) is { } reason) return reason;
        if ((flags & RouteFlags.WorthViaHub) != 0)
        {
            for (int a = m.InboundStart + m.InboundOffsets[local]; a < m.InboundStart + m.InboundOffsets[local + 1]; a++)
            {
                int x = a - m.DirectStart;
                if (IsFull(m.Chains[m.ArcOther[x]], m.ArcPeriod[x])) return UnmatchedReason.HubFull;
            }
        }
        return UnmatchedReason.CounterpartsAlreadyMatched;
    }

    UnmatchedReason DemandReason(CategoryModel m, int local)
    {
        var flags = m.DemandFlags[local];
        if (Common(flags) is { } reason) return reason;
        if ((flags & RouteFlags.WorthViaHub) != 0)
        {
            for (int a = m.OutboundStart + m.OutboundOffsets[local]; a < m.OutboundStart + m.OutboundOffsets[local + 1]; a++)
            {
                int x = a - m.DirectStart;
                if (IsFull(m.Chains[m.ArcOther[x]], m.ArcPeriod[x] - 1)) return UnmatchedReason.HubFull;
            }
        }
        return UnmatchedReason.CounterpartsAlreadyMatched;
    }

    static UnmatchedReason? Common(RouteFlags flags) =>
        (flags & RouteFlags.TimeCompatible) == 0 ? UnmatchedReason.NoCompatibleInWindow
        : (flags & RouteFlags.HasRoute) == 0 ? UnmatchedReason.TooFar
        : (flags & (RouteFlags.WorthDirect | RouteFlags.WorthViaHub)) == 0 ? UnmatchedReason.NotWorthTransporting
        : null;

    bool IsFull(in HubChain chain, int period)
    {
        double area = p.Hubs[chain.Hub].AreaM2;
        return double.IsFinite(area) && stockAreaM2[chain.Hub * timeline.Count + period] + chain.AreaPerUnitM2 > area + AreaTolerance;
    }

    PlanTotals Totals(double lowerBoundKg, double upperBoundKg)
    {
        double mass = 0, avoided = 0, transport = 0, handling = 0, storage = 0, endOfLife = 0;
        foreach (var m in matches)
        {
            mass += m.MassKg;
            avoided += m.AvoidedCo2eKg;
            transport += m.TransportCo2eKg;
            handling += m.HandlingCo2eKg;
            storage += m.StorageCo2eKg;
            endOfLife += m.EndOfLifeCo2eKg;
        }
        double net = transport + handling + storage - avoided - endOfLife;
        double demandMass = 0, metMass = 0;
        for (int d = 0; d < p.Demand.Length; d++)
        {
            double lotMass = p.Input.Demand[d].MassKg;
            if (!double.IsFinite(lotMass) || lotMass <= 0) continue;
            demandMass += lotMass;
            if (p.Demand[d].Units > 0) metMass += lotMass * Math.Min(1, (double)demandMatched[d] / p.Demand[d].Units);
        }
        double diff = Math.Max(0, upperBoundKg - lowerBoundKg);
        double gap = diff <= 1e-9 ? 0 : diff / Math.Max(Math.Abs(lowerBoundKg), 1e-6) * 100;
        return new PlanTotals
        {
            ReusedMassKg = mass,
            AvoidedCo2eKg = avoided,
            TransportCo2eKg = transport,
            HandlingCo2eKg = handling,
            StorageCo2eKg = storage,
            EndOfLifeForgoneCo2eKg = endOfLife,
            NetCo2eKg = net,
            DemandMetPercent = demandMass > 0 ? metMass / demandMass * 100 : 0,
            LowerBoundCo2eKg = lowerBoundKg,
            OptimalityGapPercent = gap,
            SolveSeconds = 0,
            ObjectiveCo2eKg = net - virtualBonusKg,
            ObjectiveIncludesPriorities = p.HasPriorities,
            ObjectiveIncludesReuseBeforeRecycling = p.Rules.ReuseBeforeRecycling,
        };
    }
}
