using Corridor.Engine.Flow;
using Corridor.Engine.Flow.Dimacs;

namespace Corridor.Engine.Tests.Flow.Dimacs;

public sealed class DimacsLimitsTests
{
    [Fact]
    public void Read_TwoBillionNodes_IsRefusedOnThePLineBeforeAllocating()
    {
        var error = Assert.Throws<DimacsTooLargeException>(() => DimacsReader.Read(new StringReader("c huge\np min 2000000000 1\na 1 2 0 1 1\n")));

        Assert.Equal(2, error.LineNumber);
        Assert.Equal((2_000_000_000L, 1L), (error.Nodes, error.Arcs));
        Assert.Contains("maximum of 100,000,000 nodes", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("line 2: too large: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ArcsAboveTheMaximum_AreRefused()
    {
        var error = Assert.Throws<DimacsTooLargeException>(() => DimacsReader.Read(new StringReader("p min 2 600000000\n")));

        Assert.Contains("maximum of 500,000,000 arcs", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExactlyAtTheLimits_IsAccepted_OneAboveIsRefused()
    {
        var limits = new DimacsLimits(maxNodes: 2, maxArcs: 1);

        var network = DimacsReader.Read(new StringReader("p min 2 1\nn 1 3\nn 2 -3\na 1 2 0 5 2\n"), limits);
        Assert.Equal((2, 1), (network.NodeCount, network.ArcCount));
        Assert.Equal(6, NetworkSimplex.Solve(network).TotalCost);

        Assert.Contains("maximum of 2 nodes", Assert.Throws<DimacsTooLargeException>(() => DimacsReader.Read(new StringReader("p min 3 1\n"), limits)).Reason, StringComparison.Ordinal);
        Assert.Contains("maximum of 1 arcs", Assert.Throws<DimacsTooLargeException>(() => DimacsReader.Read(new StringReader("p min 2 2\n"), limits)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MoreThanTheMemoryAllows_IsRefusedNamingTheMemory()
    {
        var limits = DimacsLimits.ForMemory(1024 * 1024);

        var error = Assert.Throws<DimacsTooLargeException>(() => DimacsReader.Read(new StringReader("p min 10000 10000\n"), limits));

        Assert.Contains("10,000 nodes and 10,000 arcs need about", error.Reason, StringComparison.Ordinal);
        Assert.Contains("GB is available", error.Reason, StringComparison.Ordinal);
        Assert.Equal(1, DimacsReader.Read(new StringReader("p min 2 1\na 1 2 0 1 1\n"), limits).ArcCount);
    }

    [Fact]
    public void Read_NegativeCounts_StayFormatErrors()
    {
        Assert.Contains("NODES must not be negative", Assert.Throws<DimacsFormatException>(() => DimacsReader.Read(new StringReader("p min -1 0\n"))).Message, StringComparison.Ordinal);
        Assert.Contains("ARCS must not be negative", Assert.Throws<DimacsFormatException>(() => DimacsReader.Read(new StringReader("p min 1 -5\n"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EstimatedBytes_GrowsWithSize_AndSaturatesInsteadOfOverflowing()
    {
        Assert.Equal(10 * DimacsLimits.BytesPerNode + 20 * DimacsLimits.BytesPerArc, DimacsLimits.EstimatedBytes(10, 20));
        Assert.Equal(long.MaxValue, DimacsLimits.EstimatedBytes(long.MaxValue / 2, long.MaxValue / 2));
    }

    [Fact]
    public void Constructor_LimitAboveWhatAFlowNetworkIndexes_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DimacsLimits(maxNodes: int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DimacsLimits(maxArcs: -1));
    }
}
