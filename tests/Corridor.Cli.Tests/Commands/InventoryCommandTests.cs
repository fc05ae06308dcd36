using System.Text.Json;
using Corridor.Tests.Shared;

namespace Corridor.Cli.Tests.Commands;

/// <summary>The CLI end to end on a database of the provider under test, given with --database.</summary>
public sealed class InventoryCommandTests : IAsyncLifetime
{
    TestDatabase tdb = null!;
    DirectoryInfo dir = null!;

    const string Projects = """
        code,name,kind,latitude,longitude,start,end,organisation,address,gross_floor_area_m2,building_type,year_built
        SLOOP-1,"Kantoor Stadsring, Amersfoort",demolition,52.1561,5.3878,2027-01-01,2027-06-30,Gemeente Amersfoort,Stadsring 1,4200,office,1972
        NB-1,Woningen Vathorst,new_build,52.195,5.442,2027-05-01,2028-03-31,,,,,
        """;

    const string Lots = """
        project_code,lot_code,direction,category,quantity,unit,available_from,available_to,quality,ewc,price_eur,description
        SLOOP-1,DEUREN,supply,doors,400,pcs,2027-03-01,2027-03-31,A,17 02 01,1200.5,Binnendeuren 83x211
        SLOOP-1,STAAL,supply,steel_beams,12,t,2027-04-01,2027-05-31,B,17 04 05,,
        NB-1,DEUREN,demand,doors,380,pcs,2027-09-01,2027-10-31,A,,,
        """;

    const string Hubs = """
        code,name,latitude,longitude,storage_area_m2,opens,closes,operator,accepts
        HUB-HVL,Hub Hoevelaken,52.1745,5.4560,15000,2027-01-01,2030-12-31,Demo Hub BV,doors;bricks
        """;

    public async Task InitializeAsync()
    {
        tdb = await TestDatabase.CreateAsync(migrate: false);
        dir = Directory.CreateTempSubdirectory("corridor-cli-");
        File.WriteAllText(Path.Combine(dir.FullName, "projects.csv"), Projects);
        File.WriteAllText(Path.Combine(dir.FullName, "lots.csv"), Lots);
        File.WriteAllText(Path.Combine(dir.FullName, "hubs.csv"), Hubs);
    }

    public async Task DisposeAsync()
    {
        await tdb.DisposeAsync();
        dir.Delete(recursive: true);
    }

