using Corridor.Data.Import;
using Corridor.Engine.Domain;
using static Corridor.Data.Tests.Import.ImportFixtures;

namespace Corridor.Data.Tests.Import;

public sealed class XlsxImportTests
{
    static readonly string[] ProjectColumns = [.. TableSchema.Projects.Columns];
    static readonly string[] LotColumns = [.. TableSchema.Lots.Columns];
    static readonly string[] HubColumns = [.. TableSchema.Hubs.Columns];

    static object?[] Project(string code = "AMF-01", object? start = null) =>
        [code, "Sloop De Kei", "sloop", 52.1561, 5.3878, start ?? new DateOnly(2026, 3, 1), new DateOnly(2026, 9, 30),
         "planned", null, null, 4200, null, 1975, null];

    static object?[] Lot(string code = "L-001", object? quantity = null, object? to = null) =>
        ["AMF-01", code, "supply", "doors", quantity ?? 40, "pcs", new DateOnly(2026, 3, 1), to ?? new DateOnly(2026, 6, 30),
         null, null, "B", null, "17 02 01", 12.5m, null, null, null];

    static object?[] Hub() => ["HUB-1", "Hub De Hoef", 52.17, 5.40, 2500, new DateTime(2026, 1, 1), null, null, "doors|bricks", null];

    [Fact]
    public void Read_WorkbookWithAllThreeSheets_ReadsTypedCells()
    {
        var bytes = Workbook(
            new XlsxSheet("Projects", ProjectColumns, [Project()]),
            new XlsxSheet("LOTS", LotColumns, [Lot(), Lot("L-002", 2.5)]),
            new XlsxSheet("hubs", HubColumns, [Hub()]));

        var batch = ReadBytes("inventory.xlsx", bytes);

        AssertNoIssues(batch);
        var project = Assert.Single(batch.Projects);
        Assert.Equal(("inventory.xlsx", "Projects", 2, ProjectKind.Demolition, new DateOnly(2026, 3, 1), 1975),
            (project.File, project.Sheet, project.Row, project.Kind, project.Start, project.YearBuilt));
        Assert.Equal([(2, 40m, 1000.0), (3, 2.5m, 62.5)], batch.Lots.Select(l => (l.Row, l.Quantity, l.MassKg)));
        Assert.Equal((QualityGrade.B, 12.5m), (batch.Lots[0].Quality, batch.Lots[0].PriceEur));
        var hub = Assert.Single(batch.Hubs);
        Assert.Equal((new DateOnly(2026, 1, 1), (DateOnly?)null, 2), (hub.Opens, hub.Closes, hub.Accepts.Count));
    }

    [Fact]
    public void Read_WorkbookWithTextDatesAndNumbers_ParsesThemLikeCsv()
    {
        var bytes = Workbook(new XlsxSheet("lots", LotColumns, [Lot(quantity: "1.234,5", to: "30-06-2026")]));

        var lot = Assert.Single(ReadBytes("inventory.xlsx", bytes).Lots);

        Assert.Equal((1234.5m, new DateOnly(2026, 6, 30)), (lot.Quantity, lot.AvailableTo));
    }

    [Fact]
    public void Read_WorkbookWithErrors_IssuesNameSheetRowColumnAndValue()
    {
        var bytes = Workbook(new XlsxSheet("lots", LotColumns, [Lot(), Lot("L-002", -4), Lot("L-003", to: "31-02-2027")]));

        var batch = ReadBytes("inventory.xlsx", bytes);

        var errors = batch.Errors.ToList();
        Assert.Equal([("lots", 3, "quantity", "-4"), ("lots", 4, "available_to", "31-02-2027")], errors.Select(e => (e.Sheet, e.Row!.Value, e.Column, e.Value)));
        Assert.Equal("inventory.xlsx [lots], row 4, column 'available_to', value '31-02-2027': not a date; use yyyy-mm-dd or dd-mm-yyyy", errors[1].ToString());
    }

