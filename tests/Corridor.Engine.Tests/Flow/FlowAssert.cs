using Corridor.Engine.Flow;

namespace Corridor.Engine.Tests.Flow;

/// <summary>Checks a solution against its network without trusting the solver: bounds, conservation, cost, duals.</summary>
internal static class FlowAssert
{
    /// <summary>Returns null when the optimal solution is feasible, costs what it says and is certified optimal by
    /// its potentials (complementary slackness); otherwise a description of the first violation.</summary>
    public static string? Violation(FlowNetwork network, FlowSolution solution)
    {
        if (!solution.IsOptimal) return $"status {solution.Status}";
        var balance = new long[network.NodeCount];
        Int128 cost = 0;
        for (int a = 0; a < network.ArcCount; a++)
        {
            long f = solution.Flow(a);
            if (f < network.LowerBound(a) || f > network.Capacity(a))
                return $"arc {a}: flow {f} outside [{network.LowerBound(a)}, {network.Capacity(a)}]";
            balance[network.From(a)] += f;
            balance[network.To(a)] -= f;
            cost += (Int128)f * network.Cost(a);

            long reduced = network.Cost(a) + solution.Potential(network.From(a)) - solution.Potential(network.To(a));
            if (reduced < 0 && f != network.Capacity(a))
                return $"arc {a}: reduced cost {reduced} < 0 but flow {f} below capacity";
            if (reduced > 0 && f != network.LowerBound(a))
                return $"arc {a}: reduced cost {reduced} > 0 but flow {f} above lower bound";
        }
        for (int u = 0; u < network.NodeCount; u++)
        {
            if (balance[u] != network.Supply(u))
                return $"node {u}: outflow − inflow = {balance[u]}, supply {network.Supply(u)}";
        }
        return cost == solution.TotalCost ? null : $"total cost {solution.TotalCost}, recomputed {cost}";
    }

    public static void FeasibleAndOptimal(FlowNetwork network, FlowSolution solution)
    {
        var violation = Violation(network, solution);
        Assert.True(violation is null, violation);
    }
}
