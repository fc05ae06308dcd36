using Corridor.Engine.Domain;
using Corridor.Engine.Flow;

namespace Corridor.Engine.Matching;

/// <summary>
/// Builds a category's network: candidate direct pairs from a spatial grid, hub legs within the distance limit, and
/// only the pickup and delivery periods that can matter (see docs/decisions/0006-matching-model.md, "Pruning").
/// </summary>
internal sealed partial class CategoryBuilder
{
    const double MgPerKg = 1e6;

    readonly PreparedInput prepared;
    readonly int category;
    readonly MaterialCategory info;
    readonly Timeline timeline;
    readonly double maxKm;
    readonly double detour;
    readonly double factorKgPerTonneKm;
    readonly double reuseBonusKgPerKg;
    readonly int[] supplies;
    readonly int[] demands;
    readonly int[] hubs;
    readonly int partners;
    readonly long partnerArcThreshold;

    public CategoryBuilder(PreparedInput prepared, int category, int[] supplies, int[] demands, MatchingOptions? options = null)
    {
        options ??= new MatchingOptions();
        partners = options.CandidatePartners;
        partnerArcThreshold = options.PartnerArcThreshold;
        this.prepared = prepared;
        this.category = category;
        info = prepared.Categories[category];
        timeline = prepared.Timeline;
        maxKm = prepared.Rules.MaxDistanceKm;
        detour = prepared.Rules.DetourFactor;
        factorKgPerTonneKm = prepared.Rules.Vehicle.Co2eKgPerTonneKm;
        reuseBonusKgPerKg = prepared.ReuseBonusKgPerKg;
        this.supplies = supplies;
        this.demands = demands;
        hubs = Enumerable.Range(0, prepared.Hubs.Length).Where(h => prepared.Hubs[h].IsOpen && prepared.Hubs[h].Accepts[category]).ToArray();
    }

    readonly record struct Leg(int Hub, double Km);
    internal readonly record struct Candidate(int Lot, int Other, int Period, long Cost);

