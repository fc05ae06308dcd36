using Corridor.Engine.Flow;
using Corridor.Engine.Flow.Dimacs;

namespace Corridor.Engine.Tests.Flow.Dimacs;

public sealed class DimacsReaderTests
{
    static FlowNetwork Read(string text) => DimacsReader.Read(new StringReader(text));

    [Fact]
    public void Read_WellFormedProblem_BuildsZeroBasedNetwork()
    {
        var network = Read("c demo\np min 3 2\nn 1 4\nn 3 -4\na 1 2 0 -1 5\na 2 3 1 9 -2\n");

        Assert.Equal((3, 2), (network.NodeCount, network.ArcCount));
        Assert.Equal((4L, 0L, -4L), (network.Supply(0), network.Supply(1), network.Supply(2)));
        Assert.Equal((0, 1, FlowNetwork.Infinite, 5L), (network.From(0), network.To(0), network.Capacity(0), network.Cost(0)));
        Assert.Equal((1L, 9L, -2L), (network.LowerBound(1), network.Capacity(1), network.Cost(1)));
    }

    [Theory]
    [InlineData("p min 2 1\na 1 2 0 5\n", 2, "missing COST")]
    [InlineData("p min 2 1\na 1 3 0 5 1\n", 2, "DST 3 is not a node id")]
    [InlineData("p min 2 1\nn 0 1\na 1 2 0 5 1\n", 2, "ID 0 is not a node id")]
    [InlineData("c x\np min 2 1\na 1 2 0 five 1\n", 3, "CAP must be a 64-bit integer")]
    [InlineData("p min 2 2\na 1 2 0 5 1\n", 1, "declares 2 arcs but the file has 1")]
    [InlineData("p min 2 1\na 1 2 0 5 1\na 2 1 0 5 1\n", 3, "more arcs than the 1 declared")]
    [InlineData("c only a comment\na 1 2 0 5 1\n", 2, "before the 'p min")]
    [InlineData("c nothing\n", 1, "missing 'p min")]
    [InlineData("p max 2 1\n", 1, "only min-cost-flow")]
    [InlineData("p min 2 0\np min 2 0\n", 2, "second 'p' line")]
    [InlineData("p min 2 0\nn 1 3\nn 1 -3\n", 3, "already has an 'n' line")]
    [InlineData("p min 2 1\na 1 2 4 3 1\n", 2, "CAP 3 is below LOW 4")]
    [InlineData("p min 2 1\na 1 2 0 5 1 9\n", 2, "unexpected extra field")]
    [InlineData("p min 2 0\nx 1\n", 2, "unknown line type 'x'")]
    public void Read_MalformedText_ReportsLineAndReason(string text, int line, string reason)
    {
        var error = Assert.Throws<DimacsFormatException>(() => Read(text));

        Assert.Equal(line, error.LineNumber);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"line {line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WindowsLineEndingsAndBlankLines_AreAccepted()
    {
        var network = Read("p min 2 1\r\n\r\n  n 1 2\r\nn 2 -2\r\na 1 2 0 5 3\r\n");

        Assert.Equal(6, NetworkSimplex.Solve(network).TotalCost);
    }
}
