using System.Diagnostics;
using System.Globalization;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Matching;

namespace Corridor.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Corridor.Bench -- stress --lots N --shape national|dense|extreme
/// [--partners K] [--threshold ARCS] [--hubs H] [--rounds R] [--seed S] [--max-km D] [--iterations I] [--time-limit S]</c>:
/// plans a stress corridor of issue 14 (see <see cref="StressShape"/>) and prints arcs, time, CPU, memory and gap,
/// ending with one <c>row:</c> line for docs/scaling.md. <c>--partners 0</c> builds every pair (today's model).
/// </summary>
public static class StressBench
{
    public static int Run(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
        string GetS(string name, string fallback) => options.TryGetValue(name, out var v) ? v : fallback;
        long Get(string name, long fallback) => options.TryGetValue(name, out var v) ? long.Parse(v, CultureInfo.InvariantCulture) : fallback;
        int lots = (int)Get("--lots", 10_000), seed = (int)Get("--seed", 1);
        var shape = StressShape.Parse(GetS("--shape", "national"));
        if (options.ContainsKey("--hubs")) shape = shape with { Hubs = (int)Get("--hubs", shape.Hubs) };
        var defaults = new MatchingOptions();
        var matching = new MatchingOptions
        {
            MaxIterations = (int)Get("--iterations", defaults.MaxIterations),
            TimeLimit = TimeSpan.FromSeconds(Get("--time-limit", 40)),
            CandidatePartners = (int)Get("--partners", defaults.CandidatePartners),
            PartnerArcThreshold = Get("--threshold", defaults.PartnerArcThreshold),
            MaxPricingRounds = (int)Get("--rounds", defaults.MaxPricingRounds),
        };
        var rules = new MatchingRules { MaxDistanceKm = Get("--max-km", 75) };
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}; {Environment.ProcessorCount} cores");
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;

        var sw = Stopwatch.StartNew();
        var input = new StressCorridorGenerator(seed).Generate(lots, shape, ReferenceCatalog.Categories, rules);
        Console.WriteLine($"shape {shape}");
        Console.WriteLine($"generated {input.Supply.Count:N0} supply + {input.Demand.Count:N0} demand lots, {input.Hubs.Count} hubs, {input.Categories.Count} categories in {sw.Elapsed.TotalSeconds:F1} s");

        var last = Stopwatch.StartNew();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Stage is MatchingStage.Pricing or MatchingStage.Done || last.Elapsed.TotalSeconds > 5)
            {
                Console.WriteLine(string.Create(inv, $"  {sw.Elapsed.TotalSeconds,6:F1} s  {p.Stage,-9} iteration {p.Iteration,3}  gap {(p.GapPercent is { } g ? g.ToString("F3", inv) + " %" : "-")}"));
                last.Restart();
            }
        });
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        sw.Restart();
        var plan = Matcher.Plan(input, matching, progress);
        double seconds = sw.Elapsed.TotalSeconds;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;

        var s = plan.Statistics;
        var t = plan.Totals;
        Console.WriteLine(string.Create(inv, $"lots {s.Lots:N0}; categories solved {s.Categories}; nodes {s.Nodes:N0}; arcs {s.Arcs:N0}"));
        Console.WriteLine(string.Create(inv, $"compatible direct pairs {s.CandidatePairs:N0}; priced arcs added {s.PricedArcs:N0} in {s.PricingRounds} rounds; pricing capped {s.PricingCapped}"));
        Console.WriteLine(string.Create(inv, $"iterations {s.Iterations}; pivots {s.Pivots:N0}; matches {plan.Matches.Count:N0}; unmatched {plan.Unmatched.Count:N0}"));
        Console.WriteLine(string.Create(inv, $"net {t.NetCo2eKg / 1000:N1} t CO2e; bound {t.LowerBoundCo2eKg / 1000:N1} t; gap {t.OptimalityGapPercent:F3} %"));
        Console.WriteLine(string.Create(inv, $"seconds {seconds:F1}; CPU {cpu:F1} s; peak working set {process.PeakWorkingSet64 / 1e9:F2} GB"));
        string load = File.ReadAllText("/proc/loadavg").Trim();
        Console.WriteLine($"load average {load}");
        Console.WriteLine(string.Create(inv,
            $"row: | {shape.Name} | {lots:N0} | {matching.CandidatePartners} | {s.CandidatePairs:N0} | {s.Arcs:N0} | {s.PricedArcs:N0} / {s.PricingRounds} | {seconds:F1} | {cpu:F1} | {process.PeakWorkingSet64 / 1e9:F2} | {t.OptimalityGapPercent:F3}{(s.PricingCapped ? " (capped)" : "")} | {load.Split(' ')[0]} |"));
        return 0;
    }

    sealed class SynchronousProgress(Action<MatchingProgress> report) : IProgress<MatchingProgress>
    {
        public void Report(MatchingProgress value) => report(value);
    }
}
