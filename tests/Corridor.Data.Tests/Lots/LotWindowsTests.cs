using Corridor.Data.Entities;
using Corridor.Data.Lots;
using Corridor.Data.Notifications;
using Corridor.Data.Tests.Growth;
using Corridor.Data.Views;
using Corridor.Data.Workflow;
using Corridor.Engine.Domain;
using Corridor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Corridor.Data.Tests.Lots;

/// <summary>Time-honest lots: the expired state (one rule, judged by the clock), extending or closing, the owner's notification, the marketplace.</summary>
public sealed class LotWindowsTests
{
    static FakeTimeProvider Clock() => new(new DateTimeOffset(SmallCorridor.Now));

    [Theory]
    [InlineData(LotDirection.Supply, LotStatus.Inventoried, -1, LotState.Expired)]
    [InlineData(LotDirection.Supply, LotStatus.Inventoried, 0, LotState.Open)] // a window ending today is open today
    [InlineData(LotDirection.Supply, LotStatus.Stored, -30, LotState.Expired)]
    [InlineData(LotDirection.Supply, LotStatus.Reserved, -1, LotState.Expired)]
    [InlineData(LotDirection.Supply, LotStatus.Delivered, -1, LotState.Closed)]
    [InlineData(LotDirection.Supply, LotStatus.Withdrawn, 10, LotState.Closed)]
    [InlineData(LotDirection.Demand, LotStatus.Inventoried, -1, LotState.Expired)]
    [InlineData(LotDirection.Demand, LotStatus.Inventoried, 5, LotState.Open)]
    [InlineData(LotDirection.Demand, LotStatus.Installed, -1, LotState.Closed)]
    public void State_IsExpiredWhenStillOpenByStatusButTheWindowEndedBeforeToday(LotDirection direction, LotStatus status, int endInDays, LotState expected)
    {
        var clock = Clock();
        var today = CorridorClock.Today(clock);
        var end = today.AddDays(endInDays);

        Assert.Equal(expected, LotStates.State(direction, status, end, today));
        Assert.Equal(expected == LotState.Expired, LotStates.IsExpired(direction, status, end, today));

        clock.Advance(TimeSpan.FromDays(Math.Abs(endInDays) + 1)); // time passes: every open window ends
        if (expected != LotState.Closed) Assert.Equal(LotState.Expired, LotStates.State(direction, status, end, CorridorClock.Today(clock)));
    }

    [Fact]
    public void Withdrawn_IsNeitherPlannedNorOffered()
    {
        var today = SmallCorridor.Today;
        Assert.False(LotStates.IsPlannable(LotDirection.Supply, LotStatus.Withdrawn));
        Assert.False(LotStates.IsOfferable(LotDirection.Supply, LotStatus.Withdrawn, today.AddDays(10), today));
        Assert.True(LotStates.CanExtendOrClose(LotDirection.Supply, LotStatus.Stored));
        Assert.False(LotStates.CanExtendOrClose(LotDirection.Supply, LotStatus.Reserved));
        Assert.False(LotStates.CanExtendOrClose(LotDirection.Demand, LotStatus.Reserved));
    }

    static async Task<(SmallCorridor C, MaterialLot Expired, MaterialLot Open)> SeedAsync(CorridorDb db)
    {
        var c = await SmallCorridor.CreateAsync(db);
        var expired = new MaterialLot { CorridorId = c.Corridor.Id, ProjectId = c.P1.Id, Code = "OLD", Direction = LotDirection.Supply, CategoryKey = "brick",
            Quantity = 10, Unit = QuantityUnit.Kg, MassKg = 10, AvailableFrom = SmallCorridor.Today.AddDays(-60), AvailableTo = SmallCorridor.Today.AddDays(-1), Status = LotStatus.Stored };
        var open = new MaterialLot { CorridorId = c.Corridor.Id, ProjectId = c.P1.Id, Code = "NEW", Direction = LotDirection.Supply, CategoryKey = "brick",
            Quantity = 10, Unit = QuantityUnit.Kg, MassKg = 10, AvailableFrom = SmallCorridor.Today.AddDays(-60), AvailableTo = SmallCorridor.Today.AddDays(40), Status = LotStatus.Stored };
        db.Lots.AddRange(expired, open);
        await db.SaveChangesAsync();
        return (c, expired, open);
    }

    [Fact]
    public async Task Marketplace_ByDefaultLeavesExpiredLotsOut_AndListsThemWhenAsked()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var (c, _, _) = await SeedAsync(db);
        var today = CorridorClock.Today(Clock());

        var offered = await MarketplaceQueries.OfferedAsync(db, c.Corridor.Id, null, null, today);
        var withExpired = await MarketplaceQueries.OfferedAsync(db, c.Corridor.Id, null, null, today, includeExpired: true);

