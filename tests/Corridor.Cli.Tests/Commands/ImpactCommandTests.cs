using System.Text.Json;
using Corridor.Tests.Shared;

namespace Corridor.Cli.Tests.Commands;

/// <summary>estimate, report and passport end to end on a database of the provider under test.</summary>
public sealed class ImpactCommandTests : IAsyncLifetime
{
    TestDatabase tdb = null!;
    DirectoryInfo dir = null!;

    const string Projects = """
        code,name,kind,latitude,longitude,start,end,gross_floor_area_m2,building_type,year_built,structure
        SLOOP-1,Kantoor Stadsring,demolition,52.1561,5.3878,2027-01-01,2027-06-30,4200,office,1972,concrete
        NB-1,Woningen Vathorst,new_build,52.195,5.442,2027-05-01,2028-03-31,,,,
        """;

    const string Lots = """
        project_code,lot_code,direction,category,quantity,unit,available_from,available_to,quality,ewc
        SLOOP-1,DEUREN,supply,doors,400,pcs,2027-03-01,2027-03-31,A,17 02 01
        NB-1,DEUREN,demand,doors,380,pcs,2027-09-01,2027-10-31,,
        """;

    public async Task InitializeAsync()
    {
        tdb = await TestDatabase.CreateAsync(migrate: false);
        dir = Directory.CreateTempSubdirectory("corridor-cli-impact-");
        File.WriteAllText(F("projects.csv"), Projects);
        File.WriteAllText(F("lots.csv"), Lots);
        Assert.Equal(0, (await RunAsync("import", F("projects.csv"), F("lots.csv"))).Code);
    }

    public async Task DisposeAsync()
    {
        await tdb.DisposeAsync();
        dir.Delete(recursive: true);
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

    [Fact]
    public async Task Estimate_FromFacts_PrintsPercentilesAndStoresNothing()
    {
        var r = await RunAsync("estimate", "--type", "rijwoning", "--year", "1965", "--gfa", "110");

        Assert.Equal(0, r.Code);
        Assert.Contains("corridor-mi-nearest/1", r.Out, StringComparison.Ordinal);
        Assert.Contains("R_SFH_rowhouse", r.Out, StringComparison.Ordinal);
        Assert.Contains("p50 kg", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Stored as", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Estimate_ProjectDryRunThenWrite_StoresEstimatedLots()
    {
        var dry = await RunAsync("estimate", "--project", "SLOOP-1", "--dry-run");
        var write = await RunAsync("estimate", "--project", "SLOOP-1");
        var list = await RunAsync("list", "lots", "--direction", "supply");

        Assert.Equal(0, dry.Code);
        Assert.Contains("Dry run: nothing was written.", dry.Out, StringComparison.Ordinal);
        Assert.Equal(0, write.Code);
        Assert.Matches(@"Stored as estimated lots of SLOOP-1: \d+ new, 0 updated, 0 unchanged\.", write.Out);
        Assert.Contains("SLOOP-1/EST-CRUSHED-CONCRETE-AGGREGATE", list.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Estimate_BadUsage_NamesTheOption()
    {
        var none = await RunAsync("estimate");
        var badGfa = await RunAsync("estimate", "--type", "office", "--gfa", "-4");
        var newBuild = await RunAsync("estimate", "--project", "NB-1");

        Assert.Equal(2, none.Code);
        Assert.Equal(2, badGfa.Code);
        Assert.Contains("--gfa", badGfa.Err, StringComparison.Ordinal);
        Assert.Equal(1, newBuild.Code);
        Assert.Contains("project kind", newBuild.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_EachFormat_WritesTheFile()
    {
        var html = await RunAsync("report", "--from", "2027-01-01", "--to", "2027-12-31", "--format", "html", "--out", F("r.html"));
        var csv = await RunAsync("report", "--format", "csv");
        var xlsx = await RunAsync("report", "--format", "xlsx", "--out", F("r.xlsx"));
        var bad = await RunAsync("report", "--from", "2027-12-31", "--to", "2027-01-01");

        Assert.Equal(0, html.Code);
        Assert.Contains("<svg", File.ReadAllText(F("r.html")), StringComparison.Ordinal);
        Assert.Contains("wrote", html.Err, StringComparison.Ordinal);
        Assert.StartsWith("section,period_from,period_to,category,metric,value,unit,method,sources", csv.Out, StringComparison.Ordinal);
        Assert.Equal(0, xlsx.Code);
        Assert.True(new FileInfo(F("r.xlsx")).Length > 1000);
        Assert.Equal(2, bad.Code);
    }

    [Fact]
    public async Task Passport_ExportAndImportIntoAnotherDatabase_RoundTrips()
    {
        var json = await RunAsync("passport", "--lot", "SLOOP-1/DEUREN");
        var html = await RunAsync("passport", "--project", "SLOOP-1", "--format", "html", "--out", F("p.html"));
        File.WriteAllText(F("p.json"), json.Out);
        await using var other = await TestDatabase.CreateAsync(migrate: false);

        var dry = await RunWithAsync(other, "passport", "import", F("p.json"), "--dry-run", "--corridor", "elsewhere");
        var imported = await RunWithAsync(other, "passport", "import", F("p.json"), "--corridor", "elsewhere");
        var back = await RunWithAsync(other, "passport", "--lot", "SLOOP-1/DEUREN");

        Assert.Equal(0, json.Code);
        Assert.Equal("corridor-passport/1", JsonDocument.Parse(json.Out).RootElement.GetProperty("schema").GetString());
        Assert.Contains("Material passport: Kantoor Stadsring (SLOOP-1)", File.ReadAllText(F("p.html")), StringComparison.Ordinal);
        Assert.Equal(0, html.Code);
        Assert.Contains("dry run", dry.Out, StringComparison.Ordinal);
        Assert.Equal(0, imported.Code);
        Assert.Contains("project SLOOP-1 (new), 1 lots: DEUREN", imported.Out, StringComparison.Ordinal);
        var product = JsonDocument.Parse(back.Out).RootElement.GetProperty("elements")[0].GetProperty("products")[0];
        var original = JsonDocument.Parse(json.Out).RootElement.GetProperty("elements")[0].GetProperty("products")[0];
        Assert.Equal(original.GetProperty("massKg").GetDouble(), product.GetProperty("massKg").GetDouble());
        Assert.Equal(original.GetProperty("history")[0].GetProperty("atUtc").GetString(), product.GetProperty("history")[0].GetProperty("atUtc").GetString());
    }

    [Fact]
    public async Task Passport_ImportBadFile_ListsErrorsAndExitsOne()
    {
        File.WriteAllText(F("bad.json"), """{"schema":"corridor-passport/0","building":null,"elements":[]}""");

        var r = await RunAsync("passport", "import", F("bad.json"));

        Assert.Equal(1, r.Code);
        Assert.Contains("schema: Expected 'corridor-passport/1'", r.Err, StringComparison.Ordinal);
        Assert.Contains("building: Required.", r.Err, StringComparison.Ordinal);
    }
}
