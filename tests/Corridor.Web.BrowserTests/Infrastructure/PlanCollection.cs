// The browser collections share two cores with the app and chromium: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

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
