using Corridor.Engine.Flow;

namespace Corridor.Engine.Matching;

internal sealed partial class LagrangianSolver
{
    readonly record struct Removal(int Category, Parcel Parcel);

    /// <summary>
    /// A plan that fits every hub: per category a solution's flows minus the hub parcels taken out, or the flows
    /// themselves once written out.
    /// </summary>
    sealed record Plan(FlowSolution[] Base, List<Removal> Removals, long Cost, long[][]? Flows = null);

    /// <summary>
    /// Cheap repair, every iteration: split the hub flows that pass an over-full period into pickup→delivery parcels
    /// and take out those that lose the least CO2 saving per m²·period until every hub fits. Taken-out supply goes to
    /// its end of life, the demand to new product.
    /// </summary>
    Plan DropRepair(double[] usage)
    {
        var bases = (FlowSolution[])relaxed.Clone();
        long cost = 0;
        for (int c = 0; c < models.Length; c++) cost += TrueCost(c, bases[c].Flows);
        var excess = new double[usage.Length];
        bool any = false;
        for (int i = 0; i < usage.Length; i++)
        {
            if (constrained[i] && usage[i] > capacity[i] + AreaTolerance) { excess[i] = usage[i] - capacity[i]; any = true; }
        }
        var removals = new List<Removal>();
        if (!any) return new Plan(bases, removals, cost);

        var candidates = new List<(double Key, int Category, Parcel Parcel, long Loss)>();
        var parcels = new List<Parcel>();
        int periods = hubCount == 0 ? 0 : capacity.Length / hubCount;
        for (int c = 0; c < models.Length; c++)
        {
            var m = models[c];
            var f = bases[c].Flows;
            var costs = m.Network.Costs;
            for (int k = 0; k < m.Chains.Length; k++)
            {
                var chain = m.Chains[k];
                int row = chain.Hub * periods;
                bool passes = false;
                for (int t = chain.FirstPeriod; t <= chain.LastPeriod && !passes; t++) passes = excess[row + t] > 0 && f[chain.StockArc(t)] > 0;
                if (!passes) continue;
                parcels.Clear();
                m.Parcels(k, f, parcels);
                foreach (var p in parcels)
                {
                    bool over = false;
                    long route = costs[p.InArc] + costs[p.OutArc];
                    for (int t = p.Pickup; t < p.Delivery; t++)
                    {
                        over |= excess[row + t] > 0;
                        route += costs[chain.StockArc(t)];
                    }
                    if (!over || chain.AreaPerUnitM2 <= 0) continue;
                    long loss = m.EndOfLifeCostMg[p.Supply] - route;
                    candidates.Add((loss / (chain.AreaPerUnitM2 * (p.Delivery - p.Pickup)), c, p, loss));
                }
            }
        }
        candidates.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key)
            : a.Category != b.Category ? a.Category.CompareTo(b.Category)
            : a.Parcel.InArc != b.Parcel.InArc ? a.Parcel.InArc.CompareTo(b.Parcel.InArc)
            : a.Parcel.OutArc.CompareTo(b.Parcel.OutArc));
        foreach (var (_, c, p, loss) in candidates)
        {
            var chain = models[c].Chains[ChainOf(c, p)];
            int row = chain.Hub * periods;
            long need = 0;
            for (int t = p.Pickup; t < p.Delivery; t++)
            {
                if (excess[row + t] > AreaTolerance) need = Math.Max(need, (long)Math.Ceiling((excess[row + t] - AreaTolerance) / chain.AreaPerUnitM2));
            }
            if (need == 0) continue;
            long units = Math.Min(need, p.Units);
            for (int t = p.Pickup; t < p.Delivery; t++) excess[row + t] -= units * chain.AreaPerUnitM2;
            cost += units * loss;
            removals.Add(new Removal(c, p with { Units = units }));
        }
        return new Plan(bases, removals, cost);
    }

    int ChainOf(int category, Parcel p) => models[category].ArcOther[p.InArc - models[category].DirectStart];

    /// <summary>
    /// Repair by shares: every category that stores at a hub period where area is priced or over-full is re-solved
    /// (in parallel, true costs) with its stock there capped at its share of the area: its average use, scaled down
    /// where the averages overfill the hub, plus an equal part of what the averages leave free.
    /// </summary>
    Plan ShareRepair(CancellationToken cancellationToken)
    {
        progress?.Report(new MatchingProgress(MatchingStage.Repairing, 0, null));
        var usage = Usage();
        var contested = new bool[capacity.Length];
        for (int i = 0; i < capacity.Length; i++) contested[i] = constrained[i] && (lambda[i] > 0 || usage[i] > capacity[i] + AreaTolerance);
        var resolve = new bool[models.Length];
        var residual = (double[])capacity.Clone();
        var averageTotal = new double[capacity.Length];
        var arcsAt = new int[capacity.Length];
        for (int c = 0; c < models.Length; c++)
        {
            var m = models[c];
            for (int s = 0; s < m.StockArcs.Length && !resolve[c]; s++) resolve[c] = contested[m.StockConstraint[s]];
            var f = relaxed[c].Flows;
            for (int s = 0; s < m.StockArcs.Length; s++)
            {
                int i = m.StockConstraint[s];
                if (resolve[c])
                {
                    averageTotal[i] += averageUse[c][s];
                    arcsAt[i]++;
                }
                else
                {
                    residual[i] -= f[m.StockArcs[s]] * m.StockArea[s];
                }
            }
        }
        var bases = (FlowSolution[])relaxed.Clone();
        Parallel(Enumerable.Range(0, models.Length).Where(c => resolve[c]), c =>
        {
            var m = models[c];
            var caps = new long[m.StockArcs.Length];
            for (int s = 0; s < caps.Length; s++)
            {
                int i = m.StockConstraint[s];
                if (!constrained[i]) { caps[s] = FlowNetwork.Infinite; continue; }
                double free = Math.Max(0, residual[i]);
                double share = averageTotal[i] > free
                    ? averageUse[c][s] * free / averageTotal[i]
                    : averageUse[c][s] + (free - averageTotal[i]) / arcsAt[i];
                caps[s] = UnitsIn(share, m.StockArea[s], m.SupplyUnits);
            }
            bases[c] = SolveCapped(c, caps, cancellationToken);
        }, cancellationToken);
        long cost = 0;
        for (int c = 0; c < models.Length; c++) cost += TrueCost(c, bases[c].Flows);
        return new Plan(bases, [], cost);
    }

    FlowSolution SolveCapped(int c, long[] caps, CancellationToken cancellationToken)
    {
        var m = models[c];
        var solution = NetworkSimplex.Solve(CopyWithCapacities(m.Network, m.StockArcs, caps), cancellationToken);
        if (!solution.IsOptimal) throw new InvalidOperationException($"Repair of category {m.Category} is {solution.Status}.");
        Interlocked.Add(ref pivots, solution.Pivots);
        Tidy();
        return solution;
    }

    // Chains of one category at one hub period (grades, piece masses) share its area too. First every chain may use
    // all of it; if together they overfill it, the area is split in proportion to that first answer.
    FlowSolution ResolveJointly(int c, double[] residual, CancellationToken cancellationToken)
    {
        var m = models[c];
        var caps = new long[m.StockArcs.Length];
        for (int s = 0; s < caps.Length; s++)
        {
            int i = m.StockConstraint[s];
            caps[s] = constrained[i] ? UnitsIn(residual[i], m.StockArea[s], m.SupplyUnits) : FlowNetwork.Infinite;
        }
        var first = SolveCapped(c, caps, cancellationToken);
        var own = new double[capacity.Length];
        AddUse(c, first.Flows, own, 1);
        for (int s = 0; s < m.StockArcs.Length; s++)
        {
            int i = m.StockConstraint[s];
            if (constrained[i] && own[i] > Math.Max(0, residual[i]) + AreaTolerance) return Resolve(c, first.Flows, residual, cancellationToken);
        }
        return first;
    }

    // Re-solves a category at true costs with stock capped at the residual area; where it has several chains at one
    // hub period the area is split in proportion to their use in f (equally when unused).
    FlowSolution Resolve(int c, ReadOnlySpan<long> f, double[] residual, CancellationToken cancellationToken)
    {
        var m = models[c];
        var arcUse = new Dictionary<int, (double Use, int Arcs)>();
        for (int s = 0; s < m.StockArcs.Length; s++)
        {
            int i = m.StockConstraint[s];
            var (use, arcs) = arcUse.GetValueOrDefault(i);
            arcUse[i] = (use + f[m.StockArcs[s]] * m.StockArea[s], arcs + 1);
        }
        var caps = new long[m.StockArcs.Length];
        for (int s = 0; s < caps.Length; s++)
        {
            int i = m.StockConstraint[s];
            if (!constrained[i]) { caps[s] = FlowNetwork.Infinite; continue; }
            var (use, arcs) = arcUse[i];
            double share = arcs == 1 ? residual[i]
                : use > 0 ? residual[i] * f[m.StockArcs[s]] * m.StockArea[s] / use
                : residual[i] / arcs;
            caps[s] = UnitsIn(share, m.StockArea[s], m.SupplyUnits);
        }
        return SolveCapped(c, caps, cancellationToken);
    }

    // Whole units that fit in an area; material that takes no floor space is not limited. Never more than the
    // category's whole supply, which keeps the solver's sum of capacities small.
    static long UnitsIn(double areaM2, double m2PerUnit, long supplyUnits) =>
        m2PerUnit <= 0 ? FlowNetwork.Infinite : (long)Math.Min(supplyUnits, Math.Floor(Math.Max(0, areaM2) / m2PerUnit * (1 - 1e-12)));

    static FlowNetwork CopyWithCapacities(FlowNetwork network, int[] arcs, long[] caps)
    {
        var capOf = new Dictionary<int, long>(arcs.Length);
        for (int s = 0; s < arcs.Length; s++) capOf[arcs[s]] = caps[s];
        var copy = new FlowNetwork(network.NodeCount, network.ArcCount);
        var supplies = network.Supplies;
        for (int v = 0; v < supplies.Length; v++) copy.AddNode(supplies[v]);
        var tails = network.Tails;
        var heads = network.Heads;
        var capacities = network.Capacities;
        var costs = network.Costs;
        for (int a = 0; a < tails.Length; a++) copy.AddArc(tails[a], heads[a], 0, capOf.GetValueOrDefault(a, capacities[a]), costs[a]);
        return copy;
    }

    long TrueCost(int c, ReadOnlySpan<long> flows)
    {
        var costs = models[c].Network.Costs;
        Int128 total = 0;
        for (int a = 0; a < flows.Length; a++)
        {
            if (flows[a] != 0) total += (Int128)flows[a] * costs[a];
        }
        return (long)total;
    }

    /// <summary>
    /// Improvement, when time allows: each category that stores at a full hub period is re-solved in turn against
    /// the area the others leave, most CO2 per m² first. Never worse: its current flow still fits.
    /// </summary>
    Plan Improve(Plan plan, CancellationToken cancellationToken)
    {
        var flows = Materialize(plan);
        var usage = new double[capacity.Length];
        for (int c = 0; c < models.Length; c++) AddUse(c, flows[c], usage, 1);
        long cost = plan.Cost;
        foreach (int c in Enumerable.Range(0, models.Length).OrderByDescending(c => density[c]).ThenBy(c => c))
        {
            var m = models[c];
            bool tight = false;
            for (int s = 0; s < m.StockArcs.Length && !tight; s++)
            {
                int i = m.StockConstraint[s];
                tight = constrained[i] && usage[i] + m.StockArea[s] > capacity[i] + AreaTolerance;
            }
            if (!tight) continue;
            if (elapsed() + TimeSpan.FromSeconds(coldSeconds[c] * 1.5) > options.TimeLimit) break;
            AddUse(c, flows[c], usage, -1);
            var residual = new double[capacity.Length];
            for (int i = 0; i < residual.Length; i++) residual[i] = capacity[i] - usage[i];
            var solution = ResolveJointly(c, residual, cancellationToken);
            long before = TrueCost(c, flows[c]), after = TrueCost(c, solution.Flows);
            if (after < before)
            {
                flows[c] = solution.Flows.ToArray();
                cost += after - before;
            }
            AddUse(c, flows[c], usage, 1);
        }
        return new Plan(plan.Base, [], cost, flows);
    }

    void AddUse(int c, ReadOnlySpan<long> flows, double[] usage, int sign)
    {
        var m = models[c];
        for (int s = 0; s < m.StockArcs.Length; s++) usage[m.StockConstraint[s]] += sign * flows[m.StockArcs[s]] * m.StockArea[s];
    }

    long[][] Materialize(Plan plan)
    {
        if (plan.Flows is { } written) return written;
        var flows = plan.Base.Select(b => b.Flows.ToArray()).ToArray();
        foreach (var (c, p) in plan.Removals)
        {
            var m = models[c];
            var f = flows[c];
            var chain = m.Chains[ChainOf(c, p)];
            f[p.InArc] -= p.Units;
            f[p.OutArc] -= p.Units;
            for (int t = p.Pickup; t < p.Delivery; t++)
            {
                f[chain.StockArc(t)] -= p.Units;
                if (t + 1 < p.Delivery) f[chain.CarryArc(t)] -= p.Units;
            }
            f[m.EndOfLifeArc(p.Supply)] += p.Units;
            f[m.NewProductArc(p.Demand)] += p.Units;
        }
        return flows;
    }
}
