using Corridor.Data.Entities;
using Corridor.Data.Planning;
using Corridor.Data.Tests.Growth;
using Corridor.Data.Views;
using Corridor.Engine.Domain;
using Corridor.Tests.Shared;

namespace Corridor.Data.Tests.Views;

/// <summary>The page queries of Data/Views: what each returns for the small corridor.</summary>
public sealed class ViewQueriesTests
{
    static CategoryIndex Categories => new(Corridor.Data.ReferenceData.ReferenceCatalog.Categories);

    [Fact]
    public async Task HomeFigures_CountPlannableLots_ReservedSupplyIncluded_DeliveredLeftOut()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var c = await SmallCorridor.CreateAsync(db);
        c.L1.Status = LotStatus.Reserved;   // 1 t: still plannable, counted
        c.L2.Status = LotStatus.Delivered;  // 3 t: done, not counted
        await db.SaveChangesAsync();

        var home = await HomeQueries.LoadAsync(db, c.Corridor.Id, Categories, SmallCorridor.Today);

        Assert.Equal(1000, home.Totals.SupplyKg);
        Assert.Equal(1, home.Totals.SupplyLots);
        Assert.Equal(5000, home.Totals.DemandKg);
        Assert.Equal(ProjectRole.Donor, home.Projects.Single(p => p.Code == "P1").Role);
        Assert.Equal(ProjectRole.Receiver, home.Projects.Single(p => p.Code == "P3").Role);
        Assert.Equal(ProjectRole.Both, home.Projects.Single(p => p.Code == "P2").Role); // renovation without lots
        Assert.Equal(c.Plan.Id, home.LatestPlan?.Id);
    }

    [Fact]
    public async Task Calendar_FiltersLotsByDirectionAndPeriod_AndKeepsProjectsWithoutLotsOnlyWithoutLotFilters()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var c = await SmallCorridor.CreateAsync(db);

        var demand = await CalendarQueries.LinesAsync(db, c.Corridor.Id, new CalendarFilter(Direction: LotDirection.Demand));
        var in2027 = await CalendarQueries.LinesAsync(db, c.Corridor.Id, new CalendarFilter(From: new(2027, 1, 1), To: new(2027, 12, 31)));

        Assert.Equal(["P3"], demand.Select(l => l.Code));
        Assert.Equal(["P3", "P4"], in2027.Select(l => l.Code)); // by start; P1, P2 and P5 neither have 2027 lots nor run in 2027
        Assert.DoesNotContain(in2027, l => l.Code == "P5"); // ended in 2024, no lots
        Assert.Equal(5, await CalendarQueries.ProjectCountAsync(db, c.Corridor.Id));
    }

    [Fact]
    public async Task ProjectPage_LoadsTheProjectByCode_WithItsOrganisationAndLots()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var c = await SmallCorridor.CreateAsync(db);

        var page = await ProjectPageQueries.LoadAsync(db, c.Corridor.Id, "P1");
        var missing = await ProjectPageQueries.LoadAsync(db, c.Corridor.Id, "NOPE");

        Assert.NotNull(page);
        Assert.Equal("A", page.OrganisationName);
        Assert.Equal(["L1"], page.Lots.Select(l => l.Code));
        Assert.Equal(ProjectRole.Donor, page.Role);
        Assert.Null(missing);
    }

    [Fact]
    public async Task StoredPlans_ListAndCheck()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var c = await SmallCorridor.CreateAsync(db);

        var plans = await StoredPlans.ListAsync(db, c.Corridor.Id);
        var fine = await StoredPlans.CheckAsync(db, c.Corridor.Id, new PlanRequest());
        var bad = await StoredPlans.CheckAsync(db, c.Corridor.Id, new PlanRequest { DetourFactor = 9, Resolution = "hour" });
        var match = await db.Matches.FindAsync(c.Plan.Matches[0].Id);

        Assert.Equal([c.Plan.Id], plans.Select(p => p.Id));
        Assert.Empty(fine);
        Assert.Equal(["detourFactor", "resolution"], bad.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(c.Corridor.Id, await StoredPlans.CorridorOfMatchAsync(db, match!.Id));
        Assert.Null(await StoredPlans.CorridorOfMatchAsync(db, -1));
    }
}
