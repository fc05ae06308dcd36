namespace Corridor.Engine.Tests.Flow.Oracles;

/// <summary>A residual graph with paired edges (e, e^1) for the oracle.</summary>
internal sealed class Residual(int nodes)
{
    readonly List<int> from = [];
    readonly List<int> to = [];
    readonly List<long> residual = [];
    readonly List<long> cost = [];
    readonly List<long> capacity = [];
    int frozenFrom = int.MaxValue;

    public void AddPair(int u, int v, long cap, long unitCost)
    {
        from.Add(u); to.Add(v); residual.Add(cap); cost.Add(unitCost); capacity.Add(cap);
        from.Add(v); to.Add(u); residual.Add(0); cost.Add(-unitCost); capacity.Add(0);
    }

    public long FlowOf(int edge) => capacity[edge] - residual[edge];

    public void FreezeFrom(int edge) => frozenFrom = edge;

    public long MaxFlow(int s, int t)
    {
        long total = 0;
        while (true)
        {
            var via = new int[nodes];
            Array.Fill(via, -1);
            var queue = new Queue<int>([s]);
            bool reached = false;
            while (queue.Count > 0 && !reached)
            {
                int u = queue.Dequeue();
                for (int e = 0; e < from.Count; e++)
                {
                    if (from[e] != u || residual[e] == 0 || to[e] == s || via[to[e]] >= 0) continue;
                    via[to[e]] = e;
                    if (to[e] == t) { reached = true; break; }
                    queue.Enqueue(to[e]);
                }
            }
            if (!reached) return total;
            long push = long.MaxValue;
            for (int v = t; v != s; v = from[via[v]]) push = Math.Min(push, residual[via[v]]);
            for (int v = t; v != s; v = from[via[v]]) Push(via[v], push);
            total += push;
        }
    }

    /// <summary>Edges of a negative-cost cycle with residual capacity, or null.</summary>
    public List<int>? FindNegativeCycle()
    {
        var dist = new long[nodes];
        var via = new int[nodes];
        Array.Fill(via, -1);
        int last = -1;
        for (int round = 0; round < nodes; round++)
        {
            last = -1;
            for (int e = 0; e < from.Count; e++)
            {
                if (residual[e] == 0 || (e & ~1) >= frozenFrom) continue;
                if (dist[from[e]] + cost[e] < dist[to[e]])
                {
                    dist[to[e]] = dist[from[e]] + cost[e];
                    via[to[e]] = e;
                    last = to[e];
                }
            }
            if (last < 0) return null;
        }
        // Still relaxing after n rounds: walking back n steps lands on the cycle.
        int x = last;
        for (int i = 0; i < nodes; i++) x = from[via[x]];
        var cycle = new List<int>();
        int y = x;
        do
        {
            cycle.Add(via[y]);
            y = from[via[y]];
        } while (y != x);
        return cycle;
    }

    public void Augment(List<int> cycle)
    {
        long push = cycle.Min(e => residual[e]);
        foreach (int e in cycle) Push(e, push);
    }

    void Push(int e, long amount)
    {
        residual[e] -= amount;
        residual[e ^ 1] += amount;
    }
}