    public CategoryModel Build(CancellationToken cancellationToken)
    {
        int nS = supplies.Length, nD = demands.Length;
        var supplyLegs = HubLegs(supplies.Select(s => prepared.Input.Supply[s].Location), out var supplyLegOffsets);
        var demandLegs = HubLegs(demands.Select(d => prepared.Input.Demand[d].Location), out var demandLegOffsets);
        cancellationToken.ThrowIfCancellationRequested();

        var eolCost = new long[nS];
        long baseline = 0;
        for (int i = 0; i < nS; i++)
        {
            ref readonly var s = ref prepared.Supply[supplies[i]];
            eolCost[i] = MgUp(info.EndOfLifeCo2eKgPerKg * s.UnitMassKg);
            baseline += s.Remaining * eolCost[i];
        }
        var supplyFlags = new RouteFlags[nS];
        var demandFlags = new RouteFlags[nD];
        MarkTimeCompatible(supplyFlags, demandFlags);

        var (direct, pricer) = DirectCandidates(supplyFlags, demandFlags, eolCost);
        cancellationToken.ThrowIfCancellationRequested();
        var chains = new ChainSet(this, supplyLegs, supplyLegOffsets, demandLegs, demandLegOffsets);
        var inbound = chains.Inbound;
        var outbound = chains.Outbound;

        // Nodes: slack, supplies, demands, then two per chain period.
        int nodeCount = 1 + nS + nD + chains.Chains.Sum(c => 2 * (c.LastPeriod - c.FirstPeriod + 1));
        int chainArcCount = chains.Chains.Sum(c => 2 * (c.LastPeriod - c.FirstPeriod + 1) - 1);
        int arcCount = nS + nD + direct.Count + chainArcCount + inbound.Count + outbound.Count;
        var network = new FlowNetwork(nodeCount, arcCount);
        long supplyTotal = 0, demandTotal = 0;
        network.AddNode();
        for (int i = 0; i < nS; i++) { long u = prepared.Supply[supplies[i]].Remaining; network.AddNode(u); supplyTotal += u; }
        for (int j = 0; j < nD; j++) { long u = prepared.Demand[demands[j]].Remaining; network.AddNode(-u); demandTotal += u; }
        network.SetSupply(0, demandTotal - supplyTotal);
        network.AddNodes(nodeCount - network.NodeCount);

        for (int i = 0; i < nS; i++) network.AddArc(1 + i, 0, 0, FlowNetwork.Infinite, eolCost[i]);
        for (int j = 0; j < nD; j++) network.AddArc(0, 1 + nS + j, 0, FlowNetwork.Infinite, 0);
        int directStart = network.ArcCount;
        int metaCount = direct.Count + chainArcCount + inbound.Count + outbound.Count;
        var arcLot = new int[metaCount];
        var arcOther = new int[metaCount];
        var arcPeriod = new int[metaCount];
        int m = 0;
        foreach (var c in direct)
        {
            network.AddArc(1 + c.Lot, 1 + nS + c.Other, 0, FlowNetwork.Infinite, c.Cost);
            (arcLot[m], arcOther[m], arcPeriod[m]) = (c.Lot, c.Other, c.Period);
            m++;
        }

        int chainArcStart = network.ArcCount;
        var finalChains = new HubChain[chains.Chains.Count];
        int stockCount = chains.Chains.Sum(c => c.LastPeriod - c.FirstPeriod + 1);
        var stockConstraint = new int[stockCount];
        var stockArcs = new int[stockCount];
        var stockArea = new double[stockCount];
        var stockBase = new long[stockCount];
        int node = 1 + nS + nD, st = 0;
        for (int k = 0; k < finalChains.Length; k++)
        {
            var c = chains.Chains[k];
            var chain = new HubChain(c.Hub, c.Grade, c.UnitMassKg, prepared.AreaPerUnitM2(category, c.UnitMassKg), c.FirstPeriod, c.LastPeriod, node, network.ArcCount);
            finalChains[k] = chain;
            long stockCost = chains.StockCostMg(c.UnitMassKg);
            for (int t = c.FirstPeriod; t <= c.LastPeriod; t++)
            {
                int arc = network.AddArc(chain.InNode(t), chain.OutNode(t), 0, FlowNetwork.Infinite, stockCost);
                (arcLot[m], arcOther[m], arcPeriod[m]) = (-1, k, t);
                m++;
                stockConstraint[st] = c.Hub * timeline.Count + t;
                stockArcs[st] = arc;
                stockArea[st] = chain.AreaPerUnitM2;
                stockBase[st] = stockCost;
                st++;
                if (t < c.LastPeriod)
                {
                    network.AddArc(chain.OutNode(t), chain.InNode(t + 1), 0, FlowNetwork.Infinite, 0);
                    (arcLot[m], arcOther[m], arcPeriod[m]) = (-1, k, t);
                    m++;
                }
            }
            node += 2 * chain.Length;
        }

        int inboundStart = network.ArcCount;
        var inboundOffsets = new int[nS + 1];
        foreach (var c in inbound)
        {
            network.AddArc(1 + c.Lot, finalChains[c.Other].InNode(c.Period), 0, FlowNetwork.Infinite, c.Cost);
            (arcLot[m], arcOther[m], arcPeriod[m]) = (c.Lot, c.Other, c.Period);
            m++;
            inboundOffsets[c.Lot + 1]++;
        }
        int outboundStart = network.ArcCount;
        var outboundOffsets = new int[nD + 1];
        foreach (var c in outbound)
        {
            network.AddArc(finalChains[c.Other].OutNode(c.Period - 1), 1 + nS + c.Lot, 0, FlowNetwork.Infinite, c.Cost);
            (arcLot[m], arcOther[m], arcPeriod[m]) = (c.Lot, c.Other, c.Period);
            m++;
            outboundOffsets[c.Lot + 1]++;
        }
        for (int i = 0; i < nS; i++) inboundOffsets[i + 1] += inboundOffsets[i];
        for (int j = 0; j < nD; j++) outboundOffsets[j + 1] += outboundOffsets[j];
        chains.MarkWorth(supplyFlags, demandFlags, eolCost);
        var (inOffsets, inArcs) = ByChain(finalChains.Length, inboundStart, outboundStart, directStart, arcOther, arcPeriod);
        var (outOffsets, outArcs) = ByChain(finalChains.Length, outboundStart, network.ArcCount, directStart, arcOther, arcPeriod);

        return new CategoryModel
        {
            Category = category,
            Supplies = supplies,
            Demands = demands,
            Network = network,
            Chains = finalChains,
            DirectStart = directStart,
            ChainArcStart = chainArcStart,
            InboundStart = inboundStart,
            OutboundStart = outboundStart,
            ArcLot = arcLot,
            ArcOther = arcOther,
            ArcPeriod = arcPeriod,
            InboundOffsets = inboundOffsets,
            OutboundOffsets = outboundOffsets,
            EndOfLifeCostMg = eolCost,
            ChainInboundOffsets = inOffsets,
            ChainInbound = inArcs,
            ChainOutboundOffsets = outOffsets,
            ChainOutbound = outArcs,
            SupplyFlags = supplyFlags,
            DemandFlags = demandFlags,
            BaselineMg = baseline,
            SupplyUnits = supplyTotal,
            SavingPerM2 = Mass.PerKgToPerTonne(info.EmbodiedCo2eKgPerKg + info.EndOfLifeCo2eKgPerKg + reuseBonusKgPerKg) / Math.Max(info.StorageM2PerTonne, 1e-9),
            StockConstraint = stockConstraint,
            StockArcs = stockArcs,
            StockArea = stockArea,
            StockBaseCost = stockBase,
            Pricer = pricer,
            PricedStart = network.ArcCount,
        };
    }

