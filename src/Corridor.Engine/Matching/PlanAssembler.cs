using Corridor.Engine.Domain;

namespace Corridor.Engine.Matching;

/// <summary>Turns the solved flows into the plan: matches, hub occupancy, unmatched lots with reasons, totals, land.</summary>
internal sealed partial class PlanAssembler
{
    const double AreaTolerance = 1e-9;

    readonly PreparedInput p;
    readonly CategoryModel[] models;
    readonly long[][] flows;
    readonly Timeline timeline;
    readonly double factor;
    readonly List<Match> matches = [];
    readonly long[] supplyMatched;
    readonly long[] demandMatched;
    readonly double[] stockMassKg;
    readonly double[] stockAreaM2;
    double virtualBonusKg;

    public PlanAssembler(PreparedInput prepared, CategoryModel[] models, long[][] flows)
    {
        p = prepared;
        this.models = models;
        this.flows = flows;
        timeline = prepared.Timeline;
        factor = prepared.Rules.Vehicle.Co2eKgPerTonneKm;
        supplyMatched = new long[prepared.Supply.Length];
        demandMatched = new long[prepared.Demand.Length];
        stockMassKg = (double[])prepared.ReservedMassKg.Clone();
        stockAreaM2 = (double[])prepared.Reserved.Clone();
    }

    public MatchingPlan Assemble(double lowerBoundKg, double upperBoundKg, SolveStatistics statistics, Func<TimeSpan> elapsed)
    {
        foreach (var f in p.Fixed) AddFixed(f);
        for (int c = 0; c < models.Length; c++) AddFlows(models[c], flows[c]);
        var occupancy = Occupancy();
        var unmatched = Unmatched();
        var land = Land(occupancy);
        var totals = Totals(lowerBoundKg, upperBoundKg);
        var networks = models.Select(m => new CategoryNetwork(p.Categories[m.Category].Key, p.IsPieces[m.Category] ? "piece" : "kg", m.Network)).ToArray();
        totals = totals with { SolveSeconds = elapsed().TotalSeconds };
        return new MatchingPlan(matches, occupancy, unmatched, totals, land, networks, statistics);
    }

    /// <summary>Net CO2 of the fixed flows alone (a constant of the optimisation).</summary>
    public double FixedNetKg() => p.Fixed.Sum(f => FixedMatch(f).NetCo2eKg);

    double RoadKm(GeoPoint a, GeoPoint b) => a.DistanceKmTo(b) * p.Rules.DetourFactor;

    void AddFixed(FixedInfo f) => Add(FixedMatch(f), f.Supply, f.Demand, f.Units);

    void Add(Match match, int s, int d, long units)
    {
        // The virtual bonuses the objective gave this match (never part of its CO2); fixed flows are constants.
        if (!match.IsFixed) virtualBonusKg += match.MassKg * (p.ReuseBonusKgPerKg + p.Demand[d].BonusKgPerKg);
        matches.Add(match);
        supplyMatched[s] += units;
        demandMatched[d] += units;
    }

    Match FixedMatch(FixedInfo f)
    {
        var supply = p.Input.Supply[f.Supply];
        var demand = p.Input.Demand[f.Demand];
        double km = f.Hub < 0
            ? RoadKm(supply.Location, demand.Location)
            : RoadKm(supply.Location, p.Hubs[f.Hub].Location) + RoadKm(p.Hubs[f.Hub].Location, demand.Location);
        int periods = Math.Max(0, timeline.PeriodOf(f.Flow.DeliveryDate) - timeline.PeriodOf(f.Flow.PickupDate));
        return NewMatch(f.Supply, f.Demand, f.Hub, f.Units, f.Flow.PickupDate, f.Flow.DeliveryDate, km, periods, isFixed: true);
    }

