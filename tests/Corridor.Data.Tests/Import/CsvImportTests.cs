using Corridor.Data.Import;
using Corridor.Engine.Domain;
using static Corridor.Data.Tests.Import.ImportFixtures;

namespace Corridor.Data.Tests.Import;

public sealed class CsvImportTests
{
    [Fact]
    public void Read_ValidProjectsCsv_ReturnsEveryField()
    {
        var batch = ReadProject();

        AssertNoIssues(batch);
        var project = Assert.Single(batch.Projects);
        Assert.Equal(new ProjectRow("projects.csv", null, 2, "AMF-01", "Sloop De Kei", ProjectKind.Demolition, 52.1561, 5.3878,
            new DateOnly(2026, 3, 1), new DateOnly(2026, 9, 30), ProjectStatus.Confirmed, "Gemeente Amersfoort", "Keistraat 1, Amersfoort",
            4200, "office", 1975, "concrete frame"), project);
    }

    [Fact]
    public void Read_ValidLotsCsv_ReturnsEveryField()
    {
        var batch = ReadLot(("mass_kg", "1000"));

        AssertNoIssues(batch);
        var lot = Assert.Single(batch.Lots);
        Assert.Equal(new LotRow("lots.csv", null, 2, "AMF-01", "L-001", LotDirection.Supply, "doors", 40m, QuantityUnit.Pcs,
            new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 30), "Oak interior doors", 1000, false, QualityGrade.A, "32",
            EwcCode.Parse("17 02 01"), 25m, 2.1, 0.9, 0.04), lot);
    }

    [Fact]
    public void Read_ValidHubsCsv_SplitsAcceptsAndServicesLists()
    {
        var batch = ReadHub();

        AssertNoIssues(batch);
        var hub = Assert.Single(batch.Hubs);
        Assert.Equal(("HUB-AMF", "Hub De Hoef", 52.1702, 5.4021, 2500.0), (hub.Code, hub.Name, hub.Latitude, hub.Longitude, hub.StorageAreaM2));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2030, 12, 31), "Circulair Bouwen BV"), (hub.Opens, hub.Closes, hub.Operator));
        Assert.Equal(["doors", "bricks", "steel_beams"], hub.Accepts);
        Assert.Equal(["storage", "cleaning", "certification"], hub.Services);
    }

    [Fact]
    public void Read_OnlyRequiredColumns_LeavesOptionalValuesEmpty()
    {
        var csv = "project_code,lot_code,direction,category,quantity,unit,available_from,available_to\nP1,L1,demand,bricks,5000,pcs,2026-01-01,2026-02-01\n";

        var batch = ReadCsv("lots.csv", csv);

        AssertNoIssues(batch);
        var lot = Assert.Single(batch.Lots);
        Assert.Equal((LotDirection.Demand, (string?)null, (QualityGrade?)null, (EwcCode?)null, (decimal?)null), (lot.Direction, lot.Description, lot.Quality, lot.Ewc, lot.PriceEur));
    }

    [Fact]
    public void Read_HeadersInOtherCaseWithSpaces_AreMatched()
    {
        var csv = " Project Code ,LOT_CODE,Direction,Category,Quantity,Unit,Available-From,AVAILABLE_TO\nP1,L1,aanbod,Doors,3,stuks,01-03-2026,31-03-2026\n";

        var batch = ReadCsv("inventory.csv", csv);

        AssertNoIssues(batch);
        var lot = Assert.Single(batch.Lots);
        Assert.Equal(("P1", LotDirection.Supply, "doors", QuantityUnit.Pcs), (lot.ProjectCode, lot.Direction, lot.CategoryKey, lot.Unit));
    }

    [Fact]
    public void Read_SemicolonSeparatedWithDutchNumbersAndDates_IsParsed()
    {
        var csv = "project_code;lot_code;direction;category;quantity;unit;available_from;available_to;mass_kg;price_eur\n" +
                  "P1;L1;vraag;steel_beams;1.234,5;kg;15-03-2026;1-4-2026;;1.250,75\n";

        var batch = ReadCsv("lots.csv", csv);

        AssertNoIssues(batch);
        var lot = Assert.Single(batch.Lots);
        Assert.Equal((1234.5m, 1234.5, 1250.75m), (lot.Quantity, lot.MassKg, lot.PriceEur));
        Assert.Equal((new DateOnly(2026, 3, 15), new DateOnly(2026, 4, 1)), (lot.AvailableFrom, lot.AvailableTo));
    }

    [Fact]
    public void Read_TabSeparated_IsParsed()
    {
        var batch = ReadCsv("hubs.csv", "code\tname\tlatitude\tlongitude\tstorage_area_m2\nH1\tHub\t52,1\t5,4\t800\n");

        AssertNoIssues(batch);
        Assert.Equal(52.1, Assert.Single(batch.Hubs).Latitude);
    }

    [Fact]
    public void Read_QuotedFieldsWithSeparatorsAndLineBreaks_KeepSpreadsheetRowNumbers()
    {
        var csv = Csv(ValidLot, [("description", "Doors, oak;\n\"solid\"")], [("lot_code", "L-002"), ("quantity", "x")]);

        var batch = ReadCsv("lots.csv", csv);

        Assert.Equal("Doors, oak;\n\"solid\"", Assert.Single(batch.Lots).Description);
        Assert.Equal(3, SingleError(batch).Row);
    }

    [Fact]
    public void Read_EmptyRows_AreSkippedButCounted()
    {
        var lines = Csv(ValidLot).Split('\n');
        var csv = $"{lines[0]}\n\n{lines[1]}\n,,,,,,,\n \n{lines[1].Replace("L-001", "L-002", StringComparison.Ordinal).Replace(",40,", ",0,", StringComparison.Ordinal)}\n";

        var batch = ReadCsv("lots.csv", csv);

        Assert.Single(batch.Lots);
        Assert.Equal(3, batch.Lots[0].Row);
        Assert.Equal(6, SingleError(batch).Row);
    }

    [Fact]
    public void Read_LeadingBlankLinesAndExcelSeparatorHint_AreSkipped()
    {
        var csv = "\r\n\r\n" + Csv(ValidHub).Replace(",", ";", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal);
        var withHint = "sep=;\n" + Csv(ValidHub).Replace(",", ";", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal);

        var blank = ReadCsv("hubs.csv", csv);
        var hinted = ReadCsv("hubs.csv", withHint);

        Assert.Equal(4, Assert.Single(blank.Hubs).Row);
        Assert.Equal(2, Assert.Single(hinted.Hubs).Row);
    }

    [Fact]
    public void Read_UnknownColumns_OneWarningPerColumnAndRowsAccepted()
    {
        var csv = Csv([.. ValidLot, ("Colour", "brown"), ("supplier", "X")], [], [("lot_code", "L-002")], [("lot_code", "L-003")]);

        var batch = ReadCsv("lots.csv", csv);

        Assert.False(batch.HasErrors);
        Assert.Equal(3, batch.Lots.Count);
        var warnings = batch.Warnings.ToList();
        Assert.Equal(["Colour", "supplier"], warnings.Select(w => w.Column));
        Assert.All(warnings, w => Assert.Equal(1, w.Row));
        Assert.Contains("unknown column 'Colour' is ignored", warnings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateHeaderColumn_ErrorNamesBothColumns()
    {
        var batch = ReadCsv("lots.csv", Csv([.. ValidLot, ("Quantity", "7")]));

        var error = SingleError(batch);
        Assert.Equal((1, "Quantity"), (error.Row, error.Column));
        Assert.Contains("column 'quantity' appears twice (columns E and R)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeadersOfNoTable_OneErrorListingFoundAndExpectedColumns()
    {
        var batch = ReadCsv("export.csv", "id,omschrijving,aantal\n1,deur,4\n");

        var error = SingleError(batch);
        Assert.Equal(("export.csv", 1), (error.File, error.Row));
        Assert.Contains("cannot tell which table this is. Columns found: id, omschrijving, aantal", error.Message, StringComparison.Ordinal);
        Assert.Contains("lots (project_code, lot_code, direction, category, quantity, unit, available_from, available_to)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeadersFittingTwoTables_ErrorUnlessFileNameDecides()
    {
        var csv = Csv([.. ValidProject, ("storage_area_m2", "100")]);

        var unnamed = ReadCsv("data.csv", csv);
        var named = ReadCsv("projects-2026.csv", csv);

        Assert.Contains("its columns fit projects and hubs", SingleError(unnamed).Message, StringComparison.Ordinal);
        Assert.False(named.HasErrors);
        Assert.Single(named.Projects);
    }

    [Fact]
    public void Read_LotsFileMissingRequiredColumn_OneErrorNamingIt()
    {
        var csv = Csv([.. ValidLot.Where(c => c.Column != "available_to")]);

        var batch = ReadCsv("partijen.csv", csv);

        var error = SingleError(batch);
        Assert.Contains("missing required column available_to. A lots table needs the columns", error.Message, StringComparison.Ordinal);
        Assert.Empty(batch.Lots);
    }

    [Fact]
    public void Read_SeveralFiles_ReturnsOneBatchWithCodesCheckedAcrossFiles()
    {
        var files = new[]
        {
            ("projects.csv", Stream(Csv(ValidProject))),
            ("lots-a.csv", Stream(Csv(ValidLot))),
            ("lots-b.csv", Stream(Csv(ValidLot, [("lot_code", "L-002")], [("lot_code", "l-001")]))),
        };

        var batch = InventoryFileReader.Read(files, Categories, new ImportLimits(), Clock);

        Assert.Single(batch.Projects);
        Assert.Equal(2, batch.Lots.Count);
        var error = SingleError(batch);
        Assert.Equal(("lots-b.csv", 3, "lot_code", "l-001"), (error.File, error.Row, error.Column, error.Value));
        Assert.Equal("duplicate lot code for project 'AMF-01': already used in row 2 of lots-a.csv", error.Message);
    }

    static Stream Stream(string text) => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
}
