using System.Globalization;
using Corridor.Data.Demo;
using Corridor.Data.Impact;
using Corridor.Documents;
using Corridor.Tests.Shared;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Tests.Impact;

public sealed class CouncilReportTests : IAsyncLifetime
{
    static readonly DateTime Now = new(2027, 12, 1, 9, 0, 0, DateTimeKind.Utc);
    TestDatabase tdb = null!;
    ImpactFixture.Seeded seeded = null!;

    public async Task InitializeAsync()
    {
        tdb = await TestDatabase.CreateAsync();
        seeded = await ImpactFixture.SeedAsync(tdb);
    }

    public async Task DisposeAsync() => await tdb.DisposeAsync();

    async Task<CouncilReport> ReportAsync()
    {
        await using var db = tdb.Open();
        return (await CouncilReports.BuildAsync(db, seeded.CorridorId, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), Now))!;
    }

    [Fact]
    public async Task BuildAsync_Year_QuartersAddUpToThePeriod()
    {
        var r = await ReportAsync();

        Assert.Equal(["2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"], r.Quarters.Select(q => q.Quarter));
        Assert.Equal(r.Account.Input.TotalKg.Value!.Value, r.Quarters.Sum(q => q.Account.Input.TotalKg.Value!.Value), 6);
        Assert.Equal(r.Account.Carbon.NetAvoidedCo2eKg.Value!.Value, r.Quarters.Sum(q => q.Account.Carbon.NetAvoidedCo2eKg.Value!.Value), 6);
        // The doors (9,500 kg, demand lot dated 2027-09-01) fall in Q3.
        Assert.Equal(9500, r.Quarters[2].Account.PrimaryMaterialAvoidedKg.Value!.Value, 6);
        Assert.Contains(r.Targets.Targets, t => t.IsDefault && t.Basis == Engine.Impact.ImpactTargets.NationalBasis);
    }

    [Fact]
    public async Task Html_Report_HasChartsTargetsAndEverySource()
    {
        var r = await ReportAsync();

        var html = await DocumentRenderer.RenderCouncilReportAsync(r, CultureInfo.GetCultureInfo("en-GB"));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(6, html.Split("<svg xmlns").Length - 1);
        Assert.Contains("Circular input per quarter", html, StringComparison.Ordinal);
        Assert.Contains("Against the targets", html, StringComparison.Ordinal);
        Assert.Contains("9.5", html, StringComparison.Ordinal);
        // The renderer's encoder escapes more characters (·, −, ') than WebUtility: compare the decoded text.
        var text = System.Net.WebUtility.HtmlDecode(html);
        Assert.All(r.Sources, s => Assert.Contains(s, text, StringComparison.Ordinal));
        Assert.Contains(Engine.Impact.ImpactCalculator.CarbonMethod, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_Report_EveryRowHasUnitMethodAndSources()
    {
        var r = await ReportAsync();

        var lines = CouncilReportTables.Csv(r).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join(",", CouncilReportTables.CsvColumns), lines[0]);
        var summary = lines.Where(l => l.StartsWith("summary,", StringComparison.Ordinal)).ToList();
        Assert.Contains("summary,2027-01-01,2027-12-31,,primary_material_avoided,9500,kg,", summary.Single(l => l.Contains(",primary_material_avoided,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("quarter 2027-Q3,2027-07-01,2027-09-30,,co2_avoided_net,3702.5,kg CO2e,", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Matches(@"(kg|%|kg CO2e|kg CO2e/m² GFA),", l));
    }

    [Fact]
    public async Task Xlsx_Report_HasASheetPerPart()
    {
        var r = await ReportAsync();
        using var stream = new MemoryStream();

        CouncilReportTables.WriteXlsx(r, stream);

        stream.Position = 0;
        using var doc = SpreadsheetDocument.Open(stream, false);
        var names = doc.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["report", "summary", "quarters", "categories", "targets", "flows", "sources"], names);
    }

    [Fact]
    public async Task BuildAsync_DemoCorridor_WithoutPeriodSpansItsLots()
    {
        await using var demo = await TestDatabase.CreateAsync();
        await using var db = demo.Open();
        await DemoSeeder.SeedAsync(db, new DateOnly(2026, 11, 22));
        var id = await db.Corridors.Select(c => c.Id).SingleAsync();

        var r = await CouncilReports.BuildAsync(db, id, null, null, Now);

        Assert.True(r!.IsDemo);
        Assert.True(r.Account.Input.TotalKg.Value > 0);
        Assert.True(r.Account.Output.TotalKg.Value > 0);
        Assert.Equal(r.Account.InputLots + r.Account.OutputLots, await db.Lots.CountAsync());
        Assert.Contains("Demo data", await DocumentRenderer.RenderCouncilReportAsync(r, CultureInfo.GetCultureInfo("en-GB")), StringComparison.Ordinal);
        Assert.True(r.Quarters.Count >= 8, r.Quarters.Count.ToString(CultureInfo.InvariantCulture));
    }
}
