using Corridor.Engine.Flow;

namespace Corridor.Engine.Matching;

/// <summary>The best plan found: flows per category (arc order of each model's network) and its bounds, in mg CO2e.</summary>
internal sealed record LagrangianResult(long[][] Flows, long UpperBoundMg, double LowerBoundMg, int Iterations, long Pivots)
{
    /// <summary>Pricing rounds (arcs added, network re-solved) over all solves.</summary>
    public int PricingRounds { get; init; }

    /// <summary>Some solve stopped pricing at the round cap; the bound then includes the correction for what was left.</summary>
    public bool PricingCapped { get; init; }
}

/// <summary>
/// Hub area shared by categories, priced away: each category is solved on its own with the stock arcs charged
/// λ(hub, period) per m², λ follows projected subgradient steps (Polyak step towards the best plan), and a repair turns
/// an over-full relaxed solution into a feasible plan. The best Lagrangian value is a proven lower bound.
/// </summary>
internal sealed partial class LagrangianSolver
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
    readonly int hubCount;
    readonly double[][] averageUse;
    readonly double[] coldSeconds;
    readonly double[] pricingCorrection;
    int pricingRounds;
    bool pricingCapped;
    long settledHeapBytes;
    double averageWeight;
    long pivots;

    /// <param name="capacity">Free hub area per hub × period (m²), hub-major; infinite where the hub is unlimited.</param>
    /// <param name="offsetMg">Added to a network objective to give the plan's net CO2 (fixed flows − baseline).</param>
    /// <param name="elapsed">Time since the plan started.</param>
    /// <param name="hubCount">Number of hubs.</param>
    /// <param name="models">One network model per category.</param>
    /// <param name="options">Iteration limit, time limit and gap target.</param>
    /// <param name="progress">Receives each iteration's gap.</param>
    public LagrangianSolver(CategoryModel[] models, double[] capacity, int hubCount, long offsetMg, MatchingOptions options,
        Func<TimeSpan> elapsed, IProgress<MatchingProgress>? progress)
    {
        this.hubCount = hubCount;
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
        averageUse = models.Select(m => new double[m.StockArcs.Length]).ToArray();
        coldSeconds = new double[models.Length];
        pricingCorrection = new double[models.Length];
    }

    public LagrangianResult Solve(CancellationToken cancellationToken)
    {
        solveStarted = elapsed();
        totalArcs = models.Sum(m => (long)m.Network.ArcCount);
        progress?.Report(new MatchingProgress(MatchingStage.Solving, 0, null) { Total = models.Length, Arcs = totalArcs, Elapsed = solveStarted, StageStarted = solveStarted });
        Parallel(Enumerable.Range(0, models.Length), c => solvers[c] = new NetworkSimplex(models[c].Network), cancellationToken);
        reportSolved = true;
        SolveCategories(Enumerable.Range(0, models.Length), cancellationToken);
        reportSolved = false;
        settledHeapBytes = GC.GetTotalMemory(false);
        double bound = LagrangianValue();
        var usage = Usage();
        var best = DropRepair(usage);
        var bestLambda = (double[])lambda.Clone();
        // Deflected subgradient (Camerini–Fratta–Maffioli): the direction keeps part of the last one, which damps the
        // zig-zag between hub periods; Polyak steps aim halfway to the best plan, θ halves after five idle iterations.
        // Tuned on generated corridors with tight hubs (bench match-bench --hub-m2 3000).
        const double beta = 0.7, targetFraction = 0.5;
        const int patience = 5;
        double theta = 1;
        int sinceImprovement = 0, iteration = 0;
        var direction = new double[lambda.Length];
        Report(MatchingStage.Pricing, 0, best.Cost, bound);

        while (iteration < options.MaxIterations && !Done(best.Cost, bound) && elapsed() + RepairReserve(usage) < options.TimeLimit)
        {
            iteration++;
            double norm = 0;
            for (int i = 0; i < lambda.Length; i++)
            {
                if (!constrained[i]) continue;
                double d = usage[i] - capacity[i] + beta * direction[i];
                direction[i] = lambda[i] > 0 || d > 0 ? d : 0;
                norm += direction[i] * direction[i];
            }
            if (norm == 0) break;
            double step = theta * targetFraction * (best.Cost - bound) / norm;
            for (int i = 0; i < lambda.Length; i++) lambda[i] = Math.Max(0, lambda[i] + step * direction[i]);
            SolveCategories(Reprice(), cancellationToken);

            double value = LagrangianValue();
            if (value > bound + 0.5)
            {
                bound = value;
                Array.Copy(lambda, bestLambda, lambda.Length);
                sinceImprovement = 0;
            }
            else if (++sinceImprovement >= patience)
            {
                theta /= 2;
                sinceImprovement = 0;
            }
            Tidy();
            usage = Usage();
            Accumulate(iteration);
            var candidate = DropRepair(usage);
            if (candidate.Cost < best.Cost) best = candidate;
            Report(MatchingStage.Pricing, iteration, best.Cost, bound);
        }

        // Polish: re-solve the categories at their true costs, each within a share of the hub area that follows its
        // average use over the iterations (which tends to the best split of the area).
        if (GapPercent(best.Cost, bound) > options.TargetGapPercent)
        {
            if (averageWeight == 0) Accumulate(1);
            var candidate = ShareRepair(cancellationToken);
            if (candidate.Cost < best.Cost) best = candidate;
            Report(MatchingStage.Repairing, iteration, best.Cost, bound);
        }
        if (GapPercent(best.Cost, bound) > options.TargetGapPercent)
        {
            best = Improve(best, cancellationToken);
            Report(MatchingStage.Repairing, iteration, best.Cost, bound);
        }

        // The exported networks carry the prices of the best bound: their optima sum to it (plus Σ λ·area).
        Array.Copy(bestLambda, lambda, lambda.Length);
        Reprice();
        for (int c = 0; c < models.Length; c++)
        {
            for (int s = 0; s < price[c].Length; s++) models[c].Network.SetCost(models[c].StockArcs[s], models[c].StockBaseCost[s] + price[c][s]);
        }
        // Plans of early iterations predate arcs added by pricing since: those carry no flow.
        var flows = Materialize(best);
        for (int c = 0; c < flows.Length; c++)
        {
            if (flows[c].Length < models[c].Network.ArcCount) Array.Resize(ref flows[c], models[c].Network.ArcCount);
        }
        return new LagrangianResult(flows, best.Cost, bound, iteration, pivots) { PricingRounds = pricingRounds, PricingCapped = pricingCapped };
    }

    // The final repair re-solves from scratch the categories that stock where area is priced or short, in parallel;
    // keep half as much again as their first solves took.
    TimeSpan RepairReserve(double[] usage)
    {
        double seconds = 0;
        for (int c = 0; c < models.Length; c++)
        {
            var m = models[c];
            for (int s = 0; s < m.StockArcs.Length; s++)
            {
                int i = m.StockConstraint[s];
                if (constrained[i] && (lambda[i] > 0 || usage[i] > capacity[i] + AreaTolerance)) { seconds += coldSeconds[c]; break; }
            }
        }
        return TimeSpan.FromSeconds(1.5 * seconds / Math.Max(1, Math.Min(options.MaxDegreeOfParallelism, Environment.ProcessorCount)));
    }

    // Every solve leaves large arrays behind (a solution per category per iteration; a network copy and a solver per
    // re-solve in a repair). Left to itself the GC lets them pile up to several times the live data, which at
    // national scale breaks the 4 GB budget; a full collection of a heap of primitive arrays takes milliseconds.
    void Tidy()
    {
        if (GC.GetTotalMemory(false) > settledHeapBytes * 3 / 2) GC.Collect();
    }

    // Later iterates weigh more: their prices are closer to the best ones.
    void Accumulate(int iteration)
    {
        averageWeight += iteration;
        double w = iteration / averageWeight;
        for (int c = 0; c < models.Length; c++)
        {
            var m = models[c];
            var f = relaxed[c].Flows;
            var avg = averageUse[c];
            for (int s = 0; s < avg.Length; s++) avg[s] += w * (f[m.StockArcs[s]] * m.StockArea[s] - avg[s]);
        }
    }

    bool Done(long upper, double lower) => GapPercent(upper, lower) <= options.TargetGapPercent || elapsed() >= options.TimeLimit;

    /// <summary>(upper − lower) / |lower net|, percent; 0 when equal.</summary>
    public double GapPercent(long upperMg, double lowerMg)
    {
        double diff = upperMg - lowerMg;
        if (diff <= 0) return 0;
        return diff / Math.Max(Math.Abs(lowerMg + offsetMg), 1) * 100;
    }

    void Report(MatchingStage stage, int iteration, long upper, double lower) =>
        progress?.Report(new MatchingProgress(stage, iteration, GapPercent(upper, lower))
        {
            Arcs = models.Sum(m => (long)m.Network.ArcCount), PricingRounds = Volatile.Read(ref pricingRounds), Elapsed = elapsed(),
        });

    // The first solve of every network reports each network done (Solving n/N); later re-solves report per iteration.
    TimeSpan solveStarted;
    long totalArcs;
    bool reportSolved;
    int solvedCount;

    // Σ categories' priced optima − Σ λ·capacity: a lower bound on any plan that fits the hubs, because the floored
    // price on a stock arc never exceeds λ times its area.
    double LagrangianValue()
    {
        double value = 0;
        for (int c = 0; c < models.Length; c++) value += relaxed[c].TotalCost + pricingCorrection[c];
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
            var started = elapsed();
            var solution = solvers[c].Solve(cancellationToken);
            if (!solution.IsOptimal)
                throw new InvalidOperationException($"Category network {models[c].Category} is {solution.Status}; the model always has a feasible flow.");
            long extra = 0;
            pricingCorrection[c] = 0;
            if (models[c].Pricer is { } pricer)
            {
                // Column generation: add omitted pairs with a negative reduced cost (the most negative 2k per supply
                // and round) and re-solve from the last
                // basis until there is none; then this optimum is the optimum with every pair.
                var added = new List<CategoryBuilder.Candidate>();
                for (int round = 0; ; round++)
                {
                    added.Clear();
                    double correction = pricer.Price(solution.Potentials, added, Math.Max(2 * options.CandidatePartners, 8));
                    if (added.Count == 0) break;
                    if (round == options.MaxPricingRounds)
                    {
                        pricingCorrection[c] = correction;
                        pricingCapped = true;
                        break;
                    }
                    models[c].AppendDirect(added);
                    extra += solution.Pivots;
                    solvers[c].AppendArcs(models[c].Network);
                    solution = solvers[c].Solve(cancellationToken);
                    if (!solution.IsOptimal)
                        throw new InvalidOperationException($"Category network {models[c].Category} is {solution.Status} after pricing.");
                    Interlocked.Increment(ref pricingRounds);
                }
            }
            if (coldSeconds[c] == 0) coldSeconds[c] = (elapsed() - started).TotalSeconds;
            if (extra > 0) Interlocked.Add(ref pivots, extra);
            relaxed[c] = solution;
            if (reportSolved)
                progress?.Report(new MatchingProgress(MatchingStage.Solving, 0, null)
                {
                    Done = Interlocked.Increment(ref solvedCount), Total = models.Length, Arcs = totalArcs,
                    PricingRounds = Volatile.Read(ref pricingRounds), Elapsed = elapsed(), StageStarted = solveStarted,
                });
        }, cancellationToken);
        foreach (int c in categories) pivots += relaxed[c].Pivots;
    }

    double[] Usage()
    {
        var usage = new double[capacity.Length];
        for (int c = 0; c < models.Length; c++)
        {
            var m = models[c];
            var f = relaxed[c].Flows;
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

    void Parallel(IEnumerable<int> items, Action<int> body, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Parallel.ForEach(items,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = cancellationToken },
            body);
}
