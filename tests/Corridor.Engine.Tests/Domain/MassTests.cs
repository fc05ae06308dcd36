using Corridor.Engine.Domain;

namespace Corridor.Engine.Tests.Domain;

public sealed class MassTests
{
    [Fact]
    public void Tonnes_AndKg_Convert()
    {
        Assert.Equal(2500, Mass.FromTonnes(2.5).Kg);
        Assert.Equal(0.75, Mass.FromKg(750).Tonnes);
        Assert.Equal(1500, Mass.FromKg(1.5).Grams);
        Assert.Equal(0.25, Mass.FromGrams(250).Kg);
        Assert.Equal(3.2, Mass.KgToTonnes(3200));
        Assert.Null(Mass.KgToTonnes((double?)null));
        Assert.Equal(4200, Mass.TonnesToKg(4.2));
        Assert.Equal(0.5, Mass.PerTonneToPerKg(500));
        Assert.Equal(240, Mass.PerKgToPerTonne(0.24));
    }

    [Fact]
    public void Arithmetic_AndComparison()
    {
        var a = Mass.FromKg(600);
        var b = Mass.FromTonnes(0.4);
        Assert.Equal(Mass.FromTonnes(1), a + b);
        Assert.Equal(200, (a - b).Kg);
        Assert.Equal(-600, (-a).Kg);
        Assert.Equal(1200, (a * 2).Kg);
        Assert.Equal(1200, (2 * a).Kg);
        Assert.Equal(300, (a / 2).Kg);
        Assert.Equal(1.5, a / b);
        Assert.True(a > b && b < a && a >= Mass.FromKg(600) && b <= a && !(a < b));
        Assert.True(a.CompareTo(b) > 0);
        Assert.Equal(Mass.Zero, Mass.FromKg(0));
    }

    [Theory]
    [InlineData(1.23449, 1.234)]
    [InlineData(1.2346, 1.235)]
    [InlineData(0.0004, 0)]
    public void RoundedToGram(double kg, double expected) => Assert.Equal(expected, Mass.FromKg(kg).RoundedToGram().Kg, 12);

    [Fact]
    public void LotMass_Tonnes_ConvertExactly()
    {
        var category = Corridor.Engine.Tests.Matching.Corridors.SteelBeams;
        Assert.Equal(new LotMass(12_500, false), LotMass.Resolve(12.5m, QuantityUnit.T, null, category));
        Assert.Equal(Mass.FromTonnes(12.5), LotMass.Resolve(12.5m, QuantityUnit.T, null, category)!.Value.Mass);
    }
}
