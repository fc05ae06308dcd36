using Corridor.Data.Entities;
using Corridor.Data.Impact;
using Corridor.Engine.Domain;
using Corridor.Engine.Impact;
using Corridor.Tests.Shared;

namespace Corridor.Data.Tests.Impact;

/// <summary>Accounts from a real database (SQLite, or PostgreSQL with CORRIDOR_TEST_PROVIDER=postgres).</summary>
public sealed class ImpactQueriesTests : IAsyncLifetime
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
    public async Task CorridorAsync_Fixture_CountsAcceptedAndShowsLatestProposalsAsPotential()
    {
        await using var db = tdb.Open();

        var a = await ImpactQueries.CorridorAsync(db, seeded.CorridorId, null, null);

        // Input 9,500 doors + 10,000 steel + 1,000 EPS = 20,500 kg; 9,500 reused → 46.34% circular (nothing renewable).
        Assert.Equal(20500, a.Input.TotalKg.Value!.Value, 6);
        Assert.Equal(9500, a.Input.SecondaryReused.Kg.Value!.Value, 6);
        Assert.Equal(9500.0 / 20500 * 100, a.Input.CircularInputPercent.Value!.Value, 6);
        // Doors: 9,500 × 0.395 = 3,752.5 avoided, minus 50 transport = 3,702.5 net.
        Assert.Equal(3702.5, a.Carbon.NetAvoidedCo2eKg.Value!.Value, 6);
        // Potential: only the latest plan's 8,000 kg steel (grade B): 8,000 × 1.53 = 12,240 − 1,224 reconditioning − 40 = 10,976.
        Assert.Equal(1, a.Potential.Flows);
        Assert.Equal(8000, a.Potential.SecondaryInputKg.Value!.Value, 6);
        Assert.Equal(10976, a.Potential.NetAvoidedCo2eKg.Value!.Value, 6);
        // Output 10,000 + 12,000: 9,500 for reuse, the rest follows the recycle route of doors and steel.
        Assert.Equal(9500, a.Output.AvailableForReuse.Kg.Value!.Value, 6);
        Assert.Equal(12500, a.Output.ForRecycling.Kg.Value!.Value, 6);
        Assert.Contains(a.Carbon.TransportCo2eKg.Sources, s => s.Contains("articulated >33 t, 0.078 kg CO2e per tonne-km", StringComparison.Ordinal));
        Assert.Contains(a.Carbon.AvoidedEmbodiedCo2eKg.Sources, s => s.Contains("ICE v2.0 composite: 85% mass: Timber, General (row 235)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProjectTargetsAsync_RowHousesWithoutStoredTargets_UseHetNieuweNormaal()
    {
        await using var db = tdb.Open();

        var report = await ImpactQueries.ProjectTargetsAsync(db, seeded.CorridorId, seeded.ReceiverId, null, null);

        var origin = report!.Targets.Single(t => t.Metric == TargetMetric.CircularInputPercent);
        var carbon = report.Targets.Single(t => t.Metric == TargetMetric.MaterialCo2eKgPerM2);
        Assert.True(origin.IsDefault);
        Assert.Equal(25, origin.Target);
        Assert.True(origin.Met);
        // Material-bound: steel 10,000 × 1.53 + EPS 1,000 × 3.29 + doors' transport 50 = 18,640 kg over 1,000 m².
        Assert.Equal(18.64, carbon.Actual.Value!.Value, 6);
        Assert.True(carbon.Met);
    }

    [Fact]
    public async Task CorridorTargetsAsync_StoredTargets_ReplaceDefaultsAndKeepBasis()
    {
        await using var db = tdb.Open();
        await ImpactQueries.ReplaceTargetsAsync(db, seeded.CorridorId,
            [new ImpactTarget(TargetMetric.SecondaryInputKg, 20000, 2028, "Council decision 2026-12")], DateTime.UtcNow);

        var report = await ImpactQueries.CorridorTargetsAsync(db, seeded.CorridorId, null, null);

        var reuse = report.Targets.Single(t => t.Metric == TargetMetric.SecondaryInputKg);
        Assert.False(reuse.IsDefault);
        Assert.Equal("Council decision 2026-12", reuse.Basis);
        Assert.Equal(9500.0 / 20000 * 100, reuse.ActualOfTargetPercent!.Value, 6);
        var national = report.Targets.Single(t => t.Metric == TargetMetric.PrimaryRawMaterialReductionPercent);
        Assert.True(national.IsDefault);
        Assert.False(national.Met);
        Assert.Equal(1000, report.GrossFloorAreaM2);
    }

    [Fact]
    public async Task LotAsync_DonorDoors_ShowsItsOneFlow()
    {
        await using var db = tdb.Open();

        var a = await ImpactQueries.LotAsync(db, seeded.CorridorId, seeded.Lots["SLOOP-1/DEUREN"]);

        Assert.Equal(10000, a!.Output.TotalKg.Value!.Value, 6);
        Assert.Equal(95, a.Output.AvailableForReuse.Percent.Value!.Value, 6);
        var flow = Assert.Single(a.Flows);
        Assert.Equal(RStep.R3Reuse, flow.RStep);
        Assert.Equal("SLOOP-1/DEUREN", flow.SupplyLot);
    }

    [Fact]
    public async Task Queries_UnknownProjectOrLot_ReturnNull()
    {
        await using var db = tdb.Open();

        Assert.Null(await ImpactQueries.ProjectAsync(db, seeded.CorridorId, 99999, null, null));
        Assert.Null(await ImpactQueries.LotAsync(db, seeded.CorridorId, 99999));
        Assert.Null(await ImpactQueries.ProjectTargetsAsync(db, seeded.CorridorId + 1, seeded.ReceiverId, null, null));
    }

    [Fact]
    public void Quarters_SpanningAYearBoundary_ClipsTheEnds()
    {
        var q = ImpactQueries.Quarters(new DateOnly(2027, 11, 15), new DateOnly(2028, 2, 10));

        Assert.Equal(["2027-Q4", "2028-Q1"], q.Select(x => x.Label));
        Assert.Equal(new DateOnly(2027, 11, 15), q[0].From);
        Assert.Equal(new DateOnly(2027, 12, 31), q[0].To);
        Assert.Equal(new DateOnly(2028, 2, 10), q[1].To);
    }
}
