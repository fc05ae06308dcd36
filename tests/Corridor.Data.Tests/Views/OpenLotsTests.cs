using Corridor.Data.Entities;
using Corridor.Data.Notifications;
using Corridor.Data.Tests.Growth;
using Corridor.Data.Views;
using Corridor.Engine.Domain;
using Corridor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Corridor.Data.Tests.Views;

/// <summary>The one definition of open lots and of the closing-window alert, as the planner, the notifier and the pages use it.</summary>
public sealed class OpenLotsTests
{
    [Theory]
    [InlineData(LotDirection.Supply, LotStatus.Inventoried, true, true)]
    [InlineData(LotDirection.Supply, LotStatus.Reserved, true, false)] // still planned (fixed flows, partial reservations), no longer offered
    [InlineData(LotDirection.Supply, LotStatus.Harvested, true, true)]
    [InlineData(LotDirection.Supply, LotStatus.Stored, true, true)]
    [InlineData(LotDirection.Supply, LotStatus.Delivered, false, false)]
    [InlineData(LotDirection.Supply, LotStatus.Installed, false, false)]
    [InlineData(LotDirection.Supply, LotStatus.Recycled, false, false)]
    [InlineData(LotDirection.Supply, LotStatus.Disposed, false, false)]
    [InlineData(LotDirection.Demand, LotStatus.Inventoried, true, false)] // demand is never offered
    [InlineData(LotDirection.Demand, LotStatus.Reserved, true, false)]
    [InlineData(LotDirection.Demand, LotStatus.Harvested, false, false)]
    [InlineData(LotDirection.Demand, LotStatus.Installed, false, false)]
    public void PlannableAndOfferable_AreDifferentQuestions(LotDirection direction, LotStatus status, bool plannable, bool offerable)
    {
        var today = new DateOnly(2026, 6, 1);
        Assert.Equal(plannable, LotStates.IsPlannable(direction, status));
        Assert.Equal(offerable, LotStates.IsOfferable(direction, status, today, today));
    }

    [Fact]
    public void Expired_MeansTheWindowEndedBeforeToday_AndExpiredLotsAreNotOffered()
    {
        var today = new DateOnly(2026, 6, 1);
        Assert.True(LotStates.IsExpired(today.AddDays(-1), today));
        Assert.False(LotStates.IsExpired(today, today));
        Assert.False(LotStates.IsOfferable(LotDirection.Supply, LotStatus.Stored, today.AddDays(-1), today));
        Assert.True(LotStates.IsOfferable(LotDirection.Supply, LotStatus.Stored, today, today));
    }

    [Fact]
    public void ClosingWindow_IsTodayUpToTwentyEightDaysAhead()
    {
        var today = new DateOnly(2026, 6, 1);
        Assert.Equal(28, AlertWindows.Days);
        Assert.True(AlertWindows.ClosesSoon(today, today));
        Assert.True(AlertWindows.ClosesSoon(today.AddDays(28), today));
        Assert.False(AlertWindows.ClosesSoon(today.AddDays(29), today));
        Assert.False(AlertWindows.ClosesSoon(today.AddDays(-1), today));
        Assert.False(AlertWindows.IsClosingWithoutMatch(LotDirection.Supply, LotStatus.Stored, today.AddDays(3), hasMatch: true, today));
        Assert.True(AlertWindows.IsClosingWithoutMatch(LotDirection.Supply, LotStatus.Reserved, today.AddDays(3), hasMatch: false, today));
        Assert.False(AlertWindows.IsClosingWithoutMatch(LotDirection.Demand, LotStatus.Installed, today.AddDays(3), hasMatch: false, today));
    }

    /// <summary>
    /// Lots around the alert: the home page and the notifier's sweep pick exactly the same ones, and the pure rule agrees.
    /// A reserved supply lot with no match counts (the home page used to leave reserved lots out, the notifier did not).
    /// </summary>
    [Fact]
    public async Task HomeAlertsAndTheSweep_PickTheSameLots()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var c = await SmallCorridor.CreateAsync(db);
        var today = SmallCorridor.Today;
        var lots = new[]
        {
            Lot(c, "RESERVED", LotDirection.Supply, LotStatus.Reserved, today.AddDays(5)),
            Lot(c, "STORED", LotDirection.Supply, LotStatus.Stored, today.AddDays(28)),
            Lot(c, "TOMORROW+29", LotDirection.Supply, LotStatus.Stored, today.AddDays(29)),
            Lot(c, "EXPIRED", LotDirection.Supply, LotStatus.Stored, today.AddDays(-1)),
            Lot(c, "DELIVERED", LotDirection.Supply, LotStatus.Delivered, today.AddDays(3)),
            Lot(c, "NEED", LotDirection.Demand, LotStatus.Inventoried, today),
            Lot(c, "NEED-DONE", LotDirection.Demand, LotStatus.Installed, today.AddDays(2)),
            Lot(c, "CANCELLED-MATCH", LotDirection.Supply, LotStatus.Inventoried, today.AddDays(7)),
            Lot(c, "PROPOSED-MATCH", LotDirection.Supply, LotStatus.Inventoried, today.AddDays(7)),
        };
        db.Lots.AddRange(lots);
        await db.SaveChangesAsync();
        PlannedMatch Match(MaterialLot s, MatchStatus status) => new()
        {
            CorridorId = c.Corridor.Id, PlanId = c.Plan.Id, SupplyLotId = s.Id, DemandLotId = c.D1.Id, Quantity = 1, MassKg = 1,
            PickupDate = today, DeliveryDate = today, Status = status, UpdatedUtc = SmallCorridor.Now,
        };
        db.Matches.AddRange(Match(lots[7], MatchStatus.Cancelled), Match(lots[8], MatchStatus.Proposed));
        await db.SaveChangesAsync();

