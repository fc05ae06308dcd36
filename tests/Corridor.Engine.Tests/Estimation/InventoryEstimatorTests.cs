using Corridor.Engine.Estimation;

namespace Corridor.Engine.Tests.Estimation;

public class InventoryEstimatorTests
{
    static IntensityRecord Rec(string id, string key, double kgPerM2, int? year = 1970, string type = "NR_office_low",
        StructureType structure = StructureType.Unspecified, BuildingUse use = BuildingUse.NonResidential) =>
        new(id, use, type, structure, year, key, kgPerM2);

    static BuildingFacts Office(double areaM2 = 100, int? year = 1970, StructureType structure = StructureType.Unspecified) =>
        new(BuildingUse.NonResidential, "NR_office_low", structure, year, areaM2);

    static readonly IntensityRecord[] FiveOffices =
    [
        Rec("a", "timber_beams", 30), Rec("b", "timber_beams", 10), Rec("c", "timber_beams", 50),
        Rec("d", "timber_beams", 20), Rec("e", "timber_beams", 40),
    ];

    [Fact]
    public void Percentile_FourValues_InterpolatesBetweenClosestRanks()
    {
        double[] sorted = [10, 20, 30, 50];

        var p25 = InventoryEstimator.Percentile(sorted, 0.25);
        var p50 = InventoryEstimator.Percentile(sorted, 0.50);
        var p75 = InventoryEstimator.Percentile(sorted, 0.75);

        // h = 3p: 0.75 -> 10 + 0.75*10; 1.5 -> 20 + 0.5*10; 2.25 -> 30 + 0.25*20
        Assert.Equal(17.5, p25, 9);
        Assert.Equal(25.0, p50, 9);
        Assert.Equal(35.0, p75, 9);
    }

    [Fact]
    public void Estimate_FiveComparableRecords_GivesPercentilesTimesFloorArea()
    {
        var result = InventoryEstimator.Estimate(Office(areaM2: 100), FiveOffices, []);

        var timber = Assert.Single(result.Categories);
        Assert.Equal("timber_beams", timber.CategoryKey);
        Assert.Equal(2000, timber.P25Kg, 6);
        Assert.Equal(3000, timber.P50Kg, 6);
        Assert.Equal(4000, timber.P75Kg, 6);
        Assert.Equal(EstimateBasis.Records, timber.Basis);
        Assert.Equal(["a", "b", "c", "d", "e"], timber.RecordIds.Order());
        Assert.Equal(InventoryEstimator.Method, result.Method);
    }

    [Fact]
    public void Estimate_TooFewValuesWithRange_FallsBackToRange()
    {
        IntensityRecord[] records = [.. FiveOffices, Rec("a", "steel_beams", 99), Rec("b", "steel_beams", 99)];
        IntensityRange[] ranges =
        [
            new("steel_beams", BuildingUse.NonResidential, StructureType.Concrete, "OECD_EU15", 10, 20, 30, "RASMI steel NR C"),
            new("steel_beams", BuildingUse.NonResidential, StructureType.Steel, "OECD_EU15", 1, 2, 3, "RASMI steel NR S"),
        ];

        var result = InventoryEstimator.Estimate(Office(areaM2: 50), records, ranges);

        var steel = result.Categories.Single(c => c.CategoryKey == "steel_beams");
        Assert.Equal(EstimateBasis.RangeFallback, steel.Basis);
        Assert.Equal(500, steel.P25Kg, 6);
        Assert.Equal(1000, steel.P50Kg, 6);
        Assert.Equal(1500, steel.P75Kg, 6);
        Assert.Contains("RASMI steel NR C", steel.Source, StringComparison.Ordinal);
        Assert.Empty(steel.RecordIds);
    }

    [Fact]
    public void Estimate_TooFewValuesWithoutRange_ReportsGap()
    {
        IntensityRecord[] records = [.. FiveOffices, Rec("a", "gypsum_board", 5)];

        var result = InventoryEstimator.Estimate(Office(), records, []);

        Assert.Equal(["gypsum_board"], result.Gaps);
        Assert.DoesNotContain(result.Categories, c => c.CategoryKey == "gypsum_board");
    }

