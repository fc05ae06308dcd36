using Corridor.Engine.Flow;

namespace Corridor.Engine.Tests.Flow.Oracles;

/// <summary>
/// Independent reference solver for small networks: lower bounds shifted out, feasibility by Edmonds–Karp max flow
/// from a super source to a super sink, unboundedness by Bellman–Ford on the infinite-capacity arcs alone, and the
/// optimum by cancelling negative residual cycles (Bellman–Ford) until none is left. Slow and simple on purpose.
/// </summary>
internal static class CycleCancelingOracle
{
    public static OracleResult Solve(NetworkSpec spec)
    {
        int n = spec.Supplies.Length;
        if (spec.Supplies.Sum() != 0) return new(FlowStatus.Infeasible, 0);

        var excess = (long[])spec.Supplies.Clone();
        long big = 1;
        foreach (var a in spec.Arcs)
        {
            excess[a.From] -= a.Lower;
            excess[a.To] += a.Lower;
            if (a.Capacity != FlowNetwork.Infinite) big += a.Capacity - a.Lower;
        }
        big += excess.Sum(Math.Abs);

        // Residual graph: edge 2i is arc i forward, 2i+1 its reverse; then the super source/sink edges.
        var graph = new Residual(n + 2);
        foreach (var a in spec.Arcs)
            graph.AddPair(a.From, a.To, a.Capacity == FlowNetwork.Infinite ? big : a.Capacity - a.Lower, a.Cost);
        int s = n, t = n + 1;
        long required = 0;
        for (int u = 0; u < n; u++)
        {
            if (excess[u] > 0) { graph.AddPair(s, u, excess[u], 0); required += excess[u]; }
            if (excess[u] < 0) graph.AddPair(u, t, -excess[u], 0);
        }
        if (graph.MaxFlow(s, t) != required) return new(FlowStatus.Infeasible, 0);
        if (HasNegativeInfiniteCycle(spec)) return new(FlowStatus.Unbounded, 0);

        // The super source/sink edges are saturated now; freeze them so cycles only use real arcs.
        graph.FreezeFrom(2 * spec.Arcs.Length);
        while (graph.FindNegativeCycle() is { } cycle) graph.Augment(cycle);

        long cost = 0;
        for (int i = 0; i < spec.Arcs.Length; i++)
            cost += (graph.FlowOf(2 * i) + spec.Arcs[i].Lower) * spec.Arcs[i].Cost;
        return new(FlowStatus.Optimal, cost);
    }

    static bool HasNegativeInfiniteCycle(NetworkSpec spec)
    {
        var infinite = spec.Arcs.Where(a => a.Capacity == FlowNetwork.Infinite).ToArray();
        var dist = new long[spec.Supplies.Length];
        for (int round = 0; round <= spec.Supplies.Length; round++)
        {
            bool relaxed = false;
            foreach (var a in infinite)
            {
                if (dist[a.From] + a.Cost < dist[a.To])
                {
                    dist[a.To] = dist[a.From] + a.Cost;
                    relaxed = true;
                }
            }
            if (!relaxed) return false;
        }
        return true;
    }
}
