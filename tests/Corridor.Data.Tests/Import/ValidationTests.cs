using Corridor.Data.Import;
using static Corridor.Data.Tests.Import.ImportFixtures;

namespace Corridor.Data.Tests.Import;

/// <summary>Each bad cell yields one error naming file, row, column (as written) and value, and saying what is expected.</summary>
public sealed class ValidationTests
{
    [Theory]
    [InlineData("project_code", "", "project_code is required but empty")]
    [InlineData("direction", "sideways", "unknown direction; use supply or demand (Dutch: aanbod or vraag)")]
    [InlineData("quantity", "twelve", "not a number; use digits with a decimal point or comma, e.g. 1234.5 or 1.234,5")]
    [InlineData("quantity", "0", "quantity must be greater than 0")]
    [InlineData("quantity", "-3", "quantity must be greater than 0")]
    [InlineData("unit", "boxes", "unknown unit; use one of pcs, m, m2, m3, kg, t")]
    [InlineData("available_from", "2026-13-01", "not a date; use yyyy-mm-dd or dd-mm-yyyy")]
    [InlineData("available_to", "31-02-2027", "not a date; use yyyy-mm-dd or dd-mm-yyyy")]
    [InlineData("available_to", "2026-02-01", "available_to (2026-02-01) is before available_from (2026-03-01); it must be the same day or later")]
    [InlineData("mass_kg", "0", "mass_kg must be greater than 0 kg; leave it empty to have it estimated from the category")]
    [InlineData("mass_kg", "heavy", "not a number; use digits with a decimal point or comma, e.g. 1234.5 or 1.234,5")]
    [InlineData("quality", "D", "unknown quality; use A (reusable as is), B (needs reconditioning) or C (recycling only)")]
    [InlineData("ewc", "1702", "not an EWC code; use six digits such as 17 01 01, with * when hazardous (17 06 05*)")]
    [InlineData("price_eur", "-5", "price_eur cannot be negative; use 0 for free")]
    [InlineData("length_m", "0", "length_m must be greater than 0 m")]
    [InlineData("height_m", "-0,1", "height_m must be greater than 0 m")]
    public void Read_LotWithBadCell_OneErrorNamingFileRowColumnAndValue(string column, string value, string message)
    {
        var batch = ReadLot((column, value));

        var error = SingleError(batch);
        Assert.Equal(("lots.csv", (string?)null, 2, column, value == "" ? null : value, message),
            (error.File, error.Sheet, error.Row, error.Column, error.Value, error.Message));
        Assert.Empty(batch.Lots);
    }

    [Theory]
    [InlineData("code", "", "code is required but empty")]
    [InlineData("kind", "sloopwerk", "unknown project kind; use one of demolition, renovation, new_build, infrastructure, vacant_building (Dutch: sloop, renovatie, nieuwbouw, infrastructuur, leegstand)")]
    [InlineData("latitude", "91", "latitude must be between -90 and 90 (decimal degrees, e.g. 52.1561 for latitude, 5.3878 for longitude)")]
    [InlineData("longitude", "-180.5", "longitude must be between -180 and 180 (decimal degrees, e.g. 52.1561 for latitude, 5.3878 for longitude)")]
    [InlineData("latitude", "463000", "latitude must be between -90 and 90 (this looks like a Dutch RD coordinate; give WGS84 decimal degrees such as 52.1561, 5.3878)")]
    [InlineData("start", "next spring", "not a date; use yyyy-mm-dd or dd-mm-yyyy")]
    [InlineData("end", "01-01-2026", "end (2026-01-01) is before start (2026-03-01); it must be the same day or later")]
    [InlineData("status", "maybe", "unknown status; use one of planned, confirmed, started, done")]
    [InlineData("gross_floor_area_m2", "0", "gross_floor_area_m2 must be greater than 0 m²")]
    [InlineData("year_built", "999", "year_built must be a whole year between 1000 and 2031")]
    [InlineData("year_built", "2032", "year_built must be a whole year between 1000 and 2031")]
    [InlineData("year_built", "1975,5", "year_built must be a whole year between 1000 and 2031")]
    public void Read_ProjectWithBadCell_OneErrorNamingFileRowColumnAndValue(string column, string value, string message)
    {
        var batch = ReadProject((column, value));

        var error = SingleError(batch);
        Assert.Equal(("projects.csv", 2, column, value == "" ? null : value, message), (error.File, error.Row, error.Column, error.Value, error.Message));
        Assert.Empty(batch.Projects);
    }

