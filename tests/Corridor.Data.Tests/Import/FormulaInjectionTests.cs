using System.Text;
using Corridor.Data.Export;
using Corridor.Data.Import;
using ExcelDataReader;
using static Corridor.Data.Tests.Import.ImportFixtures;

namespace Corridor.Data.Tests.Import;

/// <summary>Exports neutralise text a spreadsheet would run as a formula (OWASP), and the import undoes that exactly.</summary>
public sealed class FormulaInjectionTests
{
    static readonly string[] ProjectHeader =
        ["code", "name", "kind", "latitude", "longitude", "start", "end", "status", "organisation", "address",
         "gross_floor_area_m2", "building_type", "year_built", "structure"];

    static readonly string[] LotHeader =
        ["project_code", "lot_code", "direction", "category", "quantity", "unit", "available_from", "available_to",
         "description", "mass_kg", "mass_is_estimated", "mass_kg_low", "mass_kg_high", "quality", "nl_sfb", "ewc", "price_eur",
         "length_m", "width_m", "height_m", "status", "notes"];

    static readonly string[] Dangerous = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+31 6 1234 5678", "-2 doors missing", "@SUM(A1:A9)", "'=already quoted"];

    static ExportTable Projects() => new("projects", ProjectHeader,
        [["P-1", "=1+1", "demolition", "51.5074", "-0.1278", "2026-03-01", "2026-09-30", "confirmed", "@org", "-", "", "", "", ""]]);

    static ExportTable Lots() => new("lots", LotHeader,
        [.. Dangerous.Select((text, i) => (IReadOnlyList<string>)
            ["P-1", $"L-{i}", "supply", "doors", "4", "pcs", "2026-03-01", "2026-06-30", text, "100", "false", "", "", "A", "", "", "-0", "", "", "", "inventoried", text])]);

    static string Csv(ExportTable table)
    {
        var writer = new StringWriter { NewLine = "\n" };
        CorridorExport.WriteCsv(table, writer);
        return writer.ToString();
    }

    [Fact]
    public void WriteCsv_FormulaText_IsPrefixedWithAQuote_NumbersAreNot()
    {
        var lines = Csv(Projects()).Split('\n');

        Assert.Equal("P-1,'=1+1,demolition,51.5074,-0.1278,2026-03-01,2026-09-30,confirmed,'@org,'-,,,,", lines[1]);
    }

    [Fact]
    public void WriteCsv_EveryTriggerCharacter_IsNeutralised()
    {
        var csv = Csv(new ExportTable("t", ["a"], [["=x"], ["+x"], ["-x"], ["@x"], ["\tx"], ["\rx"], ["x=1"], ["-12.5"], ["+3"], ["1e5"]]));

        Assert.Equal("a\n'=x\n'+x\n'-x\n'@x\n'\tx\n\"'\rx\"\nx=1\n-12.5\n+3\n1e5\n", csv);
    }

    [Fact]
    public void CsvExport_ImportsBackToTheSameText()
    {
        var batch = InventoryFileReader.Read([("projects.csv", Stream(Csv(Projects()))), ("lots.csv", Stream(Csv(Lots())))],
            Categories, new ImportLimits(), Clock);

        Assert.False(batch.HasErrors, string.Join("\n", batch.Issues));
        var project = Assert.Single(batch.Projects);
        Assert.Equal(("=1+1", -0.1278, "@org", "-"), (project.Name, project.Longitude, project.Organisation, project.Address));
        Assert.Equal(Dangerous, batch.Lots.Select(l => l.Description));
        Assert.Equal(Dangerous, batch.Lots.Select(l => l.Notes));
        Assert.All(batch.Lots, l => Assert.Equal(0m, l.PriceEur));
    }

    [Fact]
    public void XlsxExport_FormulaTextIsQuoted_NumberCellsStayNumbers_AndImportsBack()
    {
        using var stream = new MemoryStream();
        CorridorExport.WriteXlsx([Projects(), Lots()], stream);
        var numbers = ImportFixtures.Workbook(new XlsxSheet("n", ["value", "text"], [[-5.3, "-5.3"], [-2m, "=A1"]]));

        var cells = FirstSheetCells(stream.ToArray());
        var numberCells = FirstSheetCells(numbers);
        var batch = ReadBytes("corridor.xlsx", stream.ToArray());

        Assert.Equal(["P-1", "'=1+1", "demolition", "51.5074", "-0.1278"], cells[1].Take(5));
        Assert.Equal([-5.3, "-5.3"], numberCells[1]);
        Assert.Equal([-2.0, "'=A1"], numberCells[2]);
        Assert.False(batch.HasErrors, string.Join("\n", batch.Issues));
        Assert.Equal("=1+1", Assert.Single(batch.Projects).Name);
        Assert.Equal(Dangerous, batch.Lots.Select(l => l.Description));
    }

    [Theory]
    [InlineData("'=1+1", "=1+1")]
    [InlineData("'-x", "-x")]
    [InlineData("'quoted", "'quoted")]
    [InlineData("it's", "it's")]
    [InlineData("''=x", "'=x")]
    public void Import_RemovesTheQuoteOnlyBeforeAFormulaCharacter(string cell, string expected)
    {
        var batch = ReadLot(("description", cell));

        Assert.Equal(expected, Assert.Single(batch.Lots).Description);
    }

    static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    static List<object?[]> FirstSheetCells(byte[] bytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes));
        var rows = new List<object?[]>();
        while (reader.Read()) rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) is DBNull ? null : reader.GetValue(i))]);
        return rows;
    }
}
