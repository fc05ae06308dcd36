using Corridor.Data.Import;
using static Corridor.Data.Tests.Import.ImportFixtures;

namespace Corridor.Data.Tests.Import;

/// <summary>Malformed quoting, extra cells and implausible dates: nothing is swallowed or accepted silently.</summary>
public sealed class StrictCsvImportTests
{
    static readonly string Header = string.Join(",", ValidLot.Select(c => c.Column));

    static string Row(string lotCode, string description) =>
        string.Join(",", ValidLot.Select(c => c.Column switch
        {
            "lot_code" => lotCode,
            "description" => description,
            _ => c.Value.Contains(',', StringComparison.Ordinal) ? $"\"{c.Value}\"" : c.Value,
        }));

    [Fact]
    public void Read_UnterminatedQuote_IsAnErrorNamingFileRowAndColumn()
    {
        var csv = $"{Header}\n{Row("L-001", "Oak")}\n{Row("L-002", "\"Oak, solid")}\n{Row("L-003", "Pine")}\n{Row("L-004", "Beech")}\n";

        var batch = ReadCsv("lots.csv", csv);

        var error = SingleError(batch);
        Assert.Equal(("lots.csv", 3, "description"), (error.File, error.Row, error.Column));
        Assert.Contains("quote", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_TextAfterClosingQuote_IsAnError()
    {
        var csv = $"{Header}\n{Row("L-001", "\"Oak\" doors")}\n{Row("L-002", "Pine")}\n";

        var batch = ReadCsv("lots.csv", csv);

        var error = SingleError(batch);
        Assert.Equal((2, "description"), (error.Row, error.Column));
    }

    [Fact]
    public void Read_StrayQuoteInsideUnquotedField_IsAnError()
    {
        var csv = $"{Header}\n{Row("L-001", "Pipe 12\" wide")}\n";

        var batch = ReadCsv("lots.csv", csv);

        var error = SingleError(batch);
        Assert.Equal((2, "description"), (error.Row, error.Column));
    }

    [Fact]
    public void Read_ProperlyEscapedQuotes_AreAccepted()
    {
        var csv = $"{Header}\n{Row("L-001", "\"Pipe 12\"\" wide, \"\"solid\"\"\"")}\n";

        var batch = ReadCsv("lots.csv", csv);

        AssertNoIssues(batch);
        Assert.Equal("Pipe 12\" wide, \"solid\"", Assert.Single(batch.Lots).Description);
    }

    [Fact]
    public void Read_CellsBeyondTheHeader_AreAWarningNamingRowAndColumn()
    {
        var csv = $"{Header}\n{Row("L-001", "Oak")}\n{Row("L-002", "Pine")},surplus,more\n";

        var batch = ReadCsv("lots.csv", csv);

        Assert.False(batch.HasErrors, string.Join("\n", batch.Issues));
        Assert.Equal(2, batch.Lots.Count);
        var warning = Assert.Single(batch.Warnings);
        Assert.Equal(3, warning.Row);
        Assert.Equal(HeaderMap.Letter(ValidLot.Length), warning.Column);
        Assert.Equal("surplus", warning.Value);
        Assert.Contains("2 cells", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyCellsBeyondTheHeader_AreNoWarning()
    {
        var csv = $"{Header}\n{Row("L-001", "Oak")},,\n";

        var batch = ReadCsv("lots.csv", csv);

        AssertNoIssues(batch);
    }

    [Theory]
    [InlineData("available_from", "1999-12-31")]
    [InlineData("available_to", "2101-01-01")]
    [InlineData("available_to", "9999-12-31")]
    [InlineData("available_from", "01-01-0001")]
    public void Read_DatesOutsideTheSaneRange_AreRowErrors(string column, string value)
    {
        var batch = ReadLot((column, value), ("available_from", column == "available_from" ? value : "2000-01-01"));

        var error = batch.Errors.Single(e => e.Column == column);
        Assert.Equal((2, value), (error.Row, error.Value));
        Assert.Contains("2000-01-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DatesAtTheEdgesOfTheRange_AreAccepted()
    {
        var batch = ReadLot(("available_from", "2000-01-01"), ("available_to", "2100-12-31"));

        AssertNoIssues(batch);
    }

    [Fact]
    public void Read_DateRange_IsConfigurable()
    {
        var limits = new ImportLimits { EarliestDate = new DateOnly(2026, 1, 1), LatestDate = new DateOnly(2026, 12, 31) };

        var tooEarly = ReadCsv("lots.csv", Csv(ValidLot, [("available_from", "2025-12-31")]), limits);
        var old = ReadCsv("lots.csv", Csv(ValidLot, [("available_from", "1990-01-01"), ("available_to", "1990-02-01")]),
            new ImportLimits { EarliestDate = new DateOnly(1900, 1, 1) });

        Assert.Equal("available_from", SingleError(tooEarly).Column);
        AssertNoIssues(old);
    }

    [Fact]
    public void Read_ProjectAndHubDates_AreCheckedToo()
    {
        var project = ReadProject(("start", "1899-01-01"));
        var hub = ReadHub(("closes", "2200-01-01"));

        Assert.Equal("start", SingleError(project).Column);
        Assert.Equal("closes", SingleError(hub).Column);
    }
}
