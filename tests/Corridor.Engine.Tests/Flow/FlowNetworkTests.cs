using Corridor.Engine.Flow;

namespace Corridor.Engine.Tests.Flow;

public sealed class FlowNetworkTests
{
    [Fact]
    public void AddArc_ParallelArcs_KeepsEachWithItsOwnData()
    {
        var network = new FlowNetwork();
        int a = network.AddNode(), b = network.AddNode();

        int first = network.AddArc(a, b, 1, 5, 7);
        int second = network.AddArc(a, b, 0, FlowNetwork.Infinite, -2);

        Assert.Equal((2, 1, 5L, 7L), (network.ArcCount, network.LowerBound(first), network.Capacity(first), network.Cost(first)));
        Assert.Equal((0L, FlowNetwork.Infinite, -2L), (network.LowerBound(second), network.Capacity(second), network.Cost(second)));
    }

    [Fact]
    public void AddArc_CapacityBelowLowerBound_Throws()
    {
        var network = new FlowNetwork();
        network.AddNodes(2);

        Assert.Throws<ArgumentOutOfRangeException>(() => network.AddArc(0, 1, 3, 2, 0));
    }

    [Fact]
    public void AddArc_UnknownNode_Throws()
    {
        var network = new FlowNetwork();
        network.AddNode();

        Assert.Throws<ArgumentOutOfRangeException>(() => network.AddArc(0, 1, 0, 1, 0));
    }

    [Fact]
    public void AddNode_ManyNodes_GrowsAndKeepsSupplies()
    {
        var network = new FlowNetwork(nodeCapacity: 1);

        for (int i = 0; i < 100; i++) network.AddNode(i);
        network.SetSupply(50, -3);

        Assert.Equal(100, network.NodeCount);
        Assert.Equal(99, network.Supply(99));
        Assert.Equal(-3, network.Supply(50));
    }
}