    [Fact]
    public async Task Import_ValidFiles_ReportsCountsAndListShowsTheLots()
    {
        var import = await RunAsync("import", F("projects.csv"), F("lots.csv"), F("hubs.csv"));
        var list = await RunAsync("list", "lots", "--direction", "supply");

        Assert.Equal(0, import.Code);
        Assert.Contains("lots:     3 new, 0 updated, 0 unchanged", import.Out, StringComparison.Ordinal);
        Assert.Equal(0, list.Code);
        Assert.Contains("SLOOP-1/DEUREN", list.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("NB-1/DEUREN", list.Out, StringComparison.Ordinal);
        Assert.Contains("2 of 2 lots", list.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListLots_ByCategory_FiltersLikeTheApi()
    {
        await RunAsync("import", F("projects.csv"), F("lots.csv"), F("hubs.csv"));

        var doors = await RunAsync("list", "lots", "--category", " Doors ");
        var demand = await RunAsync("list", "lots", "--category", "doors", "--direction", "demand", "--limit", "5");

        Assert.Equal(0, doors.Code);
        Assert.Contains("SLOOP-1/DEUREN", doors.Out, StringComparison.Ordinal);
        Assert.Contains("NB-1/DEUREN", doors.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("STAAL", doors.Out, StringComparison.Ordinal);
        Assert.Contains("2 of 2 lots", doors.Out, StringComparison.Ordinal);
        Assert.Equal(0, demand.Code);
        Assert.Contains("NB-1/DEUREN", demand.Out, StringComparison.Ordinal);
        Assert.Contains("1 of 1 lots", demand.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadRow_ExitsNonZeroNamingFileRowAndColumn_AndWritesNothing()
    {
        File.WriteAllText(F("bad.csv"), Lots.Replace("steel_beams,12,t", "steel_beams,twelve,t", StringComparison.Ordinal));

        var import = await RunAsync("import", F("projects.csv"), F("bad.csv"));
        var list = await RunAsync("list", "projects");

        Assert.Equal(1, import.Code);
        Assert.Contains("bad.csv, row 3, column 'quantity', value 'twelve'", import.Err, StringComparison.Ordinal);
        Assert.Contains("nothing was written", import.Err, StringComparison.Ordinal);
        Assert.Contains("0 of 0 projects", list.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_ExitsNonZero()
    {
        var import = await RunAsync("import", F("nope.csv"));

        Assert.Equal(1, import.Code);
        Assert.Contains("file not found", import.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOption_ExitsWithUsage()
    {
        var result = await RunAsync("list", "lots", "--categroy", "doors");

        Assert.Equal(2, result.Code);
        Assert.Contains("unknown option --categroy", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCsv_ImportedIntoAnEmptyDatabase_ExportsIdentically()
    {
        await RunAsync("import", F("projects.csv"), F("lots.csv"), F("hubs.csv"));
        var first = Directory.CreateDirectory(F("export1")).FullName;
        var second = Directory.CreateDirectory(F("export2")).FullName;
        await using var other = await TestDatabase.CreateAsync(migrate: false);

        var export = await RunAsync("export", "--format", "csv", "--out", first);
        var reimport = await RunWithAsync(other, "import", Path.Combine(first, "projects.csv"), Path.Combine(first, "lots.csv"), Path.Combine(first, "hubs.csv"));
        await RunWithAsync(other, "export", "--format", "csv", "--out", second);

        Assert.Equal(0, export.Code);
        Assert.Equal(0, reimport.Code);
        Assert.DoesNotContain("warning", reimport.Err, StringComparison.Ordinal);
        foreach (var table in new[] { "projects.csv", "lots.csv", "hubs.csv" })
            Assert.Equal(File.ReadAllText(Path.Combine(first, table)), File.ReadAllText(Path.Combine(second, table)));
    }

    [Fact]
    public async Task ExportXlsx_ImportsBackIntoAnEmptyDatabase()
    {
        await RunAsync("import", F("projects.csv"), F("lots.csv"), F("hubs.csv"));
        await using var other = await TestDatabase.CreateAsync(migrate: false);

        var export = await RunAsync("export", "--format", "xlsx", "--out", F("corridor.xlsx"));
        var reimport = await RunWithAsync(other, "import", F("corridor.xlsx"));

        Assert.Equal(0, export.Code);
        Assert.Equal(0, reimport.Code);
        Assert.Contains("projects: 2 new", reimport.Out, StringComparison.Ordinal);
        Assert.Contains("lots:     3 new", reimport.Out, StringComparison.Ordinal);
        Assert.Contains("hubs:     1 new", reimport.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportGeoJson_WritesAFeaturePerProjectAndHub()
    {
        await RunAsync("import", F("projects.csv"), F("lots.csv"), F("hubs.csv"));

        var export = await RunAsync("export", "--format", "geojson");

        Assert.Equal(0, export.Code);
        using var doc = JsonDocument.Parse(export.Out);
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(3, features.Count);
        var hub = features.Single(f => f.GetProperty("properties").GetProperty("featureType").GetString() == "hub");
        Assert.Equal([5.456, 52.1745], hub.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray());
    }

    string F(string name) => Path.Combine(dir.FullName, name);

    Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => RunWithAsync(tdb, args);

    static async Task<(int Code, string Out, string Err)> RunWithAsync(TestDatabase db, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync([.. args, "--database", db.ConnectionString], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
