using Corridor.Data.Notifications;
using Corridor.Data.Tests.Growth;
using Corridor.Engine.Domain;
using Corridor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Corridor.Data.Tests.Notifications;

public sealed class NotifierTests
{
    static FakeTimeProvider Clock() => new(new DateTimeOffset(SmallCorridor.Now));

    [Fact]
    public async Task Proposals_StoredPlan_NotifiesEachOrganisationWithProposalsAndTheDirectorOnce()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var c = await SmallCorridor.CreateAsync(db);

        var first = await Notifier.ProposalsAsync(db, c.Plan, Clock());
        var second = await Notifier.ProposalsAsync(db, c.Plan, Clock());

        // The one proposed match runs L2 (P4, no organisation) → D1 (B): B and the director; A's match is installed, not proposed.
        Assert.Equal(2, first);
        Assert.Equal(0, second);
        var stored = await db.Notifications.OrderBy(n => n.Id).ToListAsync();
        Assert.Equal([c.B.Id, (int?)null], stored.Select(n => n.OrganisationId));
        Assert.All(stored, n => Assert.Equal(NotificationKind.NewProposal, n.Kind));
        Assert.All(stored, n => Assert.Equal($"/plans/{c.Plan.Id}?corridor={c.Corridor.Id}", n.Link));
    }

    [Fact]
    public async Task DatesSlipped_NotifiesTheOrganisationsWithMatchesOnTheProjectAndTheDirector()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var c = await SmallCorridor.CreateAsync(db);
        // A live match on P1 (A's L1 → B's D1): make the installed one accepted again, so it still depends on P1's dates.
        var match = await db.Matches.SingleAsync(m => m.SupplyLotId == c.L1.Id);
        match.Status = MatchStatus.Accepted;
        var (oldStart, oldEnd) = (c.P1.Start, c.P1.End);
        c.P1.Start = oldStart.AddMonths(2);
        c.P1.End = oldEnd.AddMonths(2);
        await db.SaveChangesAsync();

        var created = await Notifier.DatesSlippedAsync(db, c.P1.Id, oldStart, oldEnd, Clock());
        var again = await Notifier.DatesSlippedAsync(db, c.P1.Id, oldStart, oldEnd, Clock());
        var unrelated = await Notifier.DatesSlippedAsync(db, c.P5.Id, c.P5.Start.AddDays(-7), c.P5.End, Clock());

        Assert.Equal(3, created);
        Assert.Equal(0, again);
        Assert.Equal(0, unrelated);
        var stored = await db.Notifications.ToListAsync();
        Assert.Equal(new int?[] { null, c.A.Id, c.B.Id }, stored.Select(n => n.OrganisationId).OrderBy(o => o ?? 0));
        Assert.All(stored, n => Assert.Equal(NotificationKind.DatesSlipped, n.Kind));
        Assert.Contains("2026-11-01", stored[0].Text, StringComparison.Ordinal);
        Assert.All(stored, n => Assert.Equal("Projectdata gewijzigd", n.TitleNl));
        Assert.All(stored, n => Assert.Equal("Projekttermine geändert", n.TitleDe));
        Assert.All(stored, n => Assert.Contains("verschoben", n.TextDe, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sweep_WarnsOncePerUnmatchedLotWhoseWindowCloses_AndNotAgain()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var c = await SmallCorridor.CreateAsync(db);
        // L1 closes on 2026-06-20 but has a match. Add C's unmatched lot closing in 10 days and one closing in 60.
        var p5 = c.P5;
        db.Lots.Add(new Entities.MaterialLot { CorridorId = c.Corridor.Id, ProjectId = p5.Id, Code = "SOON", Direction = LotDirection.Supply, CategoryKey = "brick",
            MassKg = 10, AvailableFrom = new(2026, 1, 1), AvailableTo = SmallCorridor.Today.AddDays(10), Status = LotStatus.Stored });
        db.Lots.Add(new Entities.MaterialLot { CorridorId = c.Corridor.Id, ProjectId = p5.Id, Code = "LATER", Direction = LotDirection.Supply, CategoryKey = "brick",
            MassKg = 10, AvailableFrom = new(2026, 1, 1), AvailableTo = SmallCorridor.Today.AddDays(60), Status = LotStatus.Stored });
        await db.SaveChangesAsync();

        var clock = Clock();
        var first = await Notifier.SweepAsync(db, c.Corridor.Id, clock);
        clock.Advance(TimeSpan.FromDays(1));
        var second = await Notifier.SweepAsync(db, c.Corridor.Id, clock);

        Assert.Equal(2, first);
        Assert.Equal(0, second);
        var stored = await db.Notifications.OrderBy(n => n.Id).ToListAsync();
        Assert.Equal([c.C.Id, (int?)null], stored.Select(n => n.OrganisationId));
        Assert.All(stored, n => Assert.Contains("P5/SOON", n.Text, StringComparison.Ordinal));
        Assert.All(stored, n => Assert.Equal($"/projects/P5?corridor={c.Corridor.Id}", n.Link)); // the project page is addressed by code
        Assert.All(stored, n => Assert.Contains("heeft geen voorgestelde of afgesproken match", n.TextNl, StringComparison.Ordinal));
    }
}