    [Fact]
    public void Estimate_FewBuildingsOfFunctionType_RelaxesToUseClass()
    {
        IntensityRecord[] records =
        [
            Rec("s1", "timber_beams", 100, type: "NR_civic"), Rec("s2", "timber_beams", 100, type: "NR_civic"),
            Rec("o1", "timber_beams", 10), Rec("o2", "timber_beams", 10), Rec("o3", "timber_beams", 10),
        ];
        var school = new BuildingFacts(BuildingUse.NonResidential, "NR_civic", StructureType.Unspecified, 1970, 10);

        var result = InventoryEstimator.Estimate(school, records, []);

        Assert.Equal(5, result.RecordIds.Count);
        Assert.Contains("function NR_civic relaxed", result.Selection, StringComparison.Ordinal);
        Assert.Equal(100, result.Categories.Single().P50Kg, 6);
    }

    [Fact]
    public void Estimate_YearKnown_KeepsNearestPeriod()
    {
        var old = Enumerable.Range(1, 5).Select(i => Rec($"old{i}", "timber_beams", 10, year: 1960 + i));
        var recent = Enumerable.Range(1, 5).Select(i => Rec($"new{i}", "timber_beams", 100, year: 2000 + i));

        var result = InventoryEstimator.Estimate(Office(areaM2: 1, year: 1965), [.. old, .. recent], []);

        Assert.All(result.RecordIds, id => Assert.StartsWith("old", id, StringComparison.Ordinal));
        Assert.Equal(10, result.Categories.Single().P50Kg, 6);
    }

    [Fact]
    public void Estimate_StructureWithFewRecords_IsRelaxed()
    {
        IntensityRecord[] records = [.. FiveOffices, Rec("f", "timber_beams", 1000, structure: StructureType.Steel)];

        var result = InventoryEstimator.Estimate(Office(structure: StructureType.Steel), records, []);

        Assert.Equal(6, result.RecordIds.Count);
        Assert.Contains("structure S relaxed", result.Selection, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_UnknownStructure_UsesUsualDutchStructureForRange()
    {
        IntensityRange[] ranges =
        [
            new("bricks", BuildingUse.ResidentialSingleFamily, StructureType.Masonry, "OECD_EU15", 100, 200, 300, "masonry"),
            new("bricks", BuildingUse.ResidentialSingleFamily, StructureType.Concrete, "OECD_EU15", 1, 2, 3, "concrete"),
        ];
        var house = new BuildingFacts(BuildingUse.ResidentialSingleFamily, "R_SFH_rowhouse", StructureType.Unspecified, 1960, 1);

        var result = InventoryEstimator.Estimate(house, [], ranges);

        Assert.Equal(200, result.Categories.Single().P50Kg, 6);
        Assert.Empty(result.RecordIds);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(double.NaN)]
    public void Estimate_NonPositiveArea_Throws(double area)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => InventoryEstimator.Estimate(Office(areaM2: area), FiveOffices, []));
    }

    [Fact]
    public void Estimate_FallbackCountedInsideRecordCategory_IsTakenOffTheContainer()
    {
        IntensityRecord[] records = [.. FiveOffices.Select(r => r with { CategoryKey = "stony" })];
        IntensityRange[] ranges = [new("bricks", BuildingUse.NonResidential, StructureType.Concrete, "OECD_EU15", 1, 5, 9, "RASMI brick")];
        var options = new EstimatorOptions { ContainedIn = new Dictionary<string, string> { ["bricks"] = "stony" } };

        var result = InventoryEstimator.Estimate(Office(areaM2: 1), records, ranges, options);

        var stony = result.Categories.Single(c => c.CategoryKey == "stony");
        Assert.Equal((15.0, 25.0, 35.0), (stony.P25Kg, stony.P50Kg, stony.P75Kg));
        Assert.Equal(5.0, result.Categories.Single(c => c.CategoryKey == "bricks").P50Kg);
    }
}
