using Corridor.Data.Entities;
using Corridor.Data.Tests.Impact;
using Corridor.Engine.Domain;
using Corridor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Corridor.Data.Tests.Passports;

/// <summary>The M0003 triggers on SQLite and PostgreSQL: every creation and status change lands in lot_status_history.</summary>
public sealed class LotHistoryTests : IAsyncLifetime
{
    TestDatabase tdb = null!;
    ImpactFixture.Seeded seeded = null!;

    public async Task InitializeAsync()
    {
        tdb = await TestDatabase.CreateAsync();
        seeded = await ImpactFixture.SeedAsync(tdb);
    }

    public async Task DisposeAsync() => await tdb.DisposeAsync();

    [Fact]
    public async Task Import_BulkInsertedLots_EachGetACreatedEvent()
    {
        await using var db = tdb.Open();

        var events = await db.LotHistory.ToListAsync();

        Assert.Equal(seeded.Lots.Count, events.Count);
        Assert.All(events, e => Assert.Equal((LotEventKind.Created, LotStatus.Inventoried, (LotStatus?)null), (e.Kind, e.Status, e.PreviousStatus)));
        Assert.Equal(seeded.Lots.Values.Order(), events.Select(e => e.LotId).Order());
    }

    [Fact]
    public async Task StatusChange_ThroughEfAndThroughSql_IsRecordedWithThePreviousStatus()
    {
        var doors = seeded.Lots["SLOOP-1/DEUREN"];
        var steel = seeded.Lots["SLOOP-1/STAAL"];
        await using (var db = tdb.Open())
        {
            var lot = await db.Lots.SingleAsync(l => l.Id == doors);
            lot.Status = LotStatus.Reserved;
            await db.SaveChangesAsync();
            lot.Description = "only the description changes";
            await db.SaveChangesAsync();
            await db.Lots.Where(l => l.Id == steel).ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, LotStatus.Harvested));
            await db.Lots.Where(l => l.Id == steel).ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, LotStatus.Harvested));
        }

        await using var check = tdb.Open();
        var doorEvents = await check.LotHistory.Where(e => e.LotId == doors).OrderBy(e => e.Id).ToListAsync();
        var steelEvents = await check.LotHistory.Where(e => e.LotId == steel).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([LotEventKind.Created, LotEventKind.StatusChanged], doorEvents.Select(e => e.Kind));
        Assert.Equal((LotStatus.Reserved, LotStatus.Inventoried), (doorEvents[1].Status, doorEvents[1].PreviousStatus!.Value));
        Assert.Equal([LotStatus.Inventoried, LotStatus.Harvested], steelEvents.Select(e => e.Status));
        Assert.True(doorEvents[1].ChangedUtc >= doorEvents[0].ChangedUtc);
    }

    [Fact]
    public async Task Migration_ExistingLots_GetABaselineEvent()
    {
        await using var old = await TestDatabase.CreateAsync(migrate: false);
        await using (var db = old.Open())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261122000002_Plans");
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO corridors (code, name, is_demo, created_utc) VALUES ('o', 'Old', FALSE, '2026-01-01 00:00:00+00');" +
                "INSERT INTO projects (corridor_id, code, name, kind, latitude, longitude, start, \"end\", status) " +
                "VALUES (1, 'P', 'Old project', 'Demolition', 52.1, 5.3, '2026-01-01', '2026-06-30', 'Planned');" +
                "INSERT INTO material_lots (corridor_id, project_id, code, direction, category_key, is_hazardous, quantity, unit, mass_kg, " +
                "mass_is_estimated, available_from, available_to, status) " +
                "VALUES (1, 1, 'L', 'Supply', 'doors', FALSE, 10, 'Pcs', 250, FALSE, '2026-02-01', '2026-03-01', 'Stored');");
            await CorridorDatabase.MigrateAsync(db);
        }

        await using var check = old.Open();
        var e = await check.LotHistory.SingleAsync();
        Assert.Equal((LotEventKind.Baseline, LotStatus.Stored), (e.Kind, e.Status));
        Assert.Contains("20261122000003", e.Note, StringComparison.Ordinal);
    }
}
