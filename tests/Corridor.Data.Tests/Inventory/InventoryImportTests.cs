using System.Text;
using Corridor.Data.Entities;
using Corridor.Data.Import;
using Corridor.Data.Inventory;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;
using Corridor.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Tests.Inventory;

/// <summary>The whole import against a real database (SQLite, or PostgreSQL with CORRIDOR_TEST_PROVIDER=postgres).</summary>
public sealed class InventoryImportTests : IAsyncLifetime
{
    TestDatabase tdb = null!;
    int corridorId;
    static readonly CategoryIndex Categories = new(ReferenceCatalog.Categories);

    const string Projects = """
        code,name,kind,latitude,longitude,start,end,organisation,gross_floor_area_m2
        SLOOP-1,Kantoor Stadsring,demolition,52.1561,5.3878,2027-01-01,2027-06-30,Gemeente Amersfoort,4200
        NB-1,Woningen Vathorst,new_build,52.1950,5.4420,2027-05-01,2028-03-31,Demo Bouw BV,
        """;

    const string Lots = """
        project_code,lot_code,direction,category,quantity,unit,available_from,available_to,quality,ewc,price_eur
        SLOOP-1,DEUREN,supply,doors,400,pcs,2027-03-01,2027-03-31,A,17 02 01,"1.200,50"
        SLOOP-1,STAAL,supply,steel_beams,12,t,2027-04-01,2027-05-31,B,17 04 05,
        NB-1,DEUREN,demand,doors,380,pcs,2027-09-01,2027-10-31,A,,
        """;

    public async Task InitializeAsync()
    {
        tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var corridor = new CorridorRegion { Code = "t", Name = "Test", CreatedUtc = DateTime.UtcNow };
        db.Corridors.Add(corridor);
        await db.SaveChangesAsync();
        corridorId = corridor.Id;
    }

    public async Task DisposeAsync() => await tdb.DisposeAsync();

