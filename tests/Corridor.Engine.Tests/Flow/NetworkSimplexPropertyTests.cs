using Corridor.Engine.Flow;
using Corridor.Engine.Tests.Flow.Oracles;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Corridor.Engine.Tests.Flow;

public sealed class NetworkSimplexPropertyTests
{
    [Property(Arbitrary = [typeof(NetworkGenerators)], MaxTest = 1000)]
    public Property Solve_SmallNetwork_AgreesWithCycleCancelingOracle(NetworkSpec spec)
    {
        var expected = CycleCancelingOracle.Solve(spec);

        var solution = NetworkSimplex.Solve(spec.ToNetwork());

        return (OracleResult.Of(solution) == expected)
            .Label($"solver {OracleResult.Of(solution)}, oracle {expected}")
            .Classify(expected.Status == FlowStatus.Optimal, "optimal")
            .Classify(expected.Status == FlowStatus.Infeasible, "infeasible")
            .Classify(expected.Status == FlowStatus.Unbounded, "unbounded");
    }

    [Property(MaxTest = 300)]
    public Property Solve_MediumNetwork_AgreesWithCycleCancelingOracle() =>
        Prop.ForAll(NetworkGenerators.Medium(), spec =>
        {
            var expected = CycleCancelingOracle.Solve(spec);

            var solution = NetworkSimplex.Solve(spec.ToNetwork());

            return (OracleResult.Of(solution) == expected)
                .Label($"solver {OracleResult.Of(solution)}, oracle {expected}")
                .Classify(expected.Status == FlowStatus.Optimal, "optimal")
                .Classify(expected.Status == FlowStatus.Infeasible, "infeasible")
                .Classify(expected.Status == FlowStatus.Unbounded, "unbounded");
        });

    [Property(MaxTest = 500)]
    public Property Solve_TinyNetwork_AgreesWithBruteForce() =>
        Prop.ForAll(NetworkGenerators.TinyFinite(), spec =>
        {
            var expected = BruteForceOracle.Solve(spec);

            var solution = NetworkSimplex.Solve(spec.ToNetwork());

            return (OracleResult.Of(solution) == expected)
                .Label($"solver {OracleResult.Of(solution)}, brute force {expected}")
                .Classify(expected.Status == FlowStatus.Optimal, "optimal");
        });

    [Property(Arbitrary = [typeof(NetworkGenerators)], MaxTest = 500)]
    public Property Solve_OptimalResult_IsFeasibleAndCertifiedByPotentials(NetworkSpec spec)
    {
        var network = spec.ToNetwork();

        var solution = NetworkSimplex.Solve(network);

        var violation = solution.IsOptimal ? FlowAssert.Violation(network, solution) : null;
        return (violation is null).Label(violation ?? "");
    }

    [Property(MaxTest = 300)]
    public Property Solve_AfterCostChanges_WarmStartMatchesColdSolve() =>
        Prop.ForAll(NetworkGenerators.Medium(), Gen.Choose(-10, 30).Select(x => (long)x).ArrayOf(97).ToArbitrary(), (spec, pool) =>
        {
            var solver = new NetworkSimplex(spec.ToNetwork());
            solver.Solve();
            var costs = Enumerable.Range(0, spec.Arcs.Length).Select(a => pool[a % pool.Length]).ToArray();
            for (int a = 0; a < costs.Length; a++) solver.SetCost(a, costs[a]);
            var changed = spec.WithCosts(costs);

            var warm = solver.Solve();

            var cold = NetworkSimplex.Solve(changed.ToNetwork());
            var violation = warm.IsOptimal ? FlowAssert.Violation(changed.ToNetwork(), warm) : null;
            return (OracleResult.Of(warm) == OracleResult.Of(cold) && violation is null)
                .Label($"warm {OracleResult.Of(warm)}, cold {OracleResult.Of(cold)} {violation}");
        });

    // Column generation: solve with part of the arcs, append the rest (zero lower bounds) and re-solve from the old
    // basis; the answer must be the cold optimum of the whole network.
    [Property(MaxTest = 300)]
    public Property Solve_AppendedArcsWarmStart_AgreesWithColdSolve() =>
        Prop.ForAll(NetworkGenerators.Medium(), spec =>
        {
            var ordered = spec.Arcs.Where(a => a.Lower != 0).Concat(spec.Arcs.Where(a => a.Lower == 0)).ToArray();
            int keep = Math.Max(ordered.Count(a => a.Lower != 0), ordered.Length / 2);
            var full = spec with { Arcs = ordered };
            var network = (spec with { Arcs = ordered[..keep] }).ToNetwork();
            var first = new NetworkSimplex(network);
            var partial = first.Solve();
            if (!partial.IsOptimal) return true.Classify(true, "prefix not optimal");
            foreach (var a in ordered[keep..]) network.AddArc(a.From, a.To, a.Lower, a.Capacity, a.Cost);
            first.AppendArcs(network);
            var warm = first.Solve();
            var cold = NetworkSimplex.Solve(full.ToNetwork());
            var violation = warm.IsOptimal ? FlowAssert.Violation(network, warm) : null;
            return (OracleResult.Of(warm) == OracleResult.Of(cold) && violation is null)
                .Label($"warm {OracleResult.Of(warm)}, cold {OracleResult.Of(cold)} {violation}")
                .Classify(warm.IsOptimal, "optimal");
        });
}
