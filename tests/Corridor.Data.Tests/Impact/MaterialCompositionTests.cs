using Corridor.Data.Impact;
using Corridor.Data.ReferenceData;

namespace Corridor.Data.Tests.Impact;

public class MaterialCompositionTests
{
    [Fact]
    public void Of_EveryShippedCategory_PartsSumToOne()
    {
        foreach (var category in ReferenceCatalog.Categories)
        {
            var parts = MaterialComposition.Of(category);

            Assert.Equal(1, parts.Sum(p => p.MassShare), 9);
            Assert.All(parts, p => Assert.StartsWith("ICE v2.0 ", p.Source, StringComparison.Ordinal));
        }
    }

    [Theory]
    // Composite shares of categories.csv: doors 85% timber + 10% hardboard (wood) + 5% steel; window frames 93% hardwood.
    [InlineData("doors", 0.95)]
    [InlineData("window_frames", 0.93)]
    [InlineData("timber_beams", 1.0)]
    [InlineData("kitchen_units", 0.85)]
    [InlineData("raised_access_floor_tiles", 0.85)]
    [InlineData("steel_beams", 0.0)]
    [InlineData("concrete_elements", 0.0)]
    public void RenewableShare_Category_IsTheWoodShare(string key, double expected)
    {
        var share = MaterialComposition.RenewableShare(ReferenceCatalog.CategoriesByKey[key]);

        Assert.Equal(expected, share, 9);
    }

    [Fact]
    public void Of_ConcreteComposite_NamesConcreteAndSteelRows()
    {
        var parts = MaterialComposition.Of(ReferenceCatalog.CategoriesByKey["concrete_elements"]);

        Assert.Equal(["Concrete, Standard ready mix, RC 32/40 (32/40 MPa), none", "Steel, Bar and rod, EU average"], parts.Select(p => p.Material));
        Assert.Equal("ICE v2.0 concrete: Standard ready mix, RC 32/40 (32/40 MPa), none (row 72)", parts[0].Source);
    }
}