        Assert.DoesNotContain(offered, l => l.LotCode == "OLD");
        Assert.Contains(offered, l => l.LotCode == "NEW");
        Assert.All(offered, l => Assert.False(l.IsExpiredOn(today)));
        Assert.True(Assert.Single(withExpired, l => l.LotCode == "OLD").IsExpiredOn(today));
        Assert.Contains(withExpired, l => l.LotCode == "NEW");
    }

    [Fact]
    public async Task Extend_NeedsADateAfterTodayAndAfterTheStart_ThenTheLotIsOpenAgain_AndTheChangeIsAudited()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var (c, expired, _) = await SeedAsync(db);
        var clock = Clock();
        var who = new AuditActor(null, "owner");
        var id = c.Corridor.Id;

        var missing = await LotWindows.ExtendAsync(db, id, expired.Id, null, who, clock);
        var today = await LotWindows.ExtendAsync(db, id, expired.Id, SmallCorridor.Today, who, clock);
        var none = await LotWindows.ExtendAsync(db, id, 999_999, SmallCorridor.Today.AddDays(30), who, clock);
        Assert.Equal(LotWindows.ExtensionProblem.Missing, missing.Extension);
        Assert.Equal(LotWindows.ExtensionProblem.NotAfterToday, today.Extension);
        Assert.Equal("availableTo", Assert.Single(today.Errors).Field);
        Assert.Null(none.Lot);
        Assert.Equal(LotWindows.ExtensionProblem.NotAfterStart, LotWindows.CheckExtension(SmallCorridor.Today.AddDays(10), SmallCorridor.Today.AddDays(5), SmallCorridor.Today));

        var done = await LotWindows.ExtendAsync(db, id, expired.Id, SmallCorridor.Today.AddDays(30), who, clock);

        Assert.True(done.Succeeded);
        db.ChangeTracker.Clear();
        var lot = await db.Lots.SingleAsync(l => l.Id == expired.Id);
        Assert.Equal(SmallCorridor.Today.AddDays(30), lot.AvailableTo);
        Assert.Equal(LotState.Open, LotStates.State(lot.Direction, lot.Status, lot.AvailableTo, CorridorClock.Today(clock)));
        var audit = Assert.Single(await AuditLog.ForAsync(db, id, AuditLog.Lot, lot.Id, default));
        Assert.Equal("extend", audit.Action);
        Assert.Equal("owner", audit.UserName);
        Assert.Contains("expired", audit.Before, StringComparison.Ordinal);
        Assert.Contains(SmallCorridor.Today.AddDays(30).ToString("yyyy-MM-dd"), audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_WithdrawsTheLot_WithItsReasonAudited_AndALotHeldByAMatchIsRefused()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var (c, expired, open) = await SeedAsync(db);
        open.Status = LotStatus.Reserved;
        await db.SaveChangesAsync();
        var clock = Clock();

        var closed = await LotWindows.CloseAsync(db, c.Corridor.Id, expired.Id, "sold elsewhere", AuditActor.System, clock);
        var refused = await LotWindows.CloseAsync(db, c.Corridor.Id, open.Id, null, AuditActor.System, clock);
        var tooLong = await LotWindows.CloseAsync(db, c.Corridor.Id, expired.Id, new string('x', LotWindows.MaxReasonLength + 1), AuditActor.System, clock);

        Assert.True(closed.Succeeded);
        Assert.NotNull(refused.Conflict);
        Assert.Equal("reason", Assert.Single(tooLong.Errors).Field);
        db.ChangeTracker.Clear();
        Assert.Equal(LotStatus.Withdrawn, (await db.Lots.SingleAsync(l => l.Id == expired.Id)).Status);
        Assert.Equal(LotStatus.Reserved, (await db.Lots.SingleAsync(l => l.Id == open.Id)).Status);
        var audit = Assert.Single(await AuditLog.ForAsync(db, c.Corridor.Id, AuditLog.Lot, expired.Id, default));
        Assert.Equal(("close", "sold elsewhere"), (audit.Action, audit.Reason));
        Assert.Contains(await db.LotHistory.Where(e => e.LotId == expired.Id).ToListAsync(), e => e.Status == LotStatus.Withdrawn && e.PreviousStatus == LotStatus.Stored);
        Assert.Empty(await OpenLots.Plannable(db.Lots.Where(l => l.Id == expired.Id)).ToListAsync());
    }

    [Fact]
    public async Task Sweep_AsksTheOwnerOncePerExpiredLot_AndAgainOnlyAfterAnExtensionExpiresToo()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var (c, expired, _) = await SeedAsync(db);
        var clock = Clock();

        var first = await Notifier.ExpiredAsync(db, c.Corridor.Id, clock);
        clock.Advance(TimeSpan.FromDays(1));
        var second = await Notifier.ExpiredAsync(db, c.Corridor.Id, clock);

        var asked = await db.Notifications.Where(n => n.Kind == NotificationKind.LotExpired).ToListAsync();
        var mine = asked.Where(n => n.Text.Contains("P1/OLD", StringComparison.Ordinal)).ToList();
        Assert.True(first >= 1);
        Assert.Equal(0, second);
        var n = Assert.Single(mine);
        Assert.Equal(c.A.Id, n.OrganisationId); // P1 belongs to A
        Assert.Contains("Extend it with a new end date, or close it", n.Text, StringComparison.Ordinal);
        Assert.Contains("Verleng de partij", n.TextNl, StringComparison.Ordinal);
        Assert.Equal($"/projects/P1?corridor={c.Corridor.Id}#lot-{expired.Id}", n.Link);

        await LotWindows.ExtendAsync(db, c.Corridor.Id, expired.Id, CorridorClock.Today(clock).AddDays(2), AuditActor.System, clock);
        Assert.Equal(0, await Notifier.ExpiredAsync(db, c.Corridor.Id, clock));
        clock.Advance(TimeSpan.FromDays(3));
        await Notifier.ExpiredAsync(db, c.Corridor.Id, clock);
        Assert.Equal(2, await db.Notifications.CountAsync(x => x.Kind == NotificationKind.LotExpired && x.Text.Contains("P1/OLD")));
    }

    [Fact]
    public async Task Planner_LeavesExpiredLotsOut_UnlessAnAgreedMatchHoldsThem()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var (c, expired, open) = await SeedAsync(db);
        var today = SmallCorridor.Today;

        var (input, _) = await Planning.CorridorPlanner.LoadAsync(db, c.Corridor.Id, new Planning.PlanRequest(), default, today);
        var (all, _) = await Planning.CorridorPlanner.LoadAsync(db, c.Corridor.Id, new Planning.PlanRequest(), default);

        Assert.DoesNotContain(input.Supply, s => s.Id == "P1/OLD");
        Assert.Contains(input.Supply, s => s.Id == "P1/NEW");
        Assert.Contains(all.Supply, s => s.Id == "P1/OLD"); // without a day nothing is judged expired
        Assert.All(input.Supply.Select(s => s.AvailableTo).Concat(input.Demand.Select(d => d.NeededTo)), to => Assert.True(to >= today));
    }

    [Fact]
    public async Task Close_CancelsTheLotsProposals_ButAnAgreedOrFinishedMatchStopsIt()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var c = await SmallCorridor.CreateAsync(db); // L2→D1 proposed, L1→D1 installed
        var clock = Clock();

        var l2 = await LotWindows.CloseAsync(db, c.Corridor.Id, c.L2.Id, "demolition cancelled", AuditActor.System, clock);
        var d1 = await LotWindows.CloseAsync(db, c.Corridor.Id, c.D1.Id, null, AuditActor.System, clock);

        Assert.True(l2.Succeeded);
        Assert.Contains("cancel them first", d1.Conflict, StringComparison.Ordinal);
        db.ChangeTracker.Clear();
        var proposal = await db.Matches.SingleAsync(m => m.SupplyLotId == c.L2.Id);
        Assert.Equal((MatchStatus.Cancelled, "Lot closed by its owner"), (proposal.Status, proposal.StatusReason));
        Assert.Contains(await AuditLog.ForAsync(db, c.Corridor.Id, AuditLog.Match, proposal.Id, default), e => e.Action == "cancel");
        Assert.Equal(LotStatus.Inventoried, (await db.Lots.SingleAsync(l => l.Id == c.D1.Id)).Status);
    }

    [Fact]
    public async Task HomeFigures_CountOnlyLotsWhoseWindowHasNotEnded()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var (c, _, _) = await SeedAsync(db);
        var categories = new CategoryIndex(Corridor.Data.ReferenceData.ReferenceCatalog.Categories);

        var home = await HomeQueries.LoadAsync(db, c.Corridor.Id, categories, SmallCorridor.Today);
        var current = await OpenLots.Current(db.Lots.Where(l => l.CorridorId == c.Corridor.Id && l.Direction == LotDirection.Supply), SmallCorridor.Today).ToListAsync();

        Assert.DoesNotContain(current, l => l.Code == "OLD");
        Assert.Contains(current, l => l.Code == "NEW");
        Assert.Equal(current.Count, home.Totals.SupplyLots);
        Assert.Equal(current.Sum(l => l.MassKg), home.Totals.SupplyKg, 6);
    }
}
