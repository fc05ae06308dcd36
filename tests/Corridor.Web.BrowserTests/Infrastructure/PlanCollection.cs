// The collections run side by side, each on its own app and database with contexts of the one chromium: the tests of
// one collection wait on the app and the browser, which leaves a core for another collection.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]

namespace Corridor.Web.BrowserTests.Infrastructure;

/// <summary>
/// The plan tests get their own app and database (a second <see cref="CorridorAppFixture"/>): plans change the overview's
/// figures and alerts, which the other tests check on a corridor without a plan.
/// </summary>
[CollectionDefinition(Name), ClosePagesAfterTest]
public sealed class PlanCollection : ICollectionFixture<CorridorAppFixture>
{
    public const string Name = "plans";
}

/// <summary>
/// The match workflow test gets its own app: it runs a plan of its own and moves a match to installed, and it is long,
/// so it runs beside the other plan tests instead of after them.
/// </summary>
[CollectionDefinition(Name), ClosePagesAfterTest]
public sealed class WorkflowCollection : ICollectionFixture<CorridorAppFixture>
{
    public const string Name = "workflow";
}
