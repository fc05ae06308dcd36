using Corridor.Data.Lots;
using Corridor.Engine.Domain;
using static Corridor.Data.Tests.Import.ImportFixtures;

namespace Corridor.Data.Tests.Lots;

/// <summary>The one lot draft: text or typed values in, (field, message) out, a lot made only when it passes.</summary>
public sealed class LotDraftTests
{
    static LotDraft Valid()
    {
        var draft = new LotRules(Categories).Draft();
        foreach (var (field, text) in ValidLot) draft.Set(field, text);
        return draft;
    }

    [Fact]
    public void Set_FromText_ParsesLikeTheImport()
    {
        var draft = Valid().Set("quantity", "1.234,5").Set("available_to", "31-12-2026").Set("direction", "vraag").Set("unit", "stuks");

        Assert.Empty(draft.Validate());
        Assert.Equal((1234.5m, new DateOnly(2026, 12, 31), LotDirection.Demand, QuantityUnit.Pcs), (draft.Quantity, draft.AvailableTo, draft.Direction, draft.Unit));
    }

    [Fact]
    public void Validate_TextThatDoesNotParse_IsThatFieldsIssueOnly()
    {
        var issues = Valid().Set("quantity", "twelve").Set("available_from", "soon").Validate();

        Assert.Equal(
            [new LotDraftIssue("quantity", "not a number; use digits with a decimal point or comma, e.g. 1234.5 or 1.234,5"),
             new LotDraftIssue("available_from", "not a date; use yyyy-mm-dd or dd-mm-yyyy")], issues);
    }

    [Fact]
    public void Validate_EmptyDraft_NamesEveryRequiredField()
    {
        var issues = new LotRules(Categories).Draft(requireProjectCode: true).Validate();

        Assert.Equal(["project_code", "lot_code", "direction", "category", "quantity", "unit", "available_from", "available_to"], issues.Select(i => i.Field));
        Assert.All(issues, i => Assert.Equal($"{i.Field} is required but empty", i.Message));
    }

    [Fact]
    public void Validate_TypedValues_UseTheSameRulesAndMessages()
    {
        var draft = Valid();
        draft.Quantity = 0;
        draft.PriceEur = -1;
        draft.LengthM = 0;
        draft.AvailableTo = new DateOnly(2026, 1, 1);

        Assert.Equal(
            [new LotDraftIssue("quantity", "quantity must be greater than 0"),
             new LotDraftIssue("available_to", "available_to (2026-01-01) is before available_from (2026-03-01); it must be the same day or later"),
             new LotDraftIssue("price_eur", "price_eur cannot be negative; use 0 for free"),
             new LotDraftIssue("length_m", "length_m must be greater than 0 m")], draft.Validate());
    }

    [Theory]
    [InlineData(500.0, 400.0, 600.0, null, null)]
    [InlineData(500.0, 501.0, 600.0, "mass_kg_low", "mass_kg_low must not be above mass_kg")]
    [InlineData(500.0, 400.0, 499.0, "mass_kg_high", "mass_kg_high must not be below mass_kg")]
    [InlineData(500.0, 0.0, 600.0, "mass_kg_low", "mass_kg_low must be greater than 0 kg")]
    public void Validate_EstimateRange_MustEncloseTheMass(double mass, double low, double high, string? field, string? message)
    {
        var draft = Valid();
        (draft.MassKg, draft.MassKgLow, draft.MassKgHigh) = (mass, low, high);

        var issues = draft.Validate();

        Assert.Equal(field is null ? [] : [new LotDraftIssue(field, message!)], issues);
    }

    [Fact]
    public void Validate_DateRange_IsTheRulesOne()
    {
        var draft = new LotRules(Categories, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)).Draft();
        foreach (var (field, text) in ValidLot) draft.Set(field, text);
        draft.AvailableTo = new DateOnly(2027, 1, 1);

        var issue = Assert.Single(draft.Validate());

        Assert.Equal(new LotDraftIssue("available_to", "available_to 2027-01-01 lies outside the plausible range 2026-01-01 to 2026-12-31; check the year"), issue);
    }

    [Fact]
    public void ToEntity_WithoutMass_DerivesItAndKeepsTheGivenEwc()
    {
        var lot = Valid().ToEntity(corridorId: 7, projectId: 3);

        Assert.Equal((7, 3, "L-001", "doors", 40 * 25.0, true, "17 02 01", false, LotStatus.Inventoried),
            (lot.CorridorId, lot.ProjectId, lot.Code, lot.CategoryKey, lot.MassKg, lot.MassIsEstimated, lot.Ewc, lot.IsHazardous, lot.Status));
    }

    [Fact]
    public void ToEntity_WithoutEwc_StoresNoneButIsHazardousWhenTheCategoryIs()
    {
        IReadOnlyList<MaterialCategory> categories =
            [new()
            {
                Key = "asbestos_sheets", NameEn = "Asbestos sheets", NameNl = "Asbestplaten", DefaultUnit = QuantityUnit.M2, TypicalKgPerUnit = 15,
                StorageM2PerTonne = 0, EmbodiedCo2eKgPerKg = 0, EmbodiedSource = "-", Ewc = EwcCode.Parse("17 06 05*"), NlSfb = "",
                EndOfLifeRoute = "landfill", EndOfLifeCo2eKgPerKg = 0, Notes = "",
            }];
        var draft = new LotRules(categories).Draft();
        foreach (var (field, text) in ValidLot) draft.Set(field, field switch { "category" => "asbestos_sheets", "unit" => "m2", "ewc" => "", _ => text });

        var lot = draft.ToEntity(1, 1);

        Assert.Equal(((string?)null, true), (lot.Ewc, lot.IsHazardous));
    }

    [Fact]
    public void ToEntity_InvalidDraft_Throws()
    {
        var draft = Valid().Set("category", "unobtainium");

        Assert.Throws<InvalidOperationException>(() => draft.ToEntity(1, 1));
    }

    [Fact]
    public void Set_UnknownField_Throws()
    {
        Assert.Throws<ArgumentException>(() => Valid().Set("colour", "brown"));
    }

    [Theory]
    [InlineData("mass_kg", "massKg")]
    [InlineData("available_from", "availableFrom")]
    [InlineData("quantity", "quantity")]
    public void CamelCase_IsTheApiSpelling(string field, string expected) => Assert.Equal(expected, LotDraft.CamelCase(field));
}
