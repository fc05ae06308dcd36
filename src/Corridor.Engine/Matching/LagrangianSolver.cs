using Corridor.Engine.Flow;

namespace Corridor.Engine.Matching;

/// <summary>The best plan found: flows per category (arc order of each model's network) and its bounds, in mg CO2e.</summary>
internal sealed record LagrangianResult(long[][] Flows, long UpperBoundMg, double LowerBoundMg, int Iterations, long Pivots);

/// <summary>
/// Hub area shared by categories, priced away: each category is solved on its own with the stock arcs charged
/// λ(hub, period) per m², λ follows projected subgradient steps (Polyak step towards the best plan), and a repair turns
/// an over-full relaxed solution into a feasible plan. The best Lagrangian value is a proven lower bound.
/// </summary>
internal sealed class LagrangianSolver
{
    const double AreaTolerance = 1e-9;

    readonly CategoryModel[] models;
    readonly double[] capacity;
    readonly bool[] constrained;
    readonly MatchingOptions options;
    readonly Func<TimeSpan> elapsed;
    readonly IProgress<MatchingProgress>? progress;
    readonly long offsetMg;
    readonly NetworkSimplex[] solvers;
    readonly FlowSolution[] relaxed;
    readonly long[][] price;
    readonly double[] lambda;
    readonly double[] density;
    long pivots;

    /// <param name="capacity">Free hub area per hub × period (m²); infinite where the hub is unlimited.</param>
    /// <param name="offsetMg">Added to a network objective to give the plan's net CO2 (fixed flows − baseline).</param>
    public LagrangianSolver(CategoryModel[] models, double[] capacity, long offsetMg, MatchingOptions options,
        Func<TimeSpan> elapsed, IProgress<MatchingProgress>? progress)
    {
        this.models = models;
        this.capacity = capacity;
        this.offsetMg = offsetMg;
        this.options = options;
        this.elapsed = elapsed;
        this.progress = progress;
        constrained = capacity.Select(double.IsFinite).ToArray();
        solvers = new NetworkSimplex[models.Length];
        relaxed = new FlowSolution[models.Length];
        price = models.Select(m => new long[m.StockArcs.Length]).ToArray();
        lambda = new double[capacity.Length];
        density = models.Select(m => m.SavingPerM2).ToArray();
    }

    public LagrangianResult Solve(CancellationToken cancellationToken)
    {
        progress?.Report(new MatchingProgress(MatchingStage.Solving, 0, null));
        Parallel(Enumerable.Range(0, models.Length), c => solvers[c] = new NetworkSimplex(models[c].Network), cancellationToken);
        SolveCategories(Enumerable.Range(0, models.Length), cancellationToken);
        double bound = LagrangianValue();
        var usage = Usage(c => relaxed[c].Flows);
        var best = Feasible(usage, cancellationToken);
        var bestLambda = (double[])lambda.Clone();
        double theta = 1.0;
        int sinceImprovement = 0, iteration = 0;
        Report(MatchingStage.Pricing, 0, best.Cost, bound);

        while (iteration < options.MaxIterations && GapPercent(best.Cost, bound) > options.TargetGapPercent && elapsed() < options.TimeLimit)
        {
            iteration++;
            double norm = 0;
            var direction = new double[lambda.Length];
            for (int i = 0; i < lambda.Length; i++)
            {
                if (!constrained[i]) continue;
                double g = usage[i] - capacity[i];
                if (lambda[i] > 0 || g > 0) { direction[i] = g; norm += g * g; }
            }
            if (norm == 0) break;
            double step = theta * (best.Cost - bound) / norm;
            for (int i = 0; i < lambda.Length; i++) lambda[i] = Math.Max(0, lambda[i] + step * direction[i]);
            SolveCategories(Reprice(), cancellationToken);

            double value = LagrangianValue();
            if (value > bound + 0.5)
            {
                bound = value;
                Array.Copy(lambda, bestLambda, lambda.Length);
                sinceImprovement = 0;
            }
            else if (++sinceImprovement >= 3)
            {
                theta /= 2;
                sinceImprovement = 0;
            }
            usage = Usage(c => relaxed[c].Flows);
            if (!Violated(usage) || iteration % 3 == 0)
            {
                var candidate = Feasible(usage, cancellationToken);
                if (candidate.Cost < best.Cost) best = candidate;
            }
            Report(MatchingStage.Pricing, iteration, best.Cost, bound);
        }

        // The exported networks carry the prices of the best bound: their optima sum to it (plus Σ λ·area).
        Array.Copy(bestLambda, lambda, lambda.Length);
        Reprice();
        for (int c = 0; c < models.Length; c++)
        {
            for (int s = 0; s < price[c].Length; s++) models[c].Network.SetCost(models[c].StockArcs[s], models[c].StockBaseCost[s] + price[c][s]);
        }
        return new LagrangianResult(best.Flows, best.Cost, Math.Min(bound, best.Cost), iteration, pivots);
    }

    /// <summary>(upper − lower) / |lower net|, percent; 0 when equal.</summary>
    public double GapPercent(long upperMg, double lowerMg)
    {
        double diff = upperMg - lowerMg;
        if (diff <= 0) return 0;
        return diff / Math.Max(Math.Abs(lowerMg + offsetMg), 1) * 100;
    }