    // Arcs [first, end) grouped by chain, within a chain by period then arc index.
    static (int[] Offsets, int[] Arcs) ByChain(int chains, int first, int end, int metaStart, int[] chainOf, int[] periodOf)
    {
        var offsets = new int[chains + 1];
        for (int a = first; a < end; a++) offsets[chainOf[a - metaStart] + 1]++;
        for (int k = 0; k < chains; k++) offsets[k + 1] += offsets[k];
        var arcs = new int[end - first];
        var fill = (int[])offsets.Clone();
        for (int a = first; a < end; a++) arcs[fill[chainOf[a - metaStart]]++] = a;
        for (int k = 0; k < chains; k++)
        {
            Array.Sort(arcs, offsets[k], offsets[k + 1] - offsets[k],
                Comparer<int>.Create((x, y) => periodOf[x - metaStart] != periodOf[y - metaStart] ? periodOf[x - metaStart].CompareTo(periodOf[y - metaStart]) : x.CompareTo(y)));
        }
        return (offsets, arcs);
    }

    // Route costs round down and end-of-life costs up, so a plan's saving in whole milligrams is never smaller than
    // its exact saving: a bound on the rounded problem is then a bound on the exact one.
    static long Mg(double kg) => (long)Math.Floor(kg * MgPerKg);

    static long MgUp(double kg) => (long)Math.Ceiling(kg * MgPerKg);

    double RoadKm(GeoPoint a, GeoPoint b) => a.DistanceKmTo(b) * detour;

    // A delivery from a hub: transport less the demand's virtual priority bonus (0 without priority).
    long DeliveryMg(double unitMassKg, double km, double bonusKgPerKg) => Mg(Mass.KgToTonnes(unitMassKg) * km * factorKgPerTonneKm - unitMassKg * bonusKgPerKg);

