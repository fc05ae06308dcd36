using Corridor.Engine.Flow;
using Corridor.Engine.Flow.Dimacs;

namespace Corridor.Engine.Tests.Flow;

public sealed class SharedInstanceTests
{
    public static TheoryData<string> Instances() => SharedInstances.Names();

    [Theory]
    [MemberData(nameof(Instances))]
    public void Solve_SharedInstance_ReachesListedOptimumWithFeasibleFlow(string name)
    {
        var listed = SharedInstances.ListedCosts(name);
        using var reader = File.OpenText(SharedInstances.PathOf(name));
        var network = DimacsReader.Read(reader);

        var solution = NetworkSimplex.Solve(network);

        Assert.NotEmpty(listed);
        Assert.Equal(FlowStatus.Optimal, solution.Status);
        Assert.All(listed, cost => Assert.Equal(cost, solution.TotalCost));
        FlowAssert.FeasibleAndOptimal(network, solution);
    }

    [SkippableFact]
    public void Names_SharedFolder_ListsEveryInstance()
    {
        SharedInstances.RequireFullSet();
        var names = SharedInstances.Names();

        Assert.True(names.Count >= 11, $"only {names.Count} instances in {SharedInstances.Directory}");
    }
}