    Match NewMatch(int s, int d, int hub, long units, DateOnly pickup, DateOnly delivery, double km, int storedPeriods, bool isFixed)
    {
        ref readonly var supply = ref p.Supply[s];
        var category = p.Categories[supply.Category];
        double mass = units * supply.UnitMassKg;
        double tonnes = Mass.KgToTonnes(mass);
        return new Match
        {
            SupplyLot = p.Input.Supply[s].Id,
            DemandLot = p.Input.Demand[d].Id,
            Hub = hub < 0 ? null : p.Input.Hubs[hub].Code,
            Category = category.Key,
            Quantity = units * supply.QuantityPerUnit,
            Unit = p.Input.Supply[s].Unit,
            MassKg = mass,
            PickupDate = pickup,
            DeliveryDate = delivery,
            DistanceKm = km,
            TransportCo2eKg = tonnes * km * factor,
            HandlingCo2eKg = hub < 0 ? 0 : tonnes * p.Rules.HandlingCo2eKgPerTonne,
            StorageCo2eKg = tonnes * p.Rules.StorageCo2eKgPerTonneDay * storedPeriods * timeline.DaysPerPeriod,
            AvoidedCo2eKg = category.EmbodiedCo2eKgPerKg * mass,
            EndOfLifeCo2eKg = category.EndOfLifeCo2eKgPerKg * mass,
            IsFixed = isFixed,
            RStep = supply.Grade == 0 ? RLadderStep.R3Reuse : RLadderStep.R4Repair,
        };
    }

    void AddFlows(CategoryModel m, long[] f)
    {
        for (int a = m.DirectStart; a < f.Length; a++)
        {
            if (a == m.ChainArcStart) a = Math.Min(m.PricedStart, f.Length);
            if (a >= f.Length || f[a] == 0) continue;
            int x = a - m.DirectStart;
            int s = m.Supplies[m.ArcLot[x]], d = m.Demands[m.ArcOther[x]];
            int t = m.ArcPeriod[x];
            var start = timeline.StartOf(t);
            var pickup = p.Supply[s].Window.First > start ? p.Supply[s].Window.First : start;
            var delivery = p.Demand[d].Window.First > pickup ? p.Demand[d].Window.First : pickup;
            double km = RoadKm(p.Input.Supply[s].Location, p.Input.Demand[d].Location);
            Add(NewMatch(s, d, -1, f[a], pickup, delivery, km, 0, isFixed: false), s, d, f[a]);
        }
        foreach (var chainStock in StockArcs(m))
        {
            var (arc, chain, t) = chainStock;
            if (f[arc] == 0) continue;
            int i = m.Chains[chain].Hub * timeline.Count + t;
            stockMassKg[i] += f[arc] * m.Chains[chain].UnitMassKg;
            stockAreaM2[i] += f[arc] * m.Chains[chain].AreaPerUnitM2;
        }
        DecomposeChains(m, f);
    }

    static IEnumerable<(int Arc, int Chain, int Period)> StockArcs(CategoryModel m)
    {
        for (int k = 0; k < m.Chains.Length; k++)
        {
            var chain = m.Chains[k];
            for (int t = chain.FirstPeriod; t <= chain.LastPeriod; t++) yield return (chain.StockArc(t), k, t);
        }
    }

    void DecomposeChains(CategoryModel m, long[] f)
    {
        var parcels = new List<Parcel>();
        for (int k = 0; k < m.Chains.Length; k++)
        {
            parcels.Clear();
            m.Parcels(k, f, parcels);
            if (parcels.Count == 0) continue;
            var merged = new Dictionary<(int S, int D, int T1, int T2), long>();
            foreach (var x in parcels)
            {
                var key = (x.Supply, x.Demand, x.Pickup, x.Delivery);
                merged[key] = merged.GetValueOrDefault(key) + x.Units;
            }
            var chain = m.Chains[k];
            var hub = p.Hubs[chain.Hub].Location;
            foreach (var ((sl, dl, t1, t2), units) in merged.OrderBy(x => x.Key))
            {
                int s = m.Supplies[sl], d = m.Demands[dl];
                var start1 = timeline.StartOf(t1);
                var start2 = timeline.StartOf(t2);
                var pickup = p.Supply[s].Window.First > start1 ? p.Supply[s].Window.First : start1;
                var delivery = p.Demand[d].Window.First > start2 ? p.Demand[d].Window.First : start2;
                double km = RoadKm(p.Input.Supply[s].Location, hub) + RoadKm(hub, p.Input.Demand[d].Location);
                Add(NewMatch(s, d, chain.Hub, units, pickup, delivery, km, t2 - t1, isFixed: false), s, d, units);
            }
        }
    }
}