    [Theory]
    [InlineData("name", "", "name is required but empty")]
    [InlineData("storage_area_m2", "0", "storage_area_m2 must be greater than 0 m²")]
    [InlineData("storage_area_m2", "", "storage_area_m2 is required but empty")]
    [InlineData("opens", "2031-01-01", "closes (2030-12-31) is before opens (2031-01-01); it must be the same day or later")]
    [InlineData("closes", "1/1/2031", "not a date; use yyyy-mm-dd or dd-mm-yyyy")]
    public void Read_HubWithBadCell_OneErrorNamingFileRowColumnAndValue(string column, string value, string message)
    {
        var batch = ReadHub((column, value));

        var error = SingleError(batch);
        var expectedColumn = column == "opens" ? "closes" : column;
        var expectedValue = column == "opens" ? "2030-12-31" : value == "" ? null : value;
        Assert.Equal(("hubs.csv", 2, expectedColumn, expectedValue, message), (error.File, error.Row, error.Column, error.Value, error.Message));
    }

    [Theory]
    [InlineData("dors", "unknown category; did you mean doors?")]
    [InlineData("Kozijnen", "unknown category; did you mean window_frames?")]
    [InlineData("beams", "unknown category; did you mean steel_beams or timber_beams?")]
    public void Read_UnknownCategory_SuggestsKnownKeys(string category, string message)
    {
        var batch = ReadLot(("category", category));

        var error = SingleError(batch);
        Assert.Equal(("category", category, message), (error.Column, error.Value, error.Message));
    }

    [Fact]
    public void Read_UnknownCategoryLikeNoKey_ListsTheThreeNearestKeys()
    {
        var error = SingleError(ReadLot(("category", "asbestos")));

        Assert.Matches(@"^unknown category; use a key of the material list\. The nearest keys are \w+, \w+ or \w+$", error.Message);
    }

    [Fact]
    public void Read_HubAcceptingUnknownCategory_ErrorNamesTheItem()
    {
        var batch = ReadHub(("accepts", "doors | glas"));

        var error = SingleError(batch);
        Assert.Equal(("accepts", "glas"), (error.Column, error.Value));
        Assert.StartsWith("unknown category", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowWithManyMistakes_ReportsEachOne()
    {
        var batch = ReadLot(("lot_code", ""), ("direction", "x"), ("quantity", "0"), ("unit", "box"), ("available_from", "soon"), ("ewc", "99"));

        Assert.Equal(["lot_code", "direction", "quantity", "unit", "available_from", "ewc"], batch.Errors.Select(e => e.Column));
    }

    [Fact]
    public void Read_FileWithErrorsOnManyRows_CollectsEveryError()
    {
        var rows = Enumerable.Range(1, 50).Select(i => new[] { ("lot_code", $"L{i}"), ("quantity", i % 2 == 0 ? "abc" : "5"), ("available_to", i % 5 == 0 ? "gisteren" : "2026-12-31") }).ToArray();

        var batch = ReadCsv("lots.csv", Csv(ValidLot, rows));

        Assert.Equal(25 + 10, batch.Errors.Count());
        Assert.Equal(20, batch.Lots.Count);
        Assert.Equal(Enumerable.Range(1, 50).Where(i => i % 2 == 0 || i % 5 == 0).Select(i => (int?)(i + 1)), batch.Errors.Select(e => e.Row).Distinct());
    }

    [Fact]
    public void Read_MoreErrorsThanTheCap_ListsTheCapAndSaysHowManyMore()
    {
        var rows = Enumerable.Range(1, 1200).Select(i => new[] { ("lot_code", $"L{i}"), ("quantity", "-1") }).ToArray();

        var batch = ReadCsv("lots.csv", Csv(ValidLot, rows));

        Assert.Equal(1001, batch.Issues.Count);
        var last = batch.Issues[^1];
        Assert.Equal((IssueSeverity.Error, "lots.csv", (int?)null), (last.Severity, last.File, last.Row));
        Assert.StartsWith("and 200 more issues not listed", last.Message, StringComparison.Ordinal);
    }
}