    // Hubs of this category within reach of each location, flattened with offsets.
    Leg[] HubLegs(IEnumerable<GeoPoint> locations, out int[] offsets)
    {
        var legs = new List<Leg>();
        var offs = new List<int> { 0 };
        foreach (var p in locations)
        {
            foreach (int h in hubs)
            {
                double km = RoadKm(p, prepared.Hubs[h].Location);
                if (km <= maxKm) legs.Add(new Leg(h, km));
            }
            offs.Add(legs.Count);
        }
        offsets = [.. offs];
        return [.. legs];
    }

    // A lot has a partner in time when some lot on the other side, of acceptable grade, can still be delivered no
    // earlier than it can be picked up (directly, or after storage).
    void MarkTimeCompatible(RouteFlags[] supplyFlags, RouteFlags[] demandFlags)
    {
        int lastAll = -1, lastTakingB = -1, firstA = int.MaxValue, firstAny = int.MaxValue;
        foreach (int d in demands)
        {
            ref readonly var x = ref prepared.Demand[d];
            lastAll = Math.Max(lastAll, x.Window.LastPeriod);
            if (x.WorstGrade >= 1) lastTakingB = Math.Max(lastTakingB, x.Window.LastPeriod);
        }
        foreach (int s in supplies)
        {
            ref readonly var x = ref prepared.Supply[s];
            firstAny = Math.Min(firstAny, x.Window.FirstPeriod);
            if (x.Grade == 0) firstA = Math.Min(firstA, x.Window.FirstPeriod);
        }
        for (int i = 0; i < supplies.Length; i++)
        {
            ref readonly var x = ref prepared.Supply[supplies[i]];
            if ((x.Grade == 0 ? lastAll : lastTakingB) >= x.Window.FirstPeriod) supplyFlags[i] |= RouteFlags.TimeCompatible;
        }
        for (int j = 0; j < demands.Length; j++)
        {
            ref readonly var x = ref prepared.Demand[demands[j]];
            if ((x.WorstGrade >= 1 ? firstAny : firstA) <= x.Window.LastPeriod) demandFlags[j] |= RouteFlags.TimeCompatible;
        }
    }

    // First period in which a pickup from s and a delivery to d can both happen, pickup day not after delivery day;
    // -1 when none. Periods strictly inside the overlap always work, so at most two are tried.
    internal static int DirectPeriod(Timeline timeline, in Window s, in Window d)
    {
        int lo = Math.Max(s.FirstPeriod, d.FirstPeriod), hi = Math.Min(s.LastPeriod, d.LastPeriod);
        for (int t = lo; t <= hi; t++)
        {
            var start = timeline.StartOf(t);
            var end = timeline.EndOf(t);
            var pickup = s.First > start ? s.First : start;
            var latest = d.Last < end ? d.Last : end;
            if (pickup <= latest) return t;
        }
        return -1;
    }

    // Every compatible pair (grade, time, distance) with its arc cost; direct arcs and pricing agree on it exactly.
    internal bool PairCost(int i, int j, out int period, out long cost)
    {
        ref readonly var s = ref prepared.Supply[supplies[i]];
        ref readonly var d = ref prepared.Demand[demands[j]];
        cost = 0;
        period = -1;
        if (s.Grade > d.WorstGrade) return false;
        period = DirectPeriod(timeline, s.Window, d.Window);
        if (period < 0) return false;
        double km = RoadKm(prepared.Input.Supply[supplies[i]].Location, prepared.Input.Demand[demands[j]].Location);
        if (km > maxKm) return false;
        // Virtual bonuses (0 unless a rule is on) steer the plan; the plan's figures are recomputed without them.
        cost = Mg(Mass.KgToTonnes(s.UnitMassKg) * km * factorKgPerTonneKm - info.EmbodiedCo2eKgPerKg * s.UnitMassKg
            - (reuseBonusKgPerKg * s.UnitMassKg + s.UnitMassKg * d.BonusKgPerKg));
        return true;
    }

