using Corridor.Engine.Domain;

namespace Corridor.Engine.Tests.Domain;

public sealed class EwcCodeTests
{
    [Theory]
    [InlineData("17 01 01", "17 01 01", false)]
    [InlineData("170102", "17 01 02", false)]
    [InlineData(" 17.06.05 * ", "17 06 05*", true)]
    [InlineData("01-01-01", "01 01 01", false)]
    [InlineData("20 03 01", "20 03 01", false)]
    public void TryParse_ValidCode_Normalises(string text, string value, bool hazardous)
    {
        Assert.True(EwcCode.TryParse(text, out var code));

        Assert.Equal((value, hazardous), (code.Value, code.IsHazardous));
    }

    [Theory]
    [InlineData("00 01 01")]
    [InlineData("21 01 01")]
    [InlineData("99 99 99")]
    [InlineData("1701")]
    [InlineData("17 01 01 01")]
    [InlineData("١٧٠١٠١")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotACatalogueCode_ReturnsFalse(string? text)
    {
        Assert.False(EwcCode.TryParse(text, out _));
    }
}
