using Corridor.Engine.Flow;

namespace Corridor.Engine.Matching;

/// <summary>
/// Plans which supply goes to which demand, directly or through a hub and when, minimising the corridor's net CO2
/// within every window, distance rule and hub area, and proves how far from optimal the plan can be.
/// See docs/decisions/0006-matching-model.md.
/// </summary>
public static class Matcher
{
    const double MgPerKg = 1e6;

    /// <summary>Computes a plan.</summary>
    /// <param name="progress">Receives the stage, the Lagrangian iteration and the gap so far.</param>
    /// <param name="timeProvider">Clock for <see cref="PlanTotals.SolveSeconds"/> and the time limit; the system clock when null.</param>
    /// <exception cref="ArgumentNullException">The input or one of its lists is null.</exception>
    /// <exception cref="ArgumentException">
    /// Duplicate lot ids, hub codes or category keys; a rule, option, hub area or category factor out of range;
    /// a fixed flow naming unknown lots or hubs, mixing categories, or using more than a lot has.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <param name="cancellationToken">Stops the solve.</param>
    /// <param name="input">Lots, hubs, agreed flows, horizon and rules.</param>
    /// <param name="options">Solver limits; the defaults when null.</param>
    public static MatchingPlan Plan(
        MatchingInput input,
        MatchingOptions? options = null,
        IProgress<MatchingProgress>? progress = null,
        TimeProvider? timeProvider = null,
        CancellationToken cancellationToken = default)
    {
        Guard(input);
        options ??= new MatchingOptions();
        GuardOptions(options);
        var time = timeProvider ?? TimeProvider.System;
        long started = time.GetTimestamp();
        TimeSpan Elapsed() => time.GetElapsedTime(started);

        progress?.Report(new MatchingProgress(MatchingStage.Preparing, 0, null));
        var prepared = new PreparedInput(input);
        var models = BuildModels(prepared, options, progress, Elapsed, cancellationToken);

        var capacity = new double[prepared.Hubs.Length * prepared.Timeline.Count];
        for (int h = 0; h < prepared.Hubs.Length; h++)
        {
            for (int t = 0; t < prepared.Timeline.Count; t++)
            {
                int i = h * prepared.Timeline.Count + t;
                capacity[i] = Math.Max(0, prepared.Hubs[h].AreaM2 - prepared.Reserved[i]);
            }
        }
        double fixedNetKg = new PlanAssembler(prepared, [], []).FixedNetKg();
        long baselineMg = models.Sum(m => m.BaselineMg);
        long offsetMg = (long)Math.Round(fixedNetKg * MgPerKg) - baselineMg;

        LagrangianResult result;
        if (models.Length == 0)
        {
            result = new LagrangianResult([], 0, 0, 0, 0);
        }
        else
        {
            var solver = new LagrangianSolver(models, capacity, prepared.Hubs.Length, offsetMg, options, Elapsed, progress);
            result = solver.Solve(cancellationToken);
        }
        progress?.Report(new MatchingProgress(MatchingStage.Reporting, result.Iterations, null) { Elapsed = Elapsed() });
        double lowerKg = (result.LowerBoundMg - baselineMg) / MgPerKg + fixedNetKg;
        double upperKg = (result.UpperBoundMg - baselineMg) / MgPerKg + fixedNetKg;
        var statistics = new SolveStatistics(
            input.Supply.Count + input.Demand.Count,
            models.Length,
            models.Sum(m => m.Network.NodeCount),
            models.Sum(m => (long)m.Network.ArcCount),
            result.Iterations,
            result.Pivots)
        {
            CandidatePairs = models.Sum(m => m.Pricer?.AllPairs ?? (m.ChainArcStart - m.DirectStart)),
            PricedArcs = models.Sum(m => (long)m.PricedArcs),
            PricingRounds = result.PricingRounds,
            PricingCapped = result.PricingCapped,
        };
        var plan = new PlanAssembler(prepared, models, result.Flows).Assemble(lowerKg, upperKg, statistics, Elapsed);
        progress?.Report(new MatchingProgress(MatchingStage.Done, result.Iterations, plan.Totals.OptimalityGapPercent)
        {
            Arcs = statistics.Arcs, PricingRounds = result.PricingRounds, Elapsed = Elapsed(),
        });
        return plan;
    }