    // All compatible pairs when there are at most partnerArcThreshold of them (or partners is 0); otherwise each
    // lot's `partners` cheapest pairs that beat end of life, plus a pricer for the rest.
    (List<Candidate> Direct, DirectPricer? Pricer) DirectCandidates(RouteFlags[] supplyFlags, RouteFlags[] demandFlags, long[] eolCost)
    {
        List<Candidate>? all = [];
        if (supplies.Length == 0 || demands.Length == 0) return (all, null);
        var grid = new SpatialGrid(demands.Select(d => prepared.Input.Demand[d].Location).ToArray(), maxKm / detour);
        var near = new List<int>();
        int k = partners;
        var local = new List<Candidate>();
        var bySupply = new List<Candidate>();
        var demandBest = k > 0 ? new Candidate[demands.Length * k] : [];
        var demandBestCount = k > 0 ? new int[demands.Length] : [];
        long pairs = 0;
        for (int i = 0; i < supplies.Length; i++)
        {
            near.Clear();
            grid.Near(prepared.Input.Supply[supplies[i]].Location, near);
            near.Sort();
            local.Clear();
            foreach (int j in near)
            {
                if (!PairCost(i, j, out int period, out long cost)) continue;
                var c = new Candidate(i, j, period, cost);
                pairs++;
                if (all is not null)
                {
                    all.Add(c);
                    if (k > 0 && all.Count > partnerArcThreshold) all = null;
                }
                supplyFlags[i] |= RouteFlags.HasRoute;
                demandFlags[j] |= RouteFlags.HasRoute;
                if (cost < eolCost[i])
                {
                    supplyFlags[i] |= RouteFlags.WorthDirect;
                    demandFlags[j] |= RouteFlags.WorthDirect;
                    // A pair that does not beat end of life never has a negative reduced cost (see DirectPricer).
                    if (k > 0)
                    {
                        local.Add(c);
                        KeepBest(demandBest.AsSpan(j * k, k), ref demandBestCount[j], c);
                    }
                }
            }
            if (k > 0)
            {
                local.Sort(static (a, b) => a.Cost != b.Cost ? a.Cost.CompareTo(b.Cost) : a.Other.CompareTo(b.Other));
                for (int x = 0; x < Math.Min(k, local.Count); x++) bySupply.Add(local[x]);
            }
        }
        if (all is not null) return (all, null);

        // Union of each supply's and each demand's best pairs, by supply then demand.
        var kept = new HashSet<long>(bySupply.Count);
        var result = new List<Candidate>(bySupply.Count * 2);
        foreach (var c in bySupply)
        {
            kept.Add((long)c.Lot * demands.Length + c.Other);
            result.Add(c);
        }
        for (int j = 0; j < demands.Length; j++)
        {
            for (int x = 0; x < demandBestCount[j]; x++)
            {
                var c = demandBest[j * k + x];
                if (kept.Add((long)c.Lot * demands.Length + c.Other)) result.Add(c);
            }
        }
        result.Sort(static (a, b) => a.Lot != b.Lot ? a.Lot.CompareTo(b.Lot) : a.Other.CompareTo(b.Other));
        return (result, new DirectPricer(this, pairs));
    }

    // Keeps the k cheapest (ties: lower supply index) in an unsorted span.
    static void KeepBest(Span<Candidate> best, ref int count, in Candidate c)
    {
        if (count < best.Length) { best[count++] = c; return; }
        int worst = 0;
        for (int x = 1; x < count; x++)
        {
            if (best[x].Cost > best[worst].Cost || (best[x].Cost == best[worst].Cost && best[x].Lot > best[worst].Lot)) worst = x;
        }
        if (c.Cost < best[worst].Cost || (c.Cost == best[worst].Cost && c.Lot < best[worst].Lot)) best[worst] = c;
    }
}
