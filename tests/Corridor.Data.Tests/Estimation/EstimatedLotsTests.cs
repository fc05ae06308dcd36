using Corridor.Data.Demo;
using Corridor.Data.Impact;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;

namespace Corridor.Data.Tests.Estimation;

/// <summary>The one rule set that turns an estimated inventory into supply lots, for the demo corridor and the estimate API alike.</summary>
public sealed class EstimatedLotsTests
{
    static readonly DateOnly Start = new(2027, 1, 1), End = new(2027, 11, 27); // 330 days

    [Theory]
    [InlineData(ProjectKind.Demolition, false, 0, 198)]
    [InlineData(ProjectKind.Demolition, true, 132, 330)]
    [InlineData(ProjectKind.VacantBuilding, true, 132, 330)]
    [InlineData(ProjectKind.Renovation, true, 0, 165)]
    [InlineData(ProjectKind.Renovation, false, 0, 165)]
    public void Window_StripOutFirstStructureLast_RenovationInTheFirstHalf(ProjectKind kind, bool structural, int fromDay, int toDay)
    {
        var (from, to) = EstimatedLots.Window(kind, Start, End, structural);

        Assert.Equal(Start.AddDays(fromDay), from);
        Assert.Equal(Start.AddDays(toDay), to);
    }

    [Fact]
    public void Lots_CodeGradeAndShare_AreTheSameForTheDemoAndTheEstimateApi()
    {
        Assert.Equal("EST-STEEL-BEAMS", EstimatedLots.LotCode("steel_beams"));
        Assert.Equal(QualityGrade.B, EstimatedLots.Grade("bricks"));
        Assert.Equal(QualityGrade.C, EstimatedLots.Grade("gypsum_board"));
        Assert.True(EstimatedLots.IsStructural("hollow_core_slabs"));
        Assert.False(EstimatedLots.IsStructural("gypsum_board"));
        Assert.Equal(0.05, EstimatedLots.Share(ProjectKind.Renovation, "steel_beams"));
        Assert.Equal(1.0, EstimatedLots.Share(ProjectKind.Demolition, "steel_beams"));
        Assert.Equal(EstimatedLots.MinLotMassKg, DemoCorridor.MinLotMassKg);
        Assert.Equal(EstimatedLots.MinLotMassKg, InventoryEstimates.MinLotMassKg);
        var doors = ReferenceCatalog.CategoriesByKey["doors"];
        Assert.Equal(DemoCorridor.Quantity(12_345, doors), EstimatedLots.Quantity(12_345, doors));
    }
}
