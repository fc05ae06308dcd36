using Corridor.Data.Growth;
using Corridor.Tests.Shared;

namespace Corridor.Data.Tests.Growth;

public sealed class GrowthTests
{
    [Fact]
    public void Matrix_HasTwentyFiveCellsDescribedInEnglishAndDutch()
    {
        var cells = GrowthMatrix.Cells;

        Assert.Equal(25, cells.Count);
        Assert.Equal(25, cells.Select(c => (c.Element, c.Level)).Distinct().Count());
        Assert.All(cells, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.DescriptionEn));
            Assert.False(string.IsNullOrWhiteSpace(c.DescriptionNl));
            Assert.NotEqual(c.DescriptionEn, c.DescriptionNl);
        });
        Assert.Equal(["Ad-hoc", "Pionier", "Proces", "Systeem", "Netwerk"], cells.Where(c => c.Element == GrowthElement.ChainDirector).OrderBy(c => c.Level).Select(c => c.LevelNl));
        Assert.Equal(["Ad-hoc", "Pioneer", "Process", "System", "Network"], cells.Where(c => c.Element == GrowthElement.RulesOfTheGame).OrderBy(c => c.Level).Select(c => c.LevelEn));
    }

    [Fact]
    public async Task Indicators_SmallCorridor_GiveTheExpectedValuesAndSupportedLevels()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var c = await SmallCorridor.CreateAsync(db);

        var byKey = (await GrowthIndicators.ComputeAsync(db, c.Corridor.Id, SmallCorridor.Today)).ToDictionary(i => i.Key);

        // 2 of 4 donor projects (P1, P4 of P1, P2, P4, P5) have an inventory: 50 % supports level 4.
        Assert.Equal((50.0, 4, GrowthElement.MaterialInventory), (byKey["donor_projects_with_inventory"].Value, byKey["donor_projects_with_inventory"].SupportedLevel, byKey["donor_projects_with_inventory"].Element));
        // A and B are active; C's only project ended in 2024: 2 supports level 2.
        Assert.Equal((2.0, 2), (byKey["active_partners"].Value, byKey["active_partners"].SupportedLevel));
        // 1 t of 4 t through the hub: 25 % supports level 3.
        Assert.Equal((25.0, 3), (byKey["matched_mass_through_hubs"].Value, byKey["matched_mass_through_hubs"].SupportedLevel));
        // One installed match supports level 2.
        Assert.Equal((1.0, 2), (byKey["matches_completed"].Value, byKey["matches_completed"].SupportedLevel));
        // No rules table yet: one plan run with the defaults scores 2.
        Assert.Equal((2.0, 2), (byKey["rules_defined_and_used"].Value, byKey["rules_defined_and_used"].SupportedLevel));
    }

    [Fact]
    public async Task Indicators_EmptyCorridor_SupportLevelOne()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        db.Corridors.Add(new Entities.CorridorRegion { Code = "empty", Name = "Empty" });
        await db.SaveChangesAsync();

        var indicators = await GrowthIndicators.ComputeAsync(db, db.Corridors.Single().Id, SmallCorridor.Today);

        Assert.Equal(5, indicators.Count);
        Assert.All(indicators, i => Assert.Equal(1, i.SupportedLevel));
    }

    [Fact]
    public void RulesScore_RuleVersions_RaiseTheLevel()
    {
        Assert.Equal(3, GrowthIndicators.Supported(GrowthIndicators.RulesScore(new RuleUse(1, 0, 0, 4)), GrowthIndicators.RulesThresholds));
        Assert.Equal(4, GrowthIndicators.Supported(GrowthIndicators.RulesScore(new RuleUse(1, 2, 1, 4)), GrowthIndicators.RulesThresholds));
        Assert.Equal(5, GrowthIndicators.Supported(GrowthIndicators.RulesScore(new RuleUse(2, 3, 2, 4)), GrowthIndicators.RulesThresholds));
    }

    [Fact]
    public async Task Store_CurrentLevelIsTheLatestPerElement_SnapshotsCarryLevelsForward()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var c = await SmallCorridor.CreateAsync(db);
        GrowthAssessment A(GrowthElement e, int level, DateOnly on) => new()
        {
            CorridorId = c.Corridor.Id, Element = e, Level = level, AssessedOn = on, Evidence = "x", AssessedBy = "director", CreatedUtc = SmallCorridor.Now,
        };
        await GrowthStore.AddAsync(db, A(GrowthElement.MaterialInventory, 1, new(2025, 1, 1)));
        await GrowthStore.AddAsync(db, A(GrowthElement.ChainDirector, 2, new(2025, 1, 1)));
        await GrowthStore.AddAsync(db, A(GrowthElement.MaterialInventory, 3, new(2026, 1, 1)));

        var history = await GrowthStore.HistoryAsync(db, c.Corridor.Id, null);
        var current = GrowthStore.Current(history);
        var snapshots = GrowthStore.Snapshots(history);

        Assert.Equal([3, null, null, 2, null], current.Select(l => l.Level));
        Assert.Equal(2, snapshots.Count);
        Assert.Equal([1, null, null, 2, null], snapshots[0].Levels);
        Assert.Equal([3, null, null, 2, null], snapshots[1].Levels);
    }
}
