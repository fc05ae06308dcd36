using System.Globalization;
using System.Text.RegularExpressions;
using Corridor.Data.Demo;
using Corridor.Data.Entities;
using Corridor.Data.Import;
using Corridor.Data.Inventory;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;
using Corridor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Corridor.Data.Tests.Import;

/// <summary>
/// The generated example files (<see cref="SampleFiles"/>): dated after today whatever today is, and imported without
/// errors, twice, into a fresh database and into the demo database, never duplicating organisations, never touching demo
/// records, never labelled demo.
/// </summary>
public sealed partial class SampleImportTests
{
    static readonly CategoryIndex Categories = new(ReferenceCatalog.Categories);

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b|\b\d{2}-\d{2}-\d{4}\b")]
    private static partial Regex Dates();

    [Theory]
    [InlineData("2026-12-04")]
    [InlineData("2031-01-31")]
    [InlineData("2040-07-15")]
    public void Generated_EveryDateLiesAfterToday_AndTheFilesStayValid(string todayText)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(todayText + "T09:00:00Z", CultureInfo.InvariantCulture));
        var today = CorridorClock.Today(clock);

        foreach (var name in SampleFiles.ValidNames)
        {
            var dates = Dates().Matches(SampleFiles.Get(name, today).Content).Select(m => m.Value).ToList();
            Assert.NotEmpty(dates);
            Assert.All(dates, d => Assert.True(Parse(d) > today, $"{name}: {d} is not after {today:yyyy-MM-dd}"));
        }
        var files = SampleFiles.ValidNames.Select(n => (n, (Stream)new MemoryStream(SampleFiles.Get(n, today).Bytes))).ToList();
        var batch = InventoryFileReader.Read(files, ReferenceCatalog.Categories, new ImportLimits(), clock);
        Assert.Empty(batch.Errors);
        Assert.All(batch.Lots, l => Assert.True(l.AvailableFrom > today && l.AvailableTo >= l.AvailableFrom, l.LotCode));
        Assert.All(batch.Projects, p => Assert.True(p.Start > today && p.End >= p.Start, p.Code));
    }

    static DateOnly Parse(string d) => d[4] == '-'
        ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)
        : DateOnly.ParseExact(d, "dd-MM-yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public void Samples_UseNoCodeOrOrganisationOfTheDemoCorridor()
    {
        var today = new DateOnly(2026, 12, 4);
        var files = SampleFiles.ValidNames.Select(n => (n, (Stream)new MemoryStream(SampleFiles.Get(n, today).Bytes))).ToList();
        var batch = InventoryFileReader.Read(files, ReferenceCatalog.Categories, new ImportLimits());
        var (projects, hubs, organisations) = DemoCorridor.Identifiers();

        Assert.NotEmpty(projects);
        Assert.DoesNotContain(batch.Projects, p => projects.Contains(p.Code));
        Assert.DoesNotContain(batch.Hubs, h => hubs.Contains(h.Code));
        var names = batch.Projects.Select(p => p.Organisation).Concat(batch.Hubs.Select(h => h.Operator)).OfType<string>().ToList();
        Assert.NotEmpty(names);
        Assert.DoesNotContain(names, n => organisations.Contains(n));
        Assert.DoesNotContain(batch.Projects, p => p.Name.StartsWith("Demo", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Imports the samples as a user would: projects, then their lots, then the hubs (each file on its own), then all three at once.</summary>
    static async Task<List<ImportOutcome>> ImportAllAsync(CorridorDb db, int corridorId, DateOnly today)
    {
        var outcomes = new List<ImportOutcome>();
        foreach (var group in new[] { new[] { "projects.csv" }, ["lots.csv"], ["hubs.csv"], SampleFiles.ValidNames.ToArray() })
        {
            var files = group.Select(n => new ImportFile(n, new MemoryStream(SampleFiles.Get(n, today).Bytes))).ToList();
            outcomes.Add(await InventoryImport.RunAsync(db, corridorId, files, Categories));
            db.ChangeTracker.Clear();
        }
        return outcomes;
    }

    static void AssertClean(IEnumerable<ImportOutcome> outcomes)
    {
        foreach (var o in outcomes)
            Assert.True(o.Succeeded && o.Errors.Count == 0, string.Join("\n", o.Errors.Select(e => e.ToString())));
    }

    static void AssertNothingChanged(ImportOutcome o)
    {
        var s = o.Summary!;
        Assert.Equal((0, 0, 0), (s.Projects.Created, s.Lots.Created, s.Hubs.Created));
        Assert.Equal((0, 0, 0), (s.Projects.Updated, s.Lots.Updated, s.Hubs.Updated));
        Assert.Equal(0, s.OrganisationsCreated);
    }

    [Fact]
    public async Task FreshDatabase_ImportsEverySampleWithoutErrors_Twice_AndTheSecondTimeChangesNothing()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var today = new DateOnly(2026, 12, 4);
        var corridor = new CorridorRegion { Code = "mine", Name = "My corridor", CreatedUtc = DateTime.UnixEpoch };
        db.Corridors.Add(corridor);
        await db.SaveChangesAsync();

        var first = await ImportAllAsync(db, corridor.Id, today);
        var organisations = await db.Organisations.CountAsync();
        var second = await ImportAllAsync(db, corridor.Id, today);

        AssertClean(first.Concat(second));
        Assert.Equal((5, 10, 2), (first[0].Summary!.Projects.Created, first[1].Summary!.Lots.Created, first[2].Summary!.Hubs.Created));
        Assert.Equal(7, organisations); // five project owners and two hub operators, each once
        AssertNothingChanged(first[3]); // the three files at once, after each on its own
        Assert.All(second, AssertNothingChanged);
        Assert.Equal(organisations, await db.Organisations.CountAsync());
        Assert.Equal(organisations, (await db.Organisations.Select(o => o.Name).ToListAsync()).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(await db.Projects.Select(p => p.Code).ToListAsync(), code => Assert.False(DemoCorridor.IsDemoProject(corridor.IsDemo, code)));
    }

    [Fact]
    public async Task DemoDatabase_ImportsEverySampleWithoutErrors_Twice_LeavesTheDemoRecordsAlone_AndNothingImportedIsLabelledDemo()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var today = new DateOnly(2026, 12, 4);
        await DemoSeeder.SeedAsync(db, today);
        db.ChangeTracker.Clear();
        var demo = await db.Corridors.SingleAsync(c => c.IsDemo);
        async Task<List<string>> SnapshotAsync() =>
        [
            .. (await db.Projects.AsNoTracking().Where(p => p.CorridorId == demo.Id).OrderBy(p => p.Id).ToListAsync())
                .Select(p => $"{p.Id}|{p.Code}|{p.Name}|{p.OrganisationId}|{p.Start}|{p.End}|{p.Status}"),
            .. (await db.Hubs.AsNoTracking().Where(h => h.CorridorId == demo.Id).OrderBy(h => h.Id).ToListAsync())
                .Select(h => $"{h.Id}|{h.Code}|{h.Name}|{h.OperatorName}|{h.Opens}|{string.Join(';', h.AcceptedCategories)}"),
            .. (await db.Lots.AsNoTracking().Where(l => l.CorridorId == demo.Id).OrderBy(l => l.Id).ToListAsync())
                .Select(l => $"{l.Id}|{l.ProjectId}|{l.Code}|{l.Quantity}|{l.AvailableFrom}|{l.AvailableTo}|{l.Status}"),
            .. (await db.Organisations.AsNoTracking().Where(o => o.CorridorId == demo.Id).OrderBy(o => o.Id).ToListAsync())
                .Select(o => $"{o.Id}|{o.Name}|{o.Type}"),
        ];
        var before = await SnapshotAsync();
        var demoOrganisations = await db.Organisations.CountAsync();

        var first = await ImportAllAsync(db, demo.Id, today);
        var organisations = await db.Organisations.CountAsync();
        var second = await ImportAllAsync(db, demo.Id, today);

        AssertClean(first.Concat(second));
        Assert.Equal(demoOrganisations + 7, organisations);
        Assert.All(second, AssertNothingChanged);
        Assert.Equal(organisations, await db.Organisations.CountAsync());
        var after = await SnapshotAsync();
        Assert.Equal(before, after.Where(before.Contains)); // every demo record as it was…
        Assert.Equal(before.Count, after.Count(before.Contains)); // …none of them changed or duplicated
        var imported = await db.Projects.Where(p => p.CorridorId == demo.Id).Select(p => p.Code).ToListAsync();
        var sampleCodes = new[] { "AMF-SL-01", "AMF-RN-02", "AMF-NB-03", "LDN-SL-04", "LDN-NB-05" };
        Assert.All(sampleCodes, code => Assert.Contains(code, imported));
        Assert.All(sampleCodes, code => Assert.False(DemoCorridor.IsDemoProject(demo.IsDemo, code)));
        Assert.All(new[] { "HUB-HOEF", "HUB-ISSELT-OOST" }, code => Assert.False(DemoCorridor.IsDemoHub(demo.IsDemo, code)));
        Assert.All(imported.Except(sampleCodes), code => Assert.True(DemoCorridor.IsDemoProject(demo.IsDemo, code), code)); // the demo's own stay demo
    }

    [Fact]
    public async Task SampleWithErrors_IsRejected_NamingFileRowAndColumn_AndWritesNothing()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();
        var corridor = new CorridorRegion { Code = "mine", Name = "My corridor", CreatedUtc = DateTime.UnixEpoch };
        db.Corridors.Add(corridor);
        await db.SaveChangesAsync();
        var today = new DateOnly(2026, 12, 4);

        var outcome = await InventoryImport.RunAsync(db, corridor.Id,
            [new ImportFile("lots-with-errors.csv", new MemoryStream(SampleFiles.Get("lots-with-errors.csv", today).Bytes))], Categories);

        Assert.False(outcome.Succeeded);
        Assert.All(outcome.Errors, e => Assert.True(e.File == "lots-with-errors.csv" && e.Row is not null && e.Column is not null, e.ToString()));
        Assert.Equal(0, await db.Lots.CountAsync());
    }

    [Theory]
    [InlineData("a,2026-06-30,b", 12, "a,2027-06-30,b")]
    [InlineData("x,15-04-2026,30-06-2026", 2, "x,15-06-2026,30-08-2026")]
    [InlineData("2026-01-31", 1, "2026-02-28")] // the month's last day where the day does not exist
    [InlineData("x,31-02-2027,y", 5, "x,31-02-2027,y")] // a deliberate mistake stays
    [InlineData("1974,12.5,17 01 01,52.1561", 7, "1974,12.5,17 01 01,52.1561")] // years, numbers and codes are not dates
    public void Shift_MovesValidDatesByWholeMonths_InTheirOwnFormat(string text, int months, string expected) =>
        Assert.Equal(expected, SampleFiles.Shift(text, months));
}
