using Corridor.Data.Import;
using Corridor.Engine.Domain;
using static Corridor.Data.Tests.Import.ImportFixtures;

namespace Corridor.Data.Tests.Import;

public sealed class DuplicateAndMassTests
{
    [Fact]
    public void Read_DuplicateProjectCode_ErrorOnTheSecondRowNamingTheFirst()
    {
        var batch = ReadCsv("projects.csv", Csv(ValidProject, [], [("code", "AMF-02")], [("code", "amf-01 ")]));

        var error = SingleError(batch);
        Assert.Equal((4, "code", "amf-01"), (error.Row, error.Column, error.Value));
        Assert.Equal("duplicate project code: already used in row 2", error.Message);
    }

    [Fact]
    public void Read_SameLotCodeInOtherProject_IsAccepted()
    {
        var batch = ReadCsv("lots.csv", Csv(ValidLot, [], [("project_code", "AMF-02")]));

        AssertNoIssues(batch);
        Assert.Equal(2, batch.Lots.Count);
    }

    [Fact]
    public void Read_DuplicateLotCodeInProject_ErrorOnTheSecondRow()
    {
        var batch = ReadCsv("lots.csv", Csv(ValidLot, [], [("lot_code", "L-002")], [("quantity", "3")]));

        var error = SingleError(batch);
        Assert.Equal((4, "lot_code", "L-001"), (error.Row, error.Column, error.Value));
        Assert.Equal("duplicate lot code for project 'AMF-01': already used in row 2", error.Message);
    }

    [Fact]
    public void Read_DuplicateHubCode_ErrorOnTheSecondRow()
    {
        var batch = ReadCsv("hubs.csv", Csv(ValidHub, [], [("name", "Other hub")]));

        Assert.Equal((3, "code"), (SingleError(batch).Row, SingleError(batch).Column));
        Assert.Single(batch.Hubs);
    }

    [Fact]
    public void Read_LotInCategoryDefaultUnitWithoutMass_EstimatesMassFromCategory()
    {
        var batch = ReadLot(("quantity", "40"), ("unit", "st"));

        var lot = Assert.Single(batch.Lots);
        Assert.Equal((1000.0, true), (lot.MassKg, lot.MassIsEstimated));
    }

    [Fact]
    public void Read_LotWithMassGiven_UsesItAndIsNotEstimated()
    {
        var batch = ReadLot(("mass_kg", "1.180,5"));

        var lot = Assert.Single(batch.Lots);
        Assert.Equal((1180.5, false), (lot.MassKg, lot.MassIsEstimated));
    }

    [Theory]
    [InlineData("2500", "kg", 2500)]
    [InlineData("2,5", "ton", 2500)]
    public void Read_LotInMassUnit_ConvertsExactly(string quantity, string unit, double massKg)
    {
        var batch = ReadLot(("category", "bricks"), ("quantity", quantity), ("unit", unit));

        var lot = Assert.Single(batch.Lots);
        Assert.Equal((massKg, false), (lot.MassKg, lot.MassIsEstimated));
    }

    [Fact]
    public void Read_LotInOtherUnitThanCategoryWithoutMass_ErrorAsksForMassKg()
    {
        var batch = ReadLot(("category", "doors"), ("quantity", "12"), ("unit", "m2"));

        var error = SingleError(batch);
        Assert.Equal(("mass_kg", (string?)null), (error.Column, error.Value));
        Assert.Equal("mass_kg is required: the unit 'm2' differs from the default unit 'pcs' of category 'doors', so the mass cannot be estimated; " +
                     "give the lot's total mass in kg", error.Message);
    }

    [Fact]
    public void Read_LotInOtherUnitWithMassGiven_IsAccepted()
    {
        var batch = ReadLot(("category", "doors"), ("quantity", "12"), ("unit", "m2"), ("mass_kg", "300"));

        Assert.Equal(300, Assert.Single(batch.Lots).MassKg);
    }
}
