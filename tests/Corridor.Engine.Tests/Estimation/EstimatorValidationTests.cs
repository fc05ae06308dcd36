using Corridor.Engine.Estimation;

namespace Corridor.Engine.Tests.Estimation;

public class EstimatorValidationTests
{
    static IntensityRecord Rec(string id, string key, double kgPerM2) =>
        new(id, BuildingUse.NonResidential, "NR_office_low", StructureType.Unspecified, 1970, key, kgPerM2);

    [Fact]
    public void LeaveOneOut_SixOffices_MedianErrorAndCoverageAsWorkedOut()
    {
        // Timber 10..60 kg/m². Without a, the others 20..60 give p50 40: APE 300%. Likewise b 100%, c 33.3%, d (p50 30) 25%,
        // e 40%, f 50%. Sorted 25, 33.3, 40, 50, 100, 300: median (PERCENTILE.INC) 40 + 0.5 × 10 = 45%.
        // Actual within the others' p25–p75: c (20–50) and d (20–50) only → 2 of 6.
        IntensityRecord[] records = [Rec("a", "timber_beams", 10), Rec("b", "timber_beams", 20), Rec("c", "timber_beams", 30),
            Rec("d", "timber_beams", 40), Rec("e", "timber_beams", 50), Rec("f", "timber_beams", 60)];

        var report = EstimatorValidation.LeaveOneOut(records, [], ["a", "b", "c", "d", "e", "f"]);

        var timber = Assert.Single(report.Categories);
        Assert.Equal(6, timber.Buildings);
        Assert.Equal(6, timber.FromRecords);
        Assert.Equal(45, timber.MedianApePercent!.Value, 9);
        Assert.Equal(100.0 / 3, timber.WithinP25P75Percent!.Value, 9);
        Assert.Equal(300, report.Cases.Single(c => c.RecordId == "a").AbsolutePercentageError!.Value, 9);
    }

    [Fact]
    public void LeaveOneOut_CategoryNoOtherBuildingReports_IsAGap()
    {
        IntensityRecord[] records = [Rec("a", "timber_beams", 10), Rec("b", "timber_beams", 20), Rec("c", "timber_beams", 30),
            Rec("d", "timber_beams", 40), Rec("e", "timber_beams", 50), Rec("f", "timber_beams", 60), Rec("a", "glass", 3)];

        var report = EstimatorValidation.LeaveOneOut(records, [], ["a"]);

        var glass = report.Categories.Single(c => c.CategoryKey == "glass");
        Assert.Equal((1, 0), (glass.Buildings, glass.Estimated));
        Assert.Null(glass.MedianApePercent);
        // Total of a: actual 10 + 3 = 13, estimate only timber 40 → |40 − 13| / 13.
        Assert.Equal(27.0 / 13 * 100, report.Total.MedianApePercent!.Value, 9);
    }

    [Fact]
    public void LeaveOneOut_UnknownId_Throws()
    {
        Assert.Throws<ArgumentException>(() => EstimatorValidation.LeaveOneOut([Rec("a", "glass", 1)], [], ["zz"]));
    }
}
