using System.Text.Json;
using Corridor.Tests.Shared;

namespace Corridor.Cli.Tests.Commands;

public sealed class MatchCommandTests : IAsyncLifetime
{
    TestDatabase tdb = null!;
    DirectoryInfo dir = null!;

    // The brief's example: a demolition releases 400 doors in March, a housing project needs 380 in September about
    // 30 km away; the windows do not meet, so the doors must wait at the hub between them.
    const string Projects = """
        code,name,kind,latitude,longitude,start,end
        SLOOP,Sloop kantoor Amersfoort,demolition,52.1561,5.3878,2027-02-01,2027-04-30
        NIEUW,Woningen Harderwijk,new_build,52.3420,5.6200,2027-08-01,2027-12-31
        """;

    const string Lots = """
        project_code,lot_code,direction,category,quantity,unit,available_from,available_to,quality
        SLOOP,DEUREN,supply,doors,400,pcs,2027-03-01,2027-03-31,A
        NIEUW,DEUREN,demand,doors,380,pcs,2027-09-01,2027-09-30,A
        """;

    const string Hubs = """
        code,name,latitude,longitude,storage_area_m2
        HUB,Hub Hoevelaken,52.1745,5.4560,15000
        """;

    public async Task InitializeAsync()
    {
        tdb = await TestDatabase.CreateAsync(migrate: false);
        dir = Directory.CreateTempSubdirectory("corridor-match-");
        File.WriteAllText(F("projects.csv"), Projects);
        File.WriteAllText(F("lots.csv"), Lots);
        File.WriteAllText(F("hubs.csv"), Hubs);
        Assert.Equal(0, (await RunAsync("import", F("projects.csv"), F("lots.csv"), F("hubs.csv"))).Code);
    }

    public async Task DisposeAsync()
    {
        await tdb.DisposeAsync();
        dir.Delete(recursive: true);
    }

    [Fact]
    public async Task Match_DoorsWhoseWindowsDoNotMeet_GoThroughTheHub_AndTheNetworksExportAsSolvableDimacs()
    {
        var result = await RunAsync("match", "--out", F("plan.json"), "--export-dimacs", F("dimacs"), "--max-distance", "60");

        Assert.Equal(0, result.Code);
        using var plan = JsonDocument.Parse(File.ReadAllText(F("plan.json")));
        var match = Assert.Single(plan.RootElement.GetProperty("matches").EnumerateArray());
        Assert.Equal(("SLOOP/DEUREN", "NIEUW/DEUREN", "HUB"), (match.GetProperty("supplyLot").GetString(), match.GetProperty("demandLot").GetString(), match.GetProperty("hub").GetString()));
        Assert.Equal(380, match.GetProperty("quantity").GetDouble());
        Assert.StartsWith("2027-03", match.GetProperty("pickupDate").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2027-09", match.GetProperty("deliveryDate").GetString(), StringComparison.Ordinal);
        var left = Assert.Single(plan.RootElement.GetProperty("unmatched").EnumerateArray());
        Assert.Equal(("SLOOP/DEUREN", 20.0), (left.GetProperty("lot").GetString(), left.GetProperty("quantity").GetDouble()));
        Assert.Equal(0, plan.RootElement.GetProperty("totals").GetProperty("optimalityGapPercent").GetDouble());
        Assert.Contains("plan 1: 1 matches", result.Err, StringComparison.Ordinal);

        var networks = Directory.GetFiles(F("dimacs"), "*.min");
        Assert.NotEmpty(networks);
        foreach (var network in networks)
            Assert.Equal(0, (await RunAsync("solve", network)).Code);
    }

    [Fact]
    public async Task Match_TooShortMaxDistance_LeavesTheDoorsUnmatchedAsTooFar()
    {
        var result = await RunAsync("match", "--out", F("plan.json"), "--max-distance", "5");

        Assert.Equal(0, result.Code);
        using var plan = JsonDocument.Parse(File.ReadAllText(F("plan.json")));
        Assert.Empty(plan.RootElement.GetProperty("matches").EnumerateArray());
        Assert.All(plan.RootElement.GetProperty("unmatched").EnumerateArray(), u => Assert.Equal("too far", u.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Match_BadOption_ExitsWithUsage()
    {
        var result = await RunAsync("match", "--resolution", "month");

        Assert.Equal(2, result.Code);
        Assert.Contains("resolution", result.Err, StringComparison.Ordinal);
    }

    string F(string name) => Path.Combine(dir.FullName, name);

    async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var all = args[0] == "solve" ? args : [.. args, "--database", tdb.ConnectionString];
        var code = await CliApp.RunAsync(all, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
