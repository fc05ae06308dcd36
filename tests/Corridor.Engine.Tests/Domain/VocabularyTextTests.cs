using Corridor.Engine.Domain;
using Corridor.Engine.Matching;

namespace Corridor.Engine.Tests.Domain;

public sealed class VocabularyTextTests
{
    [Theory]
    [InlineData("articulated_over_33t", 0.078)]
    [InlineData("articulated_3_5_to_33t", 0.123)]
    [InlineData("rigid_over_17t", 0.173)]
    [InlineData("rigid_7_5_to_17t", 0.430)]
    [InlineData("all_hgvs", 0.104)]
    [InlineData("rail", 0.026)]
    public void VehicleClass_TryParse_Key_RoundTrips(string key, double factor)
    {
        Assert.True(VehicleClass.TryParse(key, out var vehicle));
        Assert.Equal(key, vehicle.Key);
        Assert.Equal(factor, vehicle.Co2eKgPerTonneKm);
        Assert.False(vehicle.IsEstimate);
        Assert.False(vehicle.IsElectric);
    }

    [Fact]
    public void VehicleClass_Electric_TakesTheCallersFactor()
    {
        Assert.True(VehicleClass.TryParse("electric", out var vehicle, 0.02));
        Assert.True(vehicle.IsElectric);
        Assert.True(vehicle.IsEstimate);
        Assert.Equal(0.02, vehicle.Co2eKgPerTonneKm);
        Assert.Equal(VehicleClass.ElectricKey, VehicleClass.Electric(0.5).Key);
        Assert.False(VehicleClass.TryParse("electric", out _, -1));
        Assert.False(VehicleClass.TryParse("electric", out _, double.NaN));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Rail")]
    [InlineData(" rail")]
    [InlineData("ship")]
    public void VehicleClass_TryParse_RefusesOtherText(string? key)
    {
        Assert.False(VehicleClass.TryParse(key, out var vehicle));
        Assert.Equal(VehicleClass.Default, vehicle);
    }

    [Fact]
    public void VehicleClass_Keys_ListEveryClassOnce()
    {
        Assert.Equal(VehicleClass.All.Count, VehicleClass.Keys.Distinct().Count());
        Assert.Equal("articulated_over_33t", VehicleClass.Default.Key);
        Assert.Equal("electric", VehicleClass.Keys[^1]);
        Assert.Equal("articulated_over_33t, articulated_3_5_to_33t, rigid_over_17t, rigid_7_5_to_17t, all_hgvs, rail or electric", VehicleClass.KeyList);
    }

    [Theory]
    [InlineData(TimeResolution.Day, "day")]
    [InlineData(TimeResolution.Week, "week")]
    public void TimeResolution_Key_RoundTrips(TimeResolution resolution, string key)
    {
        Assert.Equal(key, resolution.Key());
        Assert.True(TimeResolutionText.TryParse(key, out var parsed));
        Assert.Equal(resolution, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Week")]
    [InlineData("month")]
    [InlineData("0")]
    public void TimeResolution_TryParse_RefusesOtherText(string? key) => Assert.False(TimeResolutionText.TryParse(key, out _));

    [Theory]
    [InlineData(QualityGrade.A, "A")]
    [InlineData(QualityGrade.B, "B")]
    [InlineData(QualityGrade.C, "C")]
    public void QualityGrade_Key_RoundTrips(QualityGrade grade, string key)
    {
        Assert.Equal(key, grade.Key());
        Assert.True(QualityGradeText.TryParseKey(key, out var parsed));
        Assert.Equal(grade, parsed);
        Assert.True(QualityGradeText.TryParse(" " + key.ToLowerInvariant() + " ", out var lenient));
        Assert.Equal(grade, lenient);
    }

    [Fact]
    public void QualityGrade_StrictAndLenientParsing()
    {
        Assert.False(QualityGradeText.TryParseKey("a", out _));
        Assert.False(QualityGradeText.TryParseKey("D", out _));
        Assert.False(QualityGradeText.TryParse("D", out _));
        Assert.True(QualityGrade.A.IsReusable() && QualityGrade.B.IsReusable() && !QualityGrade.C.IsReusable());
    }
}
