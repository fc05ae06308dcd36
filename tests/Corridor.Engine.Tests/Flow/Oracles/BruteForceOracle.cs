using Corridor.Engine.Flow;

namespace Corridor.Engine.Tests.Flow.Oracles;

/// <summary>Tries every integer flow of a tiny network with finite bounds: the most literal reference there is.</summary>
internal static class BruteForceOracle
{
    public static OracleResult Solve(NetworkSpec spec)
    {
        if (spec.Arcs.Any(a => a.Capacity == FlowNetwork.Infinite))
            throw new ArgumentException("Brute force needs finite capacities.", nameof(spec));
        var flows = spec.Arcs.Select(a => a.Lower).ToArray();
        long? best = null;
        while (true)
        {
            if (Conserves(spec, flows))
            {
                long cost = 0;
                for (int i = 0; i < flows.Length; i++) cost += flows[i] * spec.Arcs[i].Cost;
                if (best is null || cost < best) best = cost;
            }
            if (!Next(spec, flows)) break;
        }
        return best is { } min ? new(FlowStatus.Optimal, min) : new(FlowStatus.Infeasible, 0);
    }

    static bool Conserves(NetworkSpec spec, long[] flows)
    {
        var balance = new long[spec.Supplies.Length];
        for (int i = 0; i < flows.Length; i++)
        {
            balance[spec.Arcs[i].From] += flows[i];
            balance[spec.Arcs[i].To] -= flows[i];
        }
        return balance.SequenceEqual(spec.Supplies);
    }

    // Odometer over [lower, capacity] per arc.
    static bool Next(NetworkSpec spec, long[] flows)
    {
        for (int i = 0; i < flows.Length; i++)
        {
            if (flows[i] < spec.Arcs[i].Capacity) { flows[i]++; return true; }
            flows[i] = spec.Arcs[i].Lower;
        }
        return false;
    }
}
