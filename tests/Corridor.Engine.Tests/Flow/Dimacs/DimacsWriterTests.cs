using Corridor.Engine.Flow;
using Corridor.Engine.Flow.Dimacs;
using FsCheck;
using FsCheck.Xunit;

namespace Corridor.Engine.Tests.Flow.Dimacs;

public sealed class DimacsWriterTests
{
    [Property(Arbitrary = [typeof(NetworkGenerators)], MaxTest = 200)]
    public bool WriteProblem_ThenRead_GivesSameNetwork(NetworkSpec spec)
    {
        var network = spec.ToNetwork();
        var text = new StringWriter();

        DimacsWriter.WriteProblem(network, text, ["generated", "two\nlines"]);
        var back = DimacsReader.Read(new StringReader(text.ToString()));

        return SameNetwork(network, back);
    }

    [Fact]
    public void WriteProblem_Comments_BecomeCommentLinesBeforeProblemLine()
    {
        var network = new FlowNetwork();
        network.AddNode(1);
        network.AddNode(-1);
        network.AddArc(0, 1, 0, FlowNetwork.Infinite, 3);
        var text = new StringWriter();

        DimacsWriter.WriteProblem(network, text, ["corridor export", "a\nb"]);

        Assert.Equal("c corridor export\nc a\nc b\np min 2 1\nn 1 1\nn 2 -1\na 1 2 0 -1 3\n", text.ToString());
    }

    [Fact]
    public void WriteSolution_ParallelArcs_OneLinePerArcWithFlowInInputOrder()
    {
        var network = new FlowNetwork();
        int s = network.AddNode(9), t = network.AddNode(-9);
        network.AddArc(s, t, 0, 4, 1);
        network.AddArc(s, t, 0, 4, 50);
        network.AddArc(s, t, 0, 4, 2);
        var text = new StringWriter();

        DimacsWriter.WriteSolution(network, NetworkSimplex.Solve(network), text);

        Assert.Equal("s 62\nf 1 2 4\nf 1 2 1\nf 1 2 4\n", text.ToString());
    }

    [Fact]
    public void WriteSolution_InfeasibleSolution_Throws()
    {
        var network = new FlowNetwork();
        network.AddNode(1);

        Assert.Throws<ArgumentException>(() => DimacsWriter.WriteSolution(network, NetworkSimplex.Solve(network), new StringWriter()));
    }

    static bool SameNetwork(FlowNetwork a, FlowNetwork b)
    {
        if (a.NodeCount != b.NodeCount || a.ArcCount != b.ArcCount) return false;
        for (int u = 0; u < a.NodeCount; u++)
        {
            if (a.Supply(u) != b.Supply(u)) return false;
        }
        for (int e = 0; e < a.ArcCount; e++)
        {
            if ((a.From(e), a.To(e), a.LowerBound(e), a.Capacity(e), a.Cost(e)) !=
                (b.From(e), b.To(e), b.LowerBound(e), b.Capacity(e), b.Cost(e))) return false;
        }
        return true;
    }
}