    [Fact]
    public void Read_DateColumnWithWrongDateOrder_ReportsIsoDates()
    {
        var bytes = Workbook(new XlsxSheet("projects", ProjectColumns, [Project(start: new DateOnly(2027, 1, 1))]));

        var error = SingleError(ReadBytes("inventory.xlsx", bytes));

        Assert.Equal(("end", "2026-09-30"), (error.Column, error.Value));
        Assert.StartsWith("end (2026-09-30) is before start (2027-01-01)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherSheets_WarnedAndIgnored()
    {
        var bytes = Workbook(
            new XlsxSheet("Toelichting", ["note"], [["fill in the lots sheet"]]),
            new XlsxSheet("lots", LotColumns, [Lot()]));

        var batch = ReadBytes("inventory.xlsx", bytes);

        Assert.False(batch.HasErrors);
        var warning = Assert.Single(batch.Warnings);
        Assert.Equal(("Toelichting", "sheet ignored; only sheets named projects, lots and hubs are read"), (warning.Sheet, warning.Message));
        Assert.Single(batch.Lots);
    }

    [Fact]
    public void Read_WorkbookWithoutKnownSheets_OneErrorListingItsSheets()
    {
        var bytes = Workbook(new XlsxSheet("Sheet1", LotColumns, [Lot()]));

        var error = SingleError(ReadBytes("inventory.xlsx", bytes));

        Assert.Equal("the workbook has no sheet named projects, lots or hubs (its sheets: Sheet1); rename the sheets that hold the tables", error.Message);
    }

    [Fact]
    public void Read_KnownSheetsWithoutRows_ErrorForWorkbookWarningPerSheet()
    {
        var bytes = Workbook(new XlsxSheet("lots", LotColumns, []), new XlsxSheet("hubs", [], []));

        var batch = ReadBytes("inventory.xlsx", bytes);

        Assert.Equal("the workbook has no data rows in its projects, lots or hubs sheets", SingleError(batch).Message);
        Assert.Equal(["the sheet has column names but no data rows", "the sheet is empty"], batch.Warnings.Select(w => w.Message));
    }

    [Fact]
    public void Read_SheetMissingRequiredColumn_ErrorNamesSheetAndColumn()
    {
        var bytes = Workbook(new XlsxSheet("hubs", ["code", "name", "latitude", "longitude"], [["H1", "Hub", 52.0, 5.0]]));

        var error = SingleError(ReadBytes("inventory.xlsx", bytes));

        Assert.Equal(("hubs", 1), (error.Sheet, error.Row));
        Assert.StartsWith("missing required column storage_area_m2.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WorkbookOverRowLimit_OneErrorCountingAllSheets()
    {
        var bytes = Workbook(
            new XlsxSheet("projects", ProjectColumns, [Project("P1"), Project("P2")]),
            new XlsxSheet("lots", LotColumns, [Lot("L1"), Lot("L2"), Lot("L3")]));

        var batch = InventoryFileReader.Read("inventory.xlsx", new MemoryStream(bytes), Categories, new ImportLimits(MaxRows: 4), Clock);

        Assert.Equal("the file has 5 data rows; the limit is 4. Split it into smaller files", SingleError(batch).Message);
        Assert.Empty(batch.Projects);
        Assert.Empty(batch.Lots);
    }

    [Fact]
    public void Read_CodeDuplicatedAcrossSheetsOfTwoWorkbooks_NamesTheOtherFile()
    {
        var first = Workbook(new XlsxSheet("hubs", HubColumns, [Hub()]));
        var second = Workbook(new XlsxSheet("Hubs", HubColumns, [Hub()]));

        var batch = InventoryFileReader.Read(
            [("a.xlsx", (Stream)new MemoryStream(first)), ("b.xlsx", new MemoryStream(second))], Categories, new ImportLimits(), Clock);

        Assert.Equal("duplicate hub code: already used in row 2 of sheet 'hubs' in a.xlsx", SingleError(batch).Message);
    }
}
