using Corridor.Data.Demo;
using Corridor.Data.Import;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;
using Corridor.Engine.Estimation;

namespace Corridor.Data.Tests.Demo;

public class DemoCorridorTests
{
    // Amersfoort and its neighbours: Baarn/Soest in the west, Nijkerk in the east, Spakenburg in the north, Woudenberg in the south.
    static bool InRegion(double lat, double lon) => lat is > 52.05 and < 52.28 && lon is > 5.20 and < 5.55;

    static readonly DateOnly SpanEnd = DemoCorridor.AnchorDate.AddYears(2);

    static bool IsDonor(ProjectRow p) => p.Kind is ProjectKind.Demolition or ProjectKind.Renovation or ProjectKind.VacantBuilding;

    [Fact]
    public void Projects_Demo_AtLeast32InRegionWithOrderedDatesFromAnchor()
    {
        var projects = DemoCorridor.Projects();

        Assert.True(projects.Count >= 32, $"{projects.Count} projects");
        Assert.Equal(projects.Count, projects.Select(p => p.Code).Distinct().Count());
        Assert.All(projects, p =>
        {
            Assert.True(InRegion(p.Latitude, p.Longitude), p.Code);
            Assert.True(p.Start <= p.End, p.Code);
            Assert.True(p.Start >= DemoCorridor.AnchorDate && p.End < SpanEnd, p.Code);
            Assert.StartsWith("Demo", p.Name, StringComparison.Ordinal);
        });
        Assert.Equal(DemoCorridor.AnchorDate, projects.Min(p => p.Start));
        Assert.Contains(projects, p => p.Kind == ProjectKind.Demolition && p.Address!.Contains("Stadhuisplein", StringComparison.Ordinal));
        Assert.Contains(projects, p => p.Kind == ProjectKind.NewBuild && p.Address!.Contains("Stadhuisplein", StringComparison.Ordinal));
    }

    [Fact]
    public void Projects_Donors_HaveRecognisedBuildingFacts()
    {
        var donors = DemoCorridor.Projects().Where(IsDonor).ToList();

        Assert.NotEmpty(donors);
        Assert.All(donors, p =>
        {
            Assert.True(p.GrossFloorAreaM2 > 0, p.Code);
            Assert.NotNull(p.YearBuilt);
            var facts = BuildingFacts.FromText(p.BuildingType, p.Structure, p.YearBuilt, p.GrossFloorAreaM2!.Value);
            Assert.NotNull(facts);
            Assert.NotEqual(StructureType.Unspecified, facts.Structure);
        });
    }

    [Fact]
    public void Hubs_Demo_AtLeastTwoInRegionWithPlausibleAreaAndKnownCategories()
    {
        var hubs = DemoCorridor.Hubs();

        Assert.True(hubs.Count >= 2);
        Assert.All(hubs, h =>
        {
            Assert.True(InRegion(h.Latitude, h.Longitude), h.Code);
            Assert.InRange(h.StorageAreaM2, 5000, 20000);
            Assert.All(h.Accepts, key => Assert.True(ReferenceCatalog.CategoriesByKey.ContainsKey(key), key));
        });
        Assert.Contains(hubs, h => h.Name.Contains("Hoevelaken", StringComparison.Ordinal));
    }

    [Fact]
    public void DemandLots_Demo_NameKnownProjectsAndCategoriesWithinSchedule()
    {
        var projects = DemoCorridor.Projects().ToDictionary(p => p.Code);
        var lots = DemoCorridor.DemandLots();

        Assert.NotEmpty(lots);
        Assert.All(lots, l =>
        {
            Assert.Equal(LotDirection.Demand, l.Direction);
            Assert.True(ReferenceCatalog.CategoriesByKey.ContainsKey(l.CategoryKey), l.CategoryKey);
            var p = projects[l.ProjectCode];
            Assert.True(p.Kind is ProjectKind.NewBuild or ProjectKind.Renovation or ProjectKind.Infrastructure, l.ProjectCode);
            Assert.True(l.AvailableFrom <= l.AvailableTo && l.AvailableFrom >= p.Start && l.AvailableTo <= p.End, $"{l.ProjectCode} {l.LotCode}");
            Assert.True(l.MassKg > 0);
        });
        Assert.Equal(lots.Count, lots.Select(l => (l.ProjectCode, l.LotCode)).Distinct().Count());
    }

