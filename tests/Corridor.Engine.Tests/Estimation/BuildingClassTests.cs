using Corridor.Engine.Estimation;

namespace Corridor.Engine.Tests.Estimation;

public class BuildingClassTests
{
    [Theory]
    [InlineData("Kantoor", BuildingUse.NonResidential, "NR_office_low")]
    [InlineData("sporthal", BuildingUse.NonResidential, "NR_civic")]
    [InlineData("Basisschool", BuildingUse.NonResidential, "NR_civic")]
    [InlineData("city hall", BuildingUse.NonResidential, "NR_civic")]
    [InlineData("rijwoning", BuildingUse.ResidentialSingleFamily, "R_SFH_rowhouse")]
    [InlineData("portiekflat", BuildingUse.ResidentialMultiFamily, "R_MFH_low")]
    [InlineData("warehouse", BuildingUse.NonResidential, "NR_warehouse")]
    [InlineData("NR_factory", BuildingUse.NonResidential, "NR_factory")]
    public void Classify_KnownWords_GiveUseAndFunctionType(string text, BuildingUse use, string functionType)
    {
        var result = BuildingClass.Classify(text);

        Assert.Equal((use, functionType), result);
    }

    [Fact]
    public void Classify_UnknownText_IsNull()
    {
        Assert.Null(BuildingClass.Classify("windmill"));
    }

    [Theory]
    [InlineData("beton", StructureType.Concrete)]
    [InlineData("masonry", StructureType.Masonry)]
    [InlineData("S", StructureType.Steel)]
    [InlineData(null, StructureType.Unspecified)]
    [InlineData("unknown", StructureType.Unspecified)]
    public void ParseStructure_WordsAndCodes_AreRead(string? text, StructureType expected)
    {
        Assert.Equal(expected, BuildingClass.ParseStructure(text));
    }
}
