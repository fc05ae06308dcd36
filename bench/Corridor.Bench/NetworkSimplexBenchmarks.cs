using BenchmarkDotNet.Attributes;
using Corridor.Engine.Flow;

namespace Corridor.Bench;

/// <summary>In-process solve times on generated corridor instances: a cold solve, and a warm re-solve after a
/// Lagrangian-style change of every tenth arc cost (what the matching model does repeatedly).</summary>
[MemoryDiagnoser]
public class NetworkSimplexBenchmarks
{
    FlowNetwork network = new();
    NetworkSimplex warm = new(new FlowNetwork());
    int round;

    [Params(10_000, 100_000)]
    public int Arcs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        network = new CorridorInstanceGenerator(6, 12, 1).Generate(Arcs);
        warm = new NetworkSimplex(network);
        warm.Solve();
    }

    [Benchmark(Baseline = true)]
    public long ColdSolve() => NetworkSimplex.Solve(network).TotalCost;

    [Benchmark]
    public long WarmResolveAfterCostChange()
    {
        round++;
        for (int a = round % 10; a < network.ArcCount; a += 10) warm.SetCost(a, network.Cost(a) + (round % 2 == 0 ? 0 : 7));
        return warm.Solve().TotalCost;
    }
}
