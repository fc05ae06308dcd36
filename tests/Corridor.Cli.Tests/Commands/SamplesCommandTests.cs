using System.Text.RegularExpressions;
using Corridor.Data.Demo;
using Corridor.Engine.Domain;
using Corridor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Corridor.Cli.Tests.Commands;

/// <summary>
/// <c>corridor samples --out DIR</c> writes the example files dated from today; each imports through <c>corridor import</c>
/// without errors, twice, into a fresh and into the demo database, never duplicating organisations or labelled demo.
/// </summary>
public sealed partial class SamplesCommandTests : IAsyncLifetime
{
    DirectoryInfo dir = null!;

    public Task InitializeAsync()
    {
        dir = Directory.CreateTempSubdirectory("corridor-samples-");
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        dir.Delete(recursive: true);
        return Task.CompletedTask;
    }

    static async Task<(int Code, string Out, string Err)> RunAsync(TimeProvider time, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliContext(stdout, stderr, time, CancellationToken.None));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    string F(string name) => Path.Combine(dir.FullName, "out", name);

    [Fact]
    public async Task Samples_WritesTheFourFilesDatedAfterToday()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2029, 8, 20, 10, 0, 0, TimeSpan.Zero));

        var run = await RunAsync(clock, "samples", "--out", Path.Combine(dir.FullName, "out"));

        Assert.Equal(0, run.Code);
        foreach (var name in new[] { "projects.csv", "lots.csv", "hubs.csv", "lots-with-errors.csv" })
        {
            Assert.True(File.Exists(F(name)), name);
            Assert.Contains(name, run.Out, StringComparison.Ordinal);
        }
        Assert.Contains("dated from 2029-08-20", run.Out, StringComparison.Ordinal);
        foreach (var name in new[] { "projects.csv", "lots.csv", "hubs.csv" })
            Assert.All(IsoDate().Matches(File.ReadAllText(F(name))), m => Assert.True(string.CompareOrdinal(m.Value, "2029-08-20") > 0, $"{name}: {m.Value}"));
        Assert.Equal("code,name,kind,latitude,longitude,start,end,status,organisation,address,gross_floor_area_m2,building_type,year_built,structure",
            File.ReadLines(F("projects.csv")).First()); // the import format, as before
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Samples_ImportWithoutErrors_Twice_OrganisationsOnce_NothingLabelledDemo(bool demo)
    {
        var time = TimeProvider.System;
        await using var tdb = await TestDatabase.CreateAsync();
        var today = CorridorClock.Today(time);
        if (demo)
        {
            await using var seed = tdb.Open();
            await DemoSeeder.SeedAsync(seed, today);
        }
        Assert.Equal(0, (await RunAsync(time, "samples", "--out", Path.Combine(dir.FullName, "out"))).Code);

        var projects = await RunAsync(time, "import", F("projects.csv"), "--database", tdb.ConnectionString);
        var lots = await RunAsync(time, "import", F("lots.csv"), "--database", tdb.ConnectionString);
        var hubs = await RunAsync(time, "import", F("hubs.csv"), "--database", tdb.ConnectionString);
        int organisations;
        await using (var db = tdb.Open()) organisations = await db.Organisations.CountAsync();
        var again = await RunAsync(time, "import", F("projects.csv"), F("lots.csv"), F("hubs.csv"), "--database", tdb.ConnectionString);
        var bad = await RunAsync(time, "import", F("lots-with-errors.csv"), "--database", tdb.ConnectionString);
        var list = await RunAsync(time, "list", "lots", "--limit", "500", "--database", tdb.ConnectionString);

        foreach (var run in new[] { projects, lots, hubs, again })
        {
            Assert.True(run.Code == 0, run.Err);
            Assert.DoesNotContain("error:", run.Err, StringComparison.Ordinal);
        }
        Assert.Contains("projects: 5 new", projects.Out, StringComparison.Ordinal);
        Assert.Contains("lots:     10 new", lots.Out, StringComparison.Ordinal);
        Assert.Contains("hubs:     2 new", hubs.Out, StringComparison.Ordinal);
        Assert.Contains("projects: 0 new, 0 updated, 5 unchanged", again.Out, StringComparison.Ordinal);
        Assert.Contains("lots:     0 new, 0 updated, 10 unchanged", again.Out, StringComparison.Ordinal);
        Assert.Contains("hubs:     0 new, 0 updated, 2 unchanged", again.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("organisations:", again.Out, StringComparison.Ordinal);
        Assert.Equal(0, list.Code);
        Assert.Contains("state", list.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("expired", list.Out, StringComparison.Ordinal); // dated from today: nothing has expired
        Assert.Equal(1, bad.Code);
        Assert.Contains("lots-with-errors.csv", bad.Err, StringComparison.Ordinal);

        await using var check = tdb.Open();
        Assert.Equal(organisations, await check.Organisations.CountAsync());
        var corridor = await check.Corridors.SingleAsync();
        Assert.Equal(demo, corridor.IsDemo);
        var samples = new[] { "AMF-SL-01", "AMF-RN-02", "AMF-NB-03", "LDN-SL-04", "LDN-NB-05" };
        Assert.Equal(samples.Length, await check.Projects.CountAsync(p => samples.Contains(p.Code)));
        Assert.All(samples, code => Assert.False(DemoCorridor.IsDemoProject(corridor.IsDemo, code)));
        if (demo) Assert.Contains(await check.Projects.Select(p => p.Code).ToListAsync(), code => DemoCorridor.IsDemoProject(true, code));
    }
}