        var home = await HomeQueries.LoadAsync(db, c.Corridor.Id, new CategoryIndex(Corridor.Data.ReferenceData.ReferenceCatalog.Categories), today);
        await Notifier.SweepAsync(db, c.Corridor.Id, new FakeTimeProvider(new DateTimeOffset(SmallCorridor.Now)));
        var swept = (await db.Notifications.Where(n => n.OrganisationId == null && n.Kind == NotificationKind.WindowClosing).Select(n => n.Text).ToListAsync())
            .Select(t => t.Split(' ')[1]).Order(StringComparer.Ordinal).ToList();
        var matched = new HashSet<int>([lots[8].Id, c.L1.Id]);
        var byRule = (await db.Lots.Include(l => l.Project).Where(l => l.CorridorId == c.Corridor.Id).ToListAsync())
            .Where(l => AlertWindows.IsClosingWithoutMatch(l.Direction, l.Status, l.AvailableTo, matched.Contains(l.Id), today))
            .Select(l => l.Project!.Code + "/" + l.Code).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["P5/CANCELLED-MATCH", "P5/NEED", "P5/RESERVED", "P5/STORED"], byRule);
        Assert.Equal(byRule, home.Alerts.Select(a => a.ProjectCode + "/" + a.LotCode).Order(StringComparer.Ordinal));
        Assert.Equal(byRule, swept);
        Assert.Equal(["P5/NEED", "P5/RESERVED", "P5/CANCELLED-MATCH", "P5/STORED"], home.Alerts.Select(a => a.ProjectCode + "/" + a.LotCode)); // closing first
        Assert.Contains(home.NextToClose, a => a.LotCode == "TOMORROW+29");
    }

    [Fact]
    public async Task Marketplace_OffersInventoriedHarvestedAndStoredSupplyNotReservedNorExpired()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var c = await SmallCorridor.CreateAsync(db);
        var today = SmallCorridor.Today;
        db.Lots.AddRange(
            Lot(c, "RESERVED", LotDirection.Supply, LotStatus.Reserved, today.AddDays(5)),
            Lot(c, "HARVESTED", LotDirection.Supply, LotStatus.Harvested, today.AddDays(5)),
            Lot(c, "LAST-DAY", LotDirection.Supply, LotStatus.Stored, today),
            Lot(c, "EXPIRED", LotDirection.Supply, LotStatus.Stored, today.AddDays(-1)),
            Lot(c, "DELIVERED", LotDirection.Supply, LotStatus.Delivered, today.AddDays(3)),
            Lot(c, "NEED", LotDirection.Demand, LotStatus.Inventoried, today.AddDays(3)));
        await db.SaveChangesAsync();

        var offered = await MarketplaceQueries.OfferedAsync(db, c.Corridor.Id, null, null, today);
        var onDate = await MarketplaceQueries.OfferedAsync(db, c.Corridor.Id, "brick", new DateOnly(2027, 2, 1), today);

        Assert.Equal(["P1/L1", "P4/L2", "P5/HARVESTED", "P5/LAST-DAY"], offered.Select(l => l.ProjectCode + "/" + l.LotCode).Order(StringComparer.Ordinal));
        Assert.Equal(["L2"], onDate.Select(l => l.LotCode));
    }

    static MaterialLot Lot(SmallCorridor c, string code, LotDirection direction, LotStatus status, DateOnly to) => new()
    {
        CorridorId = c.Corridor.Id, ProjectId = c.P5.Id, Code = code, Direction = direction, CategoryKey = "brick", Quantity = 10,
        Unit = QuantityUnit.Kg, MassKg = 10, AvailableFrom = new(2026, 1, 1), AvailableTo = to, Status = status,
    };
}
