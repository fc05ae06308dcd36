using Corridor.Data.Entities;
using Corridor.Data.Impact;
using Corridor.Data.Tests.Impact;
using Corridor.Engine.Domain;
using Corridor.Engine.Estimation;
using Corridor.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Tests.Estimation;

public sealed class InventoryEstimatesTests : IAsyncLifetime
{
    TestDatabase tdb = null!;
    ImpactFixture.Seeded seeded = null!;
    static readonly BuildingFactsRequest NoOverrides = new(null, null, null, null, null, null);

    public async Task InitializeAsync()
    {
        tdb = await TestDatabase.CreateAsync();
        seeded = await ImpactFixture.SeedAsync(tdb);
    }

    public async Task DisposeAsync() => await tdb.DisposeAsync();

    [Fact]
    public void FromFacts_Office1972_GivesRangesAndNeverGradeA()
    {
        var (facts, errors) = InventoryEstimates.Facts(new("kantoor", 1972, "beton", 4200, 52.15, 5.38));

        var outcome = InventoryEstimates.FromFacts(facts!);

        Assert.Empty(errors);
        Assert.Equal(InventoryEstimator.Method, outcome.Estimate.Method);
        Assert.Contains(outcome.Lots, l => l.Category == "crushed_concrete_aggregate" && l.Basis == EstimateBasis.Records);
        Assert.All(outcome.Lots, l =>
        {
            Assert.NotEqual(QualityGrade.A, l.Quality);
            Assert.True(l.MassKgLow <= l.MassKg && l.MassKg <= l.MassKgHigh);
            Assert.True(l.MassKg >= InventoryEstimates.MinLotMassKg);
        });
        Assert.Equal(outcome.Lots.Sum(l => l.MassKg), outcome.TotalMassKg, 6);
    }

    [Fact]
    public void Facts_Missing_And_Wrong_NameEachField()
    {
        var (facts, errors) = InventoryEstimates.Facts(new("windmill", 1500, "cardboard", -3, 40.7, -74.0));

        Assert.Null(facts);
        Assert.Equal(["buildingType", "grossFloorAreaM2", "latitude", "structure", "yearBuilt"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ForProjectAsync_DryRunThenWrite_CreatesEstimatedLotsOnceThroughTheImport()
    {
        await using var db = tdb.Open();
        var before = await db.Lots.CountAsync();

        var dry = await InventoryEstimates.ForProjectAsync(db, seeded.CorridorId, seeded.DonorId, NoOverrides, dryRun: true);
        var afterDry = await db.Lots.CountAsync();
        var written = await InventoryEstimates.ForProjectAsync(db, seeded.CorridorId, seeded.DonorId, NoOverrides, dryRun: false);
        var again = await InventoryEstimates.ForProjectAsync(db, seeded.CorridorId, seeded.DonorId, NoOverrides, dryRun: false);

        Assert.Equal(before, afterDry);
        Assert.True(dry!.Value.Outcome!.DryRun);
        Assert.Null(dry.Value.Outcome.Written);
        var lots = written!.Value.Outcome!.Lots;
        Assert.Equal(new Corridor.Data.Inventory.ImportCounts(lots.Count, 0, 0), written.Value.Outcome.Written);
        Assert.Equal(new Corridor.Data.Inventory.ImportCounts(0, 0, lots.Count), again!.Value.Outcome!.Written);
        Assert.Contains(written.Value.Outcome.Warnings, w => w.Contains("2 supply lots that are not estimates", StringComparison.Ordinal));
        var stored = await db.Lots.Where(l => l.ProjectId == seeded.DonorId && l.Code.StartsWith("EST-")).ToListAsync();
        Assert.Equal(lots.Count, stored.Count);
        Assert.All(stored, l =>
        {
            Assert.True(l.MassIsEstimated);
            Assert.NotNull(l.MassKgLow);
            Assert.StartsWith("Estimate, not surveyed", l.Description, StringComparison.Ordinal);
            Assert.InRange(l.AvailableFrom, new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30));
        });
        Assert.Equal(stored.Count, await db.LotHistory.CountAsync(e => stored.Select(s => s.Id).Contains(e.LotId) && e.Kind == LotEventKind.Created));
    }

    [Fact]
    public async Task ForProjectAsync_OverridingFacts_StoresThemOnTheProject()
    {
        await using var db = tdb.Open();

        var result = await InventoryEstimates.ForProjectAsync(db, seeded.CorridorId, seeded.DonorId, new("school", 1965, null, 2500, null, null), dryRun: false);

        Assert.Empty(result!.Value.Errors);
        var project = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == seeded.DonorId);
        Assert.Equal(("school", 1965, 2500.0), (project.BuildingType, project.YearBuilt!.Value, project.GrossFloorAreaM2!.Value));
        Assert.Contains("NR_civic", result.Value.Outcome!.Estimate.Selection, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForProjectAsync_NewBuildOrUnknown_ErrorsOrNull()
    {
        await using var db = tdb.Open();

        var newBuild = await InventoryEstimates.ForProjectAsync(db, seeded.CorridorId, seeded.ReceiverId, NoOverrides, dryRun: true);
        var unknown = await InventoryEstimates.ForProjectAsync(db, seeded.CorridorId, 987654, NoOverrides, dryRun: true);

        Assert.Contains("kind", newBuild!.Value.Errors.Keys);
        Assert.Null(unknown);
    }
}