    [Fact]
    public void EstimateSupplyLots_Demo_GivesEstimatedLotsForEveryDonor()
    {
        var projects = DemoCorridor.Projects();

        var lots = DemoCorridor.EstimateSupplyLots(projects, ReferenceCatalog.Categories);

        var byCode = projects.ToDictionary(p => p.Code);
        Assert.All(projects.Where(IsDonor), p => Assert.Contains(lots, l => l.ProjectCode == p.Code));
        Assert.All(lots, l =>
        {
            var p = byCode[l.ProjectCode];
            Assert.True(IsDonor(p));
            Assert.Equal(LotDirection.Supply, l.Direction);
            Assert.True(l.MassIsEstimated);
            Assert.Equal(DemoCorridor.EstimatedFile, l.File);
            Assert.True(l.MassKgLow <= l.MassKg && l.MassKg <= l.MassKgHigh, l.LotCode);
            Assert.True(l.MassKg >= DemoCorridor.MinLotMassKg);
            Assert.True(l.Quantity > 0);
            Assert.Equal(ReferenceCatalog.CategoriesByKey[l.CategoryKey].DefaultUnit, l.Unit);
            Assert.True(l.AvailableFrom >= p.Start && l.AvailableTo <= p.End && l.AvailableFrom <= l.AvailableTo);
            Assert.StartsWith("EST-", l.LotCode, StringComparison.Ordinal);
            Assert.NotEqual(QualityGrade.A, l.Quality);
        });
        Assert.Equal(Enumerable.Range(1, lots.Count), lots.Select(l => l.Row));
        Assert.Equal(lots.Count, lots.Select(l => (l.ProjectCode, l.LotCode)).Distinct().Count());
    }

    [Fact]
    public void Demo_Timing_SomeSupplyEndsBeforeDemandStartsAndSomeOverlaps()
    {
        var supply = DemoCorridor.EstimateSupplyLots(DemoCorridor.Projects(), ReferenceCatalog.Categories);
        var demand = DemoCorridor.DemandLots();

        var pairs = (from s in supply join d in demand on s.CategoryKey equals d.CategoryKey select (s, d)).ToList();

        Assert.Contains(pairs, x => x.s.AvailableTo < x.d.AvailableFrom);
        Assert.Contains(pairs, x => x.s.AvailableFrom <= x.d.AvailableTo && x.d.AvailableFrom <= x.s.AvailableTo);
    }

    [Fact]
    public void EstimateSupplyLots_Renovation_TakesOnlyItsShare()
    {
        var demolition = DemoCorridor.Projects().First(p => p.Kind == ProjectKind.Demolition);
        var renovation = demolition with { Code = "R", Kind = ProjectKind.Renovation };

        var full = DemoCorridor.EstimateSupplyLots([demolition], ReferenceCatalog.Categories);
        var part = DemoCorridor.EstimateSupplyLots([renovation], ReferenceCatalog.Categories);

        foreach (var lot in part)
        {
            var whole = full.Single(l => l.CategoryKey == lot.CategoryKey);
            Assert.Equal(whole.MassKg * DemoCorridor.RenovationShare(lot.CategoryKey), lot.MassKg, 6);
        }
        Assert.True(part.Sum(l => l.MassKg) < 0.2 * full.Sum(l => l.MassKg));
    }

    [Theory]
    [InlineData("2026-05-10", -7)]
    [InlineData("2026-12-31", 0)]
    [InlineData("2027-01-01", 1)]
    public void MonthsToShift_Today_MovesAnchorToNextMonth(string today, int expected)
    {
        var months = DemoCorridor.MonthsToShift(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, months);
    }

    [Theory]
    [InlineData("bricks", 48_361, 25_500)]
    [InlineData("crushed_concrete_aggregate", 1_234_567, 1_230)]
    [InlineData("steel_beams", 300, 7.5)]
    [InlineData("doors", 10, 1)]
    public void Quantity_Mass_RoundsToThreeSignificantFigures(string key, double massKg, double expected)
    {
        var quantity = DemoCorridor.Quantity(massKg, ReferenceCatalog.CategoriesByKey[key]);

        Assert.Equal((decimal)expected, quantity);
    }
}
