using Corridor.Engine.Flow;
using FsCheck;
using FsCheck.Fluent;

namespace Corridor.Engine.Tests.Flow;

/// <summary>
/// FsCheck generators for small networks that hit every outcome: lower bounds, parallel arcs and self-loops,
/// negative costs, infinite capacities (so unbounded cases), and occasionally unbalanced supplies.
/// </summary>
public static class NetworkGenerators
{
    public static Arbitrary<NetworkSpec> Networks() => Network(maxNodes: 7, maxArcs: 14, allowInfinite: true).ToArbitrary();

    public static Gen<NetworkSpec> Network(int maxNodes, int maxArcs, bool allowInfinite, int maxCapacity = 8, bool allowSlack = true) =>
        from n in Gen.Choose(1, maxNodes)
        from supplies in Supplies(n)
        from arcCount in Gen.Choose(0, maxArcs).Select(c => Math.Max(c, Math.Min(maxArcs, 2 * n)))
        from arcs in Arc(n, allowInfinite, maxCapacity).ArrayOf(arcCount)
        from slack in Gen.Frequency((allowSlack ? 1 : 0, Gen.Constant(true)), (2, Gen.Constant(false)))
        select new NetworkSpec(supplies, slack ? [.. arcs, .. SlackArcs(n)] : arcs);

    // Expensive arcs to and from node 0, like the virgin-material and landfill arcs of the matching model: they make
    // a balanced network feasible, so more cases reach a non-trivial optimum.
    static IEnumerable<ArcSpec> SlackArcs(int n) =>
        Enumerable.Range(1, n - 1).SelectMany(u => new[] { new ArcSpec(u, 0, 0, 40, 25), new ArcSpec(0, u, 0, 40, 25) });

    /// <summary>Networks of at most 4 arcs with capacities ≤ 3, small enough to enumerate every flow.</summary>
    public static Arbitrary<NetworkSpec> TinyFinite() => Network(maxNodes: 4, maxArcs: 4, allowInfinite: false, maxCapacity: 3, allowSlack: false).ToArbitrary();

    /// <summary>Up to 30 nodes and 120 arcs: deep trees and long pivot sequences.</summary>
    public static Arbitrary<NetworkSpec> Medium() => Network(maxNodes: 30, maxArcs: 120, allowInfinite: true, maxCapacity: 20).ToArbitrary();

    static Gen<long[]> Supplies(int n) =>
        from raw in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(-4, 4))).Select(x => (long)x).ArrayOf(n)
        from balance in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        select balance ? Balanced(raw) : raw;

    static long[] Balanced(long[] raw)
    {
        var supplies = (long[])raw.Clone();
        supplies[^1] -= supplies.Sum();
        return supplies;
    }

    static Gen<ArcSpec> Arc(int n, bool allowInfinite, int maxCapacity) =>
        from u in Gen.Choose(0, n - 1)
        from v in Gen.Choose(0, n - 1)
        from lower in Gen.Frequency((8, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        from span in Gen.Choose(0, maxCapacity)
        from infinite in Gen.Frequency((allowInfinite ? 1 : 0, Gen.Constant(true)), (5, Gen.Constant(false)))
        from cost in Gen.Choose(-4, 12)
        select new ArcSpec(u, v, lower, infinite ? FlowNetwork.Infinite : lower + span, cost);
}
