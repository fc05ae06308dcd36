using System.Text;
using Corridor.Data.Import;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ExcelDataReader;

namespace Corridor.Data.Tests.Import;

public sealed class XlsxWriterTests
{
    [Fact]
    public void Write_CellsOfEachType_ReadBackWithTheirTypes()
    {
        var bytes = ImportFixtures.Workbook(new XlsxSheet("data", ["text", "number", "decimal", "date", "flag", "blank"],
        [
            [" padded ", 42, 1234.5m, new DateOnly(2026, 3, 1), true, null],
            ["tab\there\u0001", 0.1, -2m, new DateTime(2027, 12, 31), false, null],
        ]));

        var rows = ReadAll(bytes)["data"];

        Assert.Equal(3, rows.Count);
        Assert.Equal(["text", "number", "decimal", "date", "flag", "blank"], rows[0].Take(6));
        Assert.Equal([" padded ", 42.0, 1234.5, new DateTime(2026, 3, 1), true, null], rows[1]);
        Assert.Equal(["tab\there", 0.1, -2.0, new DateTime(2027, 12, 31), false, null], rows[2]);
    }

    [Fact]
    public void Write_SeveralSheets_KeepsNamesAndOrder()
    {
        var bytes = ImportFixtures.Workbook(new XlsxSheet("projects", ["code"], [["P1"]]), new XlsxSheet("lots", ["code"], []));

        Assert.Equal(["projects", "lots"], ReadAll(bytes).Keys);
    }

    [Fact]
    public void Write_Workbook_PassesOpenXmlValidation()
    {
        var bytes = ImportFixtures.Workbook(new XlsxSheet("lots", ["code", "mass", "from", "ok"], [["L1", 12.5, new DateOnly(2026, 1, 1), true]]));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lots/2026")]
    [InlineData("a name longer than thirty-one characters")]
    public void Write_InvalidSheetName_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => ImportFixtures.Workbook(new XlsxSheet(name, ["code"], [])));
    }

    [Fact]
    public void Write_SameSheetNameTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => ImportFixtures.Workbook(new XlsxSheet("lots", ["a"], []), new XlsxSheet("Lots", ["a"], [])));
    }

    static Dictionary<string, List<object?[]>> ReadAll(byte[] bytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes));
        var sheets = new Dictionary<string, List<object?[]>>();
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read()) rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) is DBNull ? null : reader.GetValue(i))]);
            sheets[reader.Name] = rows;
        }
        while (reader.NextResult());
        return sheets;
    }
}