    void Report(MatchingStage stage, int iteration, long upper, double lower) =>
        progress?.Report(new MatchingProgress(stage, iteration, GapPercent(upper, lower)));

    // Σ categories' priced optima − Σ λ·capacity: a lower bound on any plan that fits the hubs, because the floored
    // price on a stock arc never exceeds λ times its area.
    double LagrangianValue()
    {
        double value = 0;
        for (int c = 0; c < models.Length; c++) value += relaxed[c].TotalCost;
        for (int i = 0; i < lambda.Length; i++)
        {
            if (lambda[i] > 0) value -= lambda[i] * capacity[i];
        }
        return value;
    }

    List<int> Reprice()
    {
        var dirty = new List<int>();
        for (int c = 0; c < models.Length; c++)
        {
            var m = models[c];
            bool changed = false;
            for (int s = 0; s < m.StockArcs.Length; s++)
            {
                long p = (long)Math.Floor(lambda[m.StockConstraint[s]] * m.StockArea[s]);
                if (p == price[c][s]) continue;
                price[c][s] = p;
                solvers[c]?.SetCost(m.StockArcs[s], m.StockBaseCost[s] + p);
                changed = true;
            }
            if (changed) dirty.Add(c);
        }
        return dirty;
    }

    void SolveCategories(IEnumerable<int> categories, CancellationToken cancellationToken)
    {
        Parallel(categories, c =>
        {
            var solution = solvers[c].Solve(cancellationToken);
            if (!solution.IsOptimal)
                throw new InvalidOperationException($"Category network {models[c].Category} is {solution.Status}; the model always has a feasible flow.");
            relaxed[c] = solution;
        }, cancellationToken);
        foreach (int c in categories) pivots += relaxed[c].Pivots;
    }

    double[] Usage(Func<int, ReadOnlySpan<long>> flows)
    {
        var usage = new double[capacity.Length];
        for (int c = 0; c < models.Length; c++)
        {
            var m = models[c];
            var f = flows(c);
            for (int s = 0; s < m.StockArcs.Length; s++) usage[m.StockConstraint[s]] += f[m.StockArcs[s]] * m.StockArea[s];
        }
        return usage;
    }

    bool Violated(double[] usage)
    {
        for (int i = 0; i < usage.Length; i++)
        {
            if (constrained[i] && usage[i] > capacity[i] + AreaTolerance) return true;
        }
        return false;
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

    readonly record struct Plan(long[][] Flows, long Cost);

    /// <summary>
    /// A plan that fits every hub. Categories that use no over-full hub period keep their relaxed flows; the others
    /// are re-solved one after another at their true costs against the area still free, those whose material saves
    /// the most CO2 per m² of storage first. A category with several chains at one hub period splits the free area in
    /// proportion to their relaxed use.
    /// </summary>
    Plan Feasible(double[] usage, CancellationToken cancellationToken)
    {
        progress?.Report(new MatchingProgress(MatchingStage.Repairing, 0, null));
        var flows = new long[models.Length][];
        var touched = new List<int>();
        var residual = (double[])capacity.Clone();
        for (int c = 0; c < models.Length; c++)
        {
            var m = models[c];
            var f = relaxed[c].Flows;
            bool uses = false;
            for (int s = 0; s < m.StockArcs.Length && !uses; s++)
            {
                int i = m.StockConstraint[s];
                uses = constrained[i] && usage[i] > capacity[i] + AreaTolerance && f[m.StockArcs[s]] > 0;
            }
            if (uses)
            {
                touched.Add(c);
                continue;
            }
            flows[c] = f.ToArray();
            for (int s = 0; s < m.StockArcs.Length; s++) residual[m.StockConstraint[s]] -= f[m.StockArcs[s]] * m.StockArea[s];
        }
        foreach (int c in touched.OrderByDescending(c => density[c]).ThenBy(c => c))
        {
            var m = models[c];
            flows[c] = Resolve(c, residual, cancellationToken);
            for (int s = 0; s < m.StockArcs.Length; s++) residual[m.StockConstraint[s]] -= flows[c][m.StockArcs[s]] * m.StockArea[s];
        }
        long cost = 0;
        for (int c = 0; c < models.Length; c++) cost += TrueCost(c, flows[c]);
        return new Plan(flows, cost);
    }

    long[] Resolve(int c, double[] residual, CancellationToken cancellationToken)
    {
        var m = models[c];
        var f = relaxed[c].Flows;
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
            caps[s] = (long)Math.Floor(Math.Max(0, share) / m.StockArea[s] * (1 - 1e-12));
        }
        var solution = NetworkSimplex.Solve(CopyWithCapacities(m.Network, m.StockArcs, caps), cancellationToken);
        if (!solution.IsOptimal) throw new InvalidOperationException($"Repair of category {m.Category} is {solution.Status}.");
        Interlocked.Add(ref pivots, solution.Pivots);
        return solution.Flows.ToArray();
    }

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

    void Parallel(IEnumerable<int> items, Action<int> body, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Parallel.ForEach(items,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = cancellationToken },
            body);
}
