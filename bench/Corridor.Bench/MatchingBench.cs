using System.Diagnostics;
using System.Globalization;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Matching;

namespace Corridor.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Corridor.Bench -- match-bench [--lots N] [--hubs H] [--weeks W]
/// [--seed S] [--max-km D] [--hub-m2 A] [--iterations I] [--time-limit S] [--rules 1]</c>: generates a national corridor
/// (default 100,000 lots, 50 hubs of 0.2–2 ha, 104 weeks, the 41 shipped categories, 75 km legs) and plans it end to
/// end. Target (issue 3): under 60 s, under 4 GB, gap under 0.5 %. <c>--hub-m2 4000</c> makes the hubs bind hard.
/// <c>--rules 1</c> turns the rules of the game on: every fifth demand lot priority 1, hazardous lots allowed, reuse
/// before recycling.
/// </summary>
public static class MatchingBench
{
    public static int Run(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
        int Get(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        int lots = Get("--lots", 100_000), hubs = Get("--hubs", 50), weeks = Get("--weeks", 104), seed = Get("--seed", 1);
        int hubArea = Get("--hub-m2", 20_000);
        bool rulesOfTheGame = Get("--rules", 0) != 0;
        var rules = new MatchingRules { MaxDistanceKm = Get("--max-km", 75), ExcludeHazardous = !rulesOfTheGame, ReuseBeforeRecycling = rulesOfTheGame };
        var matching = new MatchingOptions { MaxIterations = Get("--iterations", 60), TimeLimit = TimeSpan.FromSeconds(Get("--time-limit", 40)) };
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}; {Environment.ProcessorCount} cores");

        // Batch latency: no background GC, so the heap stays close to what is live (peak working set is a target).
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
        var sw = Stopwatch.StartNew();
        var input = new MatchingCorridorGenerator(seed).Generate(lots, hubs, weeks, hubArea, ReferenceCatalog.Categories, rules);
        if (rulesOfTheGame) input = input with { Demand = input.Demand.Select((d, i) => d with { Priority = i % 5 == 0 ? 1 : 0 }).ToList() };
        Console.WriteLine($"generated {input.Supply.Count:N0} supply + {input.Demand.Count:N0} demand lots, {input.Hubs.Count} hubs, {input.Categories.Count} categories in {sw.Elapsed.TotalSeconds:F1} s");

        var last = Stopwatch.StartNew();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Stage is MatchingStage.Pricing or MatchingStage.Done || last.Elapsed.TotalSeconds > 5)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {sw.Elapsed.TotalSeconds,6:F1} s  {p.Stage,-9} iteration {p.Iteration,3}  gap {(p.GapPercent is { } g ? g.ToString("F3", CultureInfo.InvariantCulture) + " %" : "-")}"));
                last.Restart();
            }
        });
        // Sample the working set and the managed heap to tell which stage peaks.
        long peakHeap = 0;
        string peakStage = "";
        var stage = MatchingStage.Preparing;
        using var sampler = new Timer(_ =>
        {
            long heap = GC.GetTotalMemory(false);
            if (heap > peakHeap) (peakHeap, peakStage) = (heap, stage.ToString());
        }, null, 0, 100);
        var staged = new SynchronousProgress(p => { stage = p.Stage; progress.Report(p); });
        sw.Restart();
        var plan = Matcher.Plan(input, matching, staged);
        double seconds = sw.Elapsed.TotalSeconds;

        var s = plan.Statistics;
        var t = plan.Totals;
        using var process = Process.GetCurrentProcess();
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"lots {s.Lots:N0}; categories solved {s.Categories}; nodes {s.Nodes:N0}; arcs {s.Arcs:N0}"));
        Console.WriteLine(string.Create(inv, $"iterations {s.Iterations}; pivots {s.Pivots:N0}; matches {plan.Matches.Count:N0}; unmatched {plan.Unmatched.Count:N0}"));
        Console.WriteLine(string.Create(inv, $"reused {t.ReusedMassKg / 1000:N0} t; demand met {t.DemandMetPercent:F1} %; net {t.NetCo2eKg / 1000:N1} t CO2e; bound {t.LowerBoundCo2eKg / 1000:N1} t; gap {t.OptimalityGapPercent:F3} %"));
        if (t.ObjectiveIncludesVirtualBonuses)
            Console.WriteLine(string.Create(inv, $"objective with virtual bonuses {t.ObjectiveCo2eKg / 1000:N1} t (the bound and the gap refer to it)"));
        Console.WriteLine(string.Create(inv, $"hub land: peak total {plan.Land.TotalPeakHectares:F1} ha; hub periods full {plan.HubOccupancy.Count(o => o.AreaM2 > 0.99 * o.CapacityM2):N0} of {plan.HubOccupancy.Count:N0}"));
        Console.WriteLine(string.Create(inv, $"seconds {seconds:F1} (plan's own clock {t.SolveSeconds:F1}); user CPU {process.UserProcessorTime.TotalSeconds:F1} s"));
        Console.WriteLine(string.Create(inv, $"peak working set {process.PeakWorkingSet64 / 1e9:F2} GB; GC heap after last collection {GC.GetGCMemoryInfo().HeapSizeBytes / 1e9:F2} GB; gen2 collections {GC.CollectionCount(2)}"));
        Console.WriteLine(string.Create(inv, $"peak managed heap (sampled) {peakHeap / 1e9:F2} GB, during {peakStage}"));
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    sealed class SynchronousProgress(Action<MatchingProgress> report) : IProgress<MatchingProgress>
    {
        public void Report(MatchingProgress value) => report(value);
    }
}