    static CategoryModel[] BuildModels(PreparedInput prepared, MatchingOptions options, IProgress<MatchingProgress>? progress, Func<TimeSpan> elapsed,
        CancellationToken cancellationToken)
    {
        int n = prepared.Categories.Count;
        var supplies = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        var demands = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        for (int s = 0; s < prepared.Supply.Length; s++)
        {
            ref readonly var x = ref prepared.Supply[s];
            if (x.Excluded is null && x.Remaining > 0) supplies[x.Category].Add(s);
        }
        for (int d = 0; d < prepared.Demand.Length; d++)
        {
            ref readonly var x = ref prepared.Demand[d];
            if (x.Excluded is null && x.Remaining > 0) demands[x.Category].Add(d);
        }
        var categories = Enumerable.Range(0, n).Where(c => supplies[c].Count > 0 && demands[c].Count > 0).ToArray();
        var models = new CategoryModel[categories.Length];
        int built = 0;
        long arcs = 0;
        var started = elapsed();
        progress?.Report(new MatchingProgress(MatchingStage.Building, 0, null) { Total = categories.Length, Elapsed = started, StageStarted = started });
        Parallel.For(0, categories.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = cancellationToken },
            k =>
            {
                int c = categories[k];
                models[k] = new CategoryBuilder(prepared, c, [.. supplies[c]], [.. demands[c]], options).Build(cancellationToken);
                long total = Interlocked.Add(ref arcs, models[k].Network.ArcCount);
                progress?.Report(new MatchingProgress(MatchingStage.Building, 0, null)
                {
                    Done = Interlocked.Increment(ref built), Total = categories.Length, Arcs = total, Elapsed = elapsed(), StageStarted = started,
                });
            });
        return models;
    }

    static void Guard(MatchingInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Supply);
        ArgumentNullException.ThrowIfNull(input.Demand);
        ArgumentNullException.ThrowIfNull(input.Hubs);
        ArgumentNullException.ThrowIfNull(input.Categories);
        ArgumentNullException.ThrowIfNull(input.Rules);
        var rules = input.Rules;
        ArgumentNullException.ThrowIfNull(rules.FixedFlows);
        ArgumentNullException.ThrowIfNull(rules.MinimumGradeByCategory);
        if (!(rules.MaxDistanceKm > 0)) throw new ArgumentException("MaxDistanceKm must be positive.", nameof(input));
        if (!(rules.DetourFactor >= 1) || !double.IsFinite(rules.DetourFactor)) throw new ArgumentException("DetourFactor must be a finite number ≥ 1.", nameof(input));
        NotNegative(rules.Vehicle.Co2eKgPerTonneKm, "Vehicle factor");
        NotNegative(rules.HandlingCo2eKgPerTonne, nameof(rules.HandlingCo2eKgPerTonne));
        NotNegative(rules.StorageCo2eKgPerTonneDay, nameof(rules.StorageCo2eKgPerTonneDay));
        if (input.Horizon.End < input.Horizon.Start) throw new ArgumentException("The horizon ends before it starts.", nameof(input));
        foreach (var hub in input.Hubs)
        {
            ArgumentNullException.ThrowIfNull(hub, nameof(input));
            ArgumentNullException.ThrowIfNull(hub.AcceptedCategoryKeys, nameof(input));
            if (double.IsNaN(hub.StorageAreaM2) || hub.StorageAreaM2 < 0) throw new ArgumentException($"Hub '{hub.Code}' has a negative or undefined area.", nameof(input));
        }
        foreach (var c in input.Categories)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(input));
            if (!double.IsFinite(c.EmbodiedCo2eKgPerKg) || !double.IsFinite(c.EndOfLifeCo2eKgPerKg) || !double.IsFinite(c.StorageM2PerTonne) || c.StorageM2PerTonne < 0)
                throw new ArgumentException($"Category '{c.Key}' has a factor that is not finite, or a negative storage density.", nameof(input));
        }
        if (input.Supply.Any(s => s is null) || input.Demand.Any(d => d is null)) throw new ArgumentException("A lot is null.", nameof(input));
        NotNegative(rules.PriorityBonusCo2eKgPerTonne, nameof(rules.PriorityBonusCo2eKgPerTonne));
        int highest = 0;
        foreach (var d in input.Demand)
        {
            if (d.Priority < 0) throw new ArgumentException($"Demand lot '{d.Id}' has a negative priority.", nameof(input));
            highest = Math.Max(highest, d.Priority);
        }
        if (highest * rules.PriorityBonusCo2eKgPerTonne > MatchingRules.MaxPriorityBonusCo2eKgPerTonne)
            throw new ArgumentException(
                $"Priority {highest} × {rules.PriorityBonusCo2eKgPerTonne} kg/t exceeds {MatchingRules.MaxPriorityBonusCo2eKgPerTonne} kg/t.", nameof(input));
    }

    static void GuardOptions(MatchingOptions options)
    {
        if (options.MaxIterations < 0) throw new ArgumentException("MaxIterations must not be negative.", nameof(options));
        if (!(options.TargetGapPercent >= 0)) throw new ArgumentException("TargetGapPercent must not be negative.", nameof(options));
        if (options.CandidatePartners < 0) throw new ArgumentException("CandidatePartners must not be negative.", nameof(options));
        if (options.PartnerArcThreshold < 0) throw new ArgumentException("PartnerArcThreshold must not be negative.", nameof(options));
        if (options.MaxPricingRounds < 0) throw new ArgumentException("MaxPricingRounds must not be negative.", nameof(options));
    }

    static void NotNegative(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0) throw new ArgumentException($"{name} must be finite and not negative.", name);
    }
}