    [Fact]
    public async Task Run_ValidFiles_WritesProjectsLotsAndOrganisations()
    {
        var outcome = await ImportAsync(("projects.csv", Projects), ("lots.csv", Lots));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors));
        Assert.Equal(new ImportCounts(2, 0, 0), outcome.Summary!.Projects);
        Assert.Equal(new ImportCounts(3, 0, 0), outcome.Summary.Lots);
        Assert.Equal(2, outcome.Summary.OrganisationsCreated);
        await using var db = tdb.Open();
        var doors = await db.Lots.Include(l => l.Project).SingleAsync(l => l.Code == "DEUREN" && l.Direction == LotDirection.Supply);
        Assert.Equal("SLOOP-1", doors.Project!.Code);
        Assert.Equal(400m, doors.Quantity);
        Assert.Equal(400 * Categories["doors"].TypicalKgPerUnit, doors.MassKg, 6);
        Assert.True(doors.MassIsEstimated);
        Assert.Equal(1200.50m, doors.PriceEur);
        Assert.Equal(12_000, (await db.Lots.SingleAsync(l => l.Code == "STAAL")).MassKg);
        Assert.Equal("Gemeente Amersfoort", (await db.Projects.Include(p => p.Organisation).SingleAsync(p => p.Code == "SLOOP-1")).Organisation!.Name);
    }

    [Fact]
    public async Task Run_Succeeded_LeavesTheContextEmptySoItsCallerReadsWhatWasStored()
    {
        await using var db = tdb.Open();
        var inputs = new[] { ("projects.csv", Projects), ("lots.csv", Lots) }
            .Select(f => new ImportFile(f.Item1, new MemoryStream(Encoding.UTF8.GetBytes(f.Item2)))).ToList();

        var outcome = await InventoryImport.RunAsync(db, corridorId, inputs, Categories);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors));
        Assert.Empty(db.ChangeTracker.Entries());
        Assert.Equal(3, await db.Lots.CountAsync(l => l.CorridorId == corridorId)); // the project page reads through the same context
    }

    [Fact]
    public async Task Run_NotesColumn_IsStoredWithTheLot_AndAnUpdateWithoutNotesKeepsThem()
    {
        const string withNotes = "project_code,lot_code,direction,category,quantity,unit,available_from,available_to,notes\n" +
            "SLOOP-1,DEUREN,supply,doors,400,pcs,2027-03-01,2027-03-31,Sleutel bij de uitvoerder; contact Jan 06-12345678\n";
        const string without = "project_code,lot_code,direction,category,quantity,unit,available_from,available_to\n" +
            "SLOOP-1,DEUREN,supply,doors,390,pcs,2027-03-01,2027-03-31\n";

        Assert.True((await ImportAsync(("projects.csv", Projects), ("lots.csv", withNotes))).Succeeded);
        Assert.True((await ImportAsync(("lots.csv", without))).Succeeded);

        await using var db = tdb.Open();
        var doors = await db.Lots.SingleAsync(l => l.Code == "DEUREN");
        Assert.Equal((390m, "Sleutel bij de uitvoerder; contact Jan 06-12345678"), (doors.Quantity, doors.Notes));
    }

    [Fact]
    public async Task Run_SameFilesTwice_SecondRunChangesNothing()
    {
        await ImportAsync(("projects.csv", Projects), ("lots.csv", Lots));
        var before = await SnapshotAsync();

        var again = await ImportAsync(("projects.csv", Projects), ("lots.csv", Lots));

        Assert.True(again.Succeeded);
        Assert.Equal(new ImportCounts(0, 0, 2), again.Summary!.Projects);
        Assert.Equal(new ImportCounts(0, 0, 3), again.Summary.Lots);
        Assert.Equal(0, again.Summary.OrganisationsCreated);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Run_ChangedQuantity_UpdatesThatLotOnly()
    {
        await ImportAsync(("projects.csv", Projects), ("lots.csv", Lots));

        var outcome = await ImportAsync(("lots.csv", Lots.Replace("SLOOP-1,DEUREN,supply,doors,400", "SLOOP-1,DEUREN,supply,doors,350", StringComparison.Ordinal)));

        Assert.Equal(new ImportCounts(0, 1, 2), outcome.Summary!.Lots);
        await using var db = tdb.Open();
        Assert.Equal(350m, (await db.Lots.SingleAsync(l => l.Code == "DEUREN" && l.Direction == LotDirection.Supply)).Quantity);
    }

    [Fact]
    public async Task Run_OneBadRowAmongGoodOnes_RejectsEverythingAndWritesNothing()
    {
        await ImportAsync(("projects.csv", Projects), ("lots.csv", Lots));
        var before = await SnapshotAsync();
        var bad = Lots.Replace("SLOOP-1,STAAL,supply,steel_beams,12", "SLOOP-1,STAAL,supply,steel_beams,-3", StringComparison.Ordinal)
                  + "\nSLOOP-1,NIEUW,supply,bricks,5000,pcs,2027-03-01,2027-03-31,B,,";
        var projects = Projects.Replace("Kantoor Stadsring", "Kantoor Stadsring (renamed)", StringComparison.Ordinal);

        var outcome = await ImportAsync(("projects.csv", projects), ("lots.csv", bad));

        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("lots.csv", 3, "quantity"), (error.File, error.Row, error.Column));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Run_LotOfUnknownProject_IsRejectedNamingRowAndColumn()
    {
        var outcome = await ImportAsync(("lots.csv", Lots));

        Assert.False(outcome.Succeeded);
        Assert.All(outcome.Errors, e => Assert.Equal("project_code", e.Column));
        Assert.Equal([2, 3, 4], outcome.Errors.Select(e => e.Row!.Value).ToArray());
        Assert.Empty(await SnapshotAsync());
    }

    [Fact]
    public async Task Run_LotsForProjectsAlreadyStored_AreAccepted()
    {
        await ImportAsync(("projects.csv", Projects));

        var outcome = await ImportAsync(("lots.csv", Lots));

        Assert.True(outcome.Succeeded);
        Assert.Equal(3, outcome.Summary!.Lots.Created);
    }

    [Fact]
    public async Task Run_DryRun_ChecksButWritesNothing()
    {
        var outcome = await ImportAsync(dryRun: true, ("projects.csv", Projects), ("lots.csv", Lots));

        Assert.True(outcome.Succeeded);
        Assert.True(outcome.IsDryRun);
        Assert.Empty(await SnapshotAsync());
    }

    [Fact]
    public async Task Run_XlsxWorkbook_ImportsEverySheet()
    {
        using var xlsx = new MemoryStream();
        XlsxWriter.Write(xlsx, [
            new XlsxSheet("projects", ["code", "name", "kind", "latitude", "longitude", "start", "end"],
                [["P1", "Sporthal", "demolition", 52.16, 5.40, new DateOnly(2027, 2, 1), new DateOnly(2027, 8, 1)]]),
            new XlsxSheet("lots", ["project_code", "lot_code", "direction", "category", "quantity", "unit", "available_from", "available_to"],
                [["P1", "L1", "supply", "timber_beams", 3.5, "m3", new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 1)]]),
            new XlsxSheet("hubs", ["code", "name", "latitude", "longitude", "storage_area_m2"],
                [["H1", "Hub Hoevelaken", 52.17, 5.45, 15000]]),
        ]);
        xlsx.Position = 0;
        await using var db = tdb.Open();

        var outcome = await InventoryImport.RunAsync(db, corridorId, [new ImportFile("inventory.xlsx", xlsx)], Categories);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors));
        Assert.Equal((1, 1, 1), (outcome.Summary!.Projects.Created, outcome.Summary.Lots.Created, outcome.Summary.Hubs.Created));
    }

    [Fact]
    public async Task Run_Windows1252File_KeepsAccentsAndEuroSign()
    {
        var text = "code,name,kind,latitude,longitude,start,end,address\nP1,Café De Eenhoorn €,renovation,52.15,5.38,01-02-2027,30-06-2027,Één straat 1\n";

        var outcome = await ImportAsync(Encoding.GetEncoding(1252), false, ("projects.csv", text));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors));
        await using var db = tdb.Open();
        var p = await db.Projects.SingleAsync();
        Assert.Equal(("Café De Eenhoorn €", "Één straat 1", new DateOnly(2027, 2, 1)), (p.Name, p.Address, p.Start));
    }

    static InventoryImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    Task<ImportOutcome> ImportAsync(params (string Name, string Text)[] files) => ImportAsync(new UTF8Encoding(true), false, files);

    Task<ImportOutcome> ImportAsync(bool dryRun, params (string Name, string Text)[] files) => ImportAsync(new UTF8Encoding(true), dryRun, files);

    async Task<ImportOutcome> ImportAsync(Encoding encoding, bool dryRun, params (string Name, string Text)[] files)
    {
        await using var db = tdb.Open();
        var inputs = files.Select(f => new ImportFile(f.Name, new MemoryStream([.. encoding.GetPreamble(), .. encoding.GetBytes(f.Text)]))).ToList();
        return await InventoryImport.RunAsync(db, corridorId, inputs, Categories, dryRun: dryRun);
    }

    async Task<List<string>> SnapshotAsync()
    {
        await using var db = tdb.Open();
        var projects = (await db.Projects.AsNoTracking().OrderBy(p => p.Code).ToListAsync())
            .Select(p => $"{p.Code}|{p.Name}|{p.Kind}|{p.Latitude}|{p.Longitude}|{p.Start}|{p.End}|{p.OrganisationId}");
        var lots = (await db.Lots.AsNoTracking().OrderBy(l => l.ProjectId).ThenBy(l => l.Code).ThenBy(l => l.Direction).ToListAsync())
            .Select(l => $"{l.ProjectId}|{l.Code}|{l.Direction}|{l.CategoryKey}|{l.Quantity}|{l.MassKg}|{l.AvailableFrom}|{l.AvailableTo}|{l.PriceEur}|{l.Ewc}");
        var orgs = (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync()).Select(o => o.Name);
        return [.. projects, .. lots, .. orgs];
    }
}
