using Corridor.Engine.Flow;

namespace Corridor.Engine.Tests.Flow;

public sealed class NetworkSimplexTests
{
    [Fact]
    public void Solve_TwoRoutes_UsesCheaperUntilFullThenDearer()
    {
        var network = new FlowNetwork();
        int s = network.AddNode(10), t = network.AddNode(-10);
        int cheap = network.AddArc(s, t, 0, 6, 2);
        int dear = network.AddArc(s, t, 0, FlowNetwork.Infinite, 5);

        var solution = NetworkSimplex.Solve(network);

        Assert.Equal(FlowStatus.Optimal, solution.Status);
        Assert.Equal(6, solution.Flow(cheap));
        Assert.Equal(4, solution.Flow(dear));
        Assert.Equal(6 * 2 + 4 * 5, solution.TotalCost);
        FlowAssert.FeasibleAndOptimal(network, solution);
    }

    [Fact]
    public void Solve_LowerBound_ForcesFlowOntoExpensiveArc()
    {
        var network = new FlowNetwork();
        int s = network.AddNode(5), t = network.AddNode(-5);
        int cheap = network.AddArc(s, t, 0, 10, 1);
        int forced = network.AddArc(s, t, 3, 10, 100);

        var solution = NetworkSimplex.Solve(network);

        Assert.Equal(3, solution.Flow(forced));
        Assert.Equal(2, solution.Flow(cheap));
        Assert.Equal(302, solution.TotalCost);
    }

    [Fact]
    public void Solve_UnbalancedSupplies_IsInfeasible()
    {
        var network = new FlowNetwork();
        int s = network.AddNode(5), t = network.AddNode(-4);
        network.AddArc(s, t, 0, FlowNetwork.Infinite, 1);

        var solution = NetworkSimplex.Solve(network);

        Assert.Equal(FlowStatus.Infeasible, solution.Status);
        Assert.Throws<InvalidOperationException>(() => solution.Flow(0));
    }

    [Fact]
    public void Solve_InsufficientCapacity_IsInfeasible()
    {
        var network = new FlowNetwork();
        int s = network.AddNode(5), t = network.AddNode(-5);
        network.AddArc(s, t, 0, 4, 1);

        Assert.Equal(FlowStatus.Infeasible, NetworkSimplex.Solve(network).Status);
    }

    [Fact]
    public void Solve_NegativeCycleOfInfiniteCapacity_IsUnbounded()
    {
        var network = new FlowNetwork();
        int a = network.AddNode(), b = network.AddNode();
        network.AddArc(a, b, 0, FlowNetwork.Infinite, -3);
        network.AddArc(b, a, 0, FlowNetwork.Infinite, 1);

        Assert.Equal(FlowStatus.Unbounded, NetworkSimplex.Solve(network).Status);
    }

    [Fact]
    public void Solve_NegativeCycleButNoFeasibleFlow_IsInfeasible()
    {
        var network = new FlowNetwork();
        int a = network.AddNode(), b = network.AddNode();
        int s = network.AddNode(3), t = network.AddNode(-3);
        network.AddArc(a, b, 0, FlowNetwork.Infinite, -3);
        network.AddArc(b, a, 0, FlowNetwork.Infinite, 1);
        network.AddArc(s, t, 0, 2, 1);

        Assert.Equal(FlowStatus.Infeasible, NetworkSimplex.Solve(network).Status);
    }

    [Fact]
    public void Solve_NegativeCycleOfFiniteCapacity_SaturatesIt()
    {
        var network = new FlowNetwork();
        int a = network.AddNode(), b = network.AddNode();
        network.AddArc(a, b, 0, 7, -3);
        network.AddArc(b, a, 0, FlowNetwork.Infinite, 1);
        network.AddArc(a, a, 0, 2, -1);

        var solution = NetworkSimplex.Solve(network);

        Assert.Equal(7 * -3 + 7 * 1 + 2 * -1, solution.TotalCost);
        FlowAssert.FeasibleAndOptimal(network, solution);
    }

    [Fact]
    public void Solve_EmptyNetwork_IsOptimalAtZero()
    {
        var solution = NetworkSimplex.Solve(new FlowNetwork());

        Assert.Equal(FlowStatus.Optimal, solution.Status);
        Assert.Equal(0, solution.TotalCost);
    }

    [Fact]
    public void Solve_ChangedCosts_WarmStartReroutesFlow()
    {
        var network = new FlowNetwork();
        int s = network.AddNode(4), t = network.AddNode(-4);
        int first = network.AddArc(s, t, 0, 10, 1);
        int second = network.AddArc(s, t, 0, 10, 2);
        var solver = new NetworkSimplex(network);
        var before = solver.Solve();

        solver.SetCost(first, 9);
        var after = solver.Solve();

        Assert.Equal(4, before.Flow(first));
        Assert.Equal(4, after.Flow(second));
        Assert.Equal(8, after.TotalCost);
        Assert.Equal(9, solver.Cost(first));
    }

    [Fact]
    public void Solve_CancelledToken_Throws()
    {
        var network = new FlowNetwork();
        network.AddNode(1);
        network.AddNode(-1);
        network.AddArc(0, 1, 0, 1, 1);

        Assert.ThrowsAny<OperationCanceledException>(() => NetworkSimplex.Solve(network, new CancellationToken(true)));
    }

    [Fact]
    public void Solve_AfterCancelledSolve_InstanceStillSolves()
    {
        var network = new FlowNetwork();
        int s = network.AddNode(3), t = network.AddNode(-3);
        network.AddArc(s, t, 0, 5, 4);
        var solver = new NetworkSimplex(network);
        Assert.ThrowsAny<OperationCanceledException>(() => solver.Solve(new CancellationToken(true)));

        var solution = solver.Solve();

        Assert.Equal(12, solution.TotalCost);
    }

    [Fact]
    public void Constructor_SuppliesBeyond62Bits_ThrowsOverflow()
    {
        var network = new FlowNetwork();
        network.AddNode(long.MaxValue / 2);
        network.AddNode(-(long.MaxValue / 2));

        Assert.Throws<OverflowException>(() => new NetworkSimplex(network));
    }

    [Fact]
    public void Solve_CostsTooLargeForPotentials_ThrowsOverflow()
    {
        var network = new FlowNetwork();
        network.AddNode(1);
        network.AddNode(-1);
        network.AddArc(0, 1, 0, 1, long.MaxValue / 4);

        Assert.Throws<OverflowException>(() => NetworkSimplex.Solve(network));
    }

    [Fact]
    public void Solve_TotalCostBeyond64Bits_ThrowsOverflow()
    {
        var network = new FlowNetwork();
        network.AddNode(1L << 40);
        network.AddNode(-(1L << 40));
        network.AddArc(0, 1, 0, FlowNetwork.Infinite, 1L << 40);

        Assert.Throws<OverflowException>(() => NetworkSimplex.Solve(network));
    }

    [Fact]
    public void SetCost_UnknownArc_Throws()
    {
        var solver = new NetworkSimplex(new FlowNetwork());

        Assert.Throws<ArgumentOutOfRangeException>(() => solver.SetCost(0, 1));
    }

    [Fact]
    public void Potential_OptimalSolution_PricesDemandAboveSupplyByPathCost()
    {
        var network = new FlowNetwork();
        int s = network.AddNode(2), m = network.AddNode(), t = network.AddNode(-2);
        network.AddArc(s, m, 0, 5, 3);
        network.AddArc(m, t, 0, 5, 4);

        var solution = NetworkSimplex.Solve(network);

        Assert.Equal(7, solution.Potential(t) - solution.Potential(s));
    }
}
