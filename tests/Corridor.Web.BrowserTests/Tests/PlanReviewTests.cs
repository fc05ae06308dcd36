using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Web.BrowserTests.Infrastructure;
using Corridor.Web.BrowserTests.Pages;
using Microsoft.Playwright;

namespace Corridor.Web.BrowserTests.Tests;

[Collection(PlanCollection.Name)]
public sealed class PlanReviewTests(CorridorAppFixture app)
{
    static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task Run_FromThePage_ShowsProgressThenAPlanWithMatchesAndAGap()
    {
        var before = (await PlansAsync()).Count;
        var page = new PlansPage(await app.SignedInPageAsync());
        await page.OpenAsync();
        await page.FillRulesAsync(80, "rigid_over_17t");
        // Hold the request until the waiting state is checked: the demo run itself takes well under a second.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.Page.RouteAsync("**/api/corridors/*/plans", async route => { await release.Task; await route.ContinueAsync(); });

        await page.StartRunAsync();

        Assert.True(await page.RunButton.IsDisabledAsync());
        Assert.Equal("true", await page.RunForm.GetAttributeAsync("aria-busy"));
        Assert.StartsWith("Running the matching", await page.RunStatus.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("plan-running");
        release.SetResult();
        await page.WaitForPlanAsync();
        var plans = await PlansAsync();
        Assert.Equal(before + 1, plans.Count);
        var planId = await page.PlanIdAsync();
        Assert.Equal(plans[0].GetProperty("id").GetInt32(), planId);
        var document = await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/plans/{planId}", CorridorAppFixture.Json);
        Assert.Equal(80, document.GetProperty("rules").GetProperty("maxDistanceKm").GetDouble());
        Assert.Equal(document.GetProperty("matches").GetArrayLength(), await page.MatchRows.CountAsync());
        Assert.True(await page.MatchRows.CountAsync() > 0);
        var gap = document.GetProperty("totals").GetProperty("optimalityGapPercent").GetDouble();
        Assert.Equal(gap.ToString("N2", English) + " %", await page.TotalAsync("gap"));
        Assert.StartsWith("−", await page.TotalAsync("bound"), StringComparison.Ordinal);
        Assert.Contains("0 % means this plan is proven optimal", await page.GapNoteAsync(), StringComparison.Ordinal);
        Assert.Equal(document.GetProperty("sources").GetArrayLength(), await page.SourceCountAsync());
        Assert.NotEmpty(await page.UnmatchedReasonsAsync());
        await page.ScreenshotAsync("plan-review");
    }

    [Fact]
    public async Task Run_ServerFails_ShowsTheErrorAndFreesTheButton()
    {
        var page = new PlansPage(await app.SignedInPageAsync());
        await page.OpenAsync();
        await page.Page.RouteAsync("**/api/corridors/*/plans", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 500, ContentType = "application/problem+json", Body = """{"title":"An error occurred while processing your request.","status":500}""",
        }));

        await page.StartRunAsync();

        await Assertions.Expect(page.RunErrors).ToBeVisibleAsync();
        Assert.Contains("HTTP 500", await page.RunErrors.InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await page.RunButton.IsDisabledAsync());
        Assert.Null(await page.RunForm.GetAttributeAsync("aria-busy"));
        Assert.Equal("run-errors", await page.Page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task Accept_WithTheKeyboard_ChangesTheStatusInPlaceAndInTheApi()
    {
        var planId = await LatestPlanIdAsync();
        var page = new PlansPage(await app.SignedInPageAsync());
        await page.OpenAsync(planId);
        var match = (await page.MatchIdsAsync("proposed")).First();
        await page.Page.EvaluateAsync("() => window.notReloaded = true");

        await page.AcceptWithKeyboardAsync(match);

        Assert.Equal("accepted", await page.StatusAsync(match));
        Assert.Equal("accepted", (await page.StatusTextAsync(match)).Trim());
        Assert.True(await page.Page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the row changed without a reload");
        Assert.Equal(0, await page.Row(match).Locator("button").CountAsync());
        Assert.Equal("accepted", (await MatchAsync(planId, match)).GetProperty("status").GetString());
        await page.ScreenshotAsync("plan-accepted");
    }

    [Fact]
    public async Task Reject_AnotherMatchWithAReason_ShowsRejectedAndTheApiKeepsTheReason()
    {
        var planId = await LatestPlanIdAsync();
        var page = new PlansPage(await app.SignedInPageAsync());
        await page.OpenAsync(planId);
        var match = (await page.MatchIdsAsync("proposed")).Last();

        await page.StartRejectAsync(match);
        Assert.True(await page.RejectDialog.IsVisibleAsync());
        Assert.Equal("reject-reason", await page.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.ScreenshotAsync("plan-reject-dialog");
        await page.ConfirmRejectAsync(match, "Doors too narrow for the new build");

        Assert.Equal("rejected", await page.StatusAsync(match));
        Assert.Contains("Doors too narrow", await page.StatusTextAsync(match), StringComparison.Ordinal);
        var row = await MatchAsync(planId, match);
        Assert.Equal("rejected", row.GetProperty("status").GetString());
        Assert.Equal("Doors too narrow for the new build", row.GetProperty("statusReason").GetString());
        Assert.True(await page.Page.Locator($"#plan-map path.plan-line-rejected[data-match='{match}']").CountAsync() > 0);
    }

    [Fact]
    public async Task Map_DrawsOneLinePerMatchLeg_DirectOnceAndThroughAHubTwice()
    {
        var planId = await LatestPlanIdAsync();
        var rows = (await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/plans/{planId}/matches", CorridorAppFixture.Json)).EnumerateArray().ToList();
        var viaHub = rows.Count(r => r.GetProperty("hub").ValueKind == JsonValueKind.String);
        var page = new PlansPage(await app.NewPageAsync());

        await page.OpenAsync(planId);

        Assert.True(viaHub > 0, "the demo plan routes some lots through a hub");
        Assert.Equal(rows.Count - viaHub, await page.LineCountAsync("direct"));
        Assert.Equal(2 * viaHub, await page.LineCountAsync("via-hub"));
        Assert.Equal(rows.Count + viaHub, await page.LineCountAsync());
    }

    [Fact]
    public async Task Hubs_AfterAPlan_ShowOccupancyChartAndFlowsOfAHubThePlanUses()
    {
        var planId = await LatestPlanIdAsync();
        var document = await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/plans/{planId}", CorridorAppFixture.Json);
        var used = document.GetProperty("hubOccupancy").EnumerateArray().Where(o => o.GetProperty("massKg").GetDouble() > 0)
            .Select(o => o.GetProperty("hub").GetString()!).First();
        var flows = document.GetProperty("matches").EnumerateArray().Count(m => m.GetProperty("hub").GetString() == used);
        var hubs = new HubsPage(await app.NewPageAsync());

        await hubs.OpenAsync();

        await Assertions.Expect(hubs.OccupancyChart(used)).ToBeVisibleAsync();
        Assert.Equal(flows, await hubs.FlowCountAsync(used));
        Assert.Equal(document.GetProperty("hubLand").GetProperty("totalPeakHectares").GetDouble().ToString("N3", English) + " ha", await hubs.LandPeakHectaresAsync());
        Assert.Equal(0, await hubs.NoPlanNote.CountAsync());
        await hubs.Page.Locator($"#plan-{used}").ScrollIntoViewIfNeededAsync();
        await hubs.ScreenshotAsync("hubs-occupancy");
    }

    [Fact]
    public async Task Overview_AfterAPlan_ShowsTheMatchedMassAndLinksToThePlan()
    {
        var planId = await LatestPlanIdAsync();
        var latest = (await PlansAsync())[0];
        var overview = new OverviewPage(await app.NewPageAsync());

        await overview.OpenAsync();

        Assert.Equal((latest.GetProperty("reusedMassKg").GetDouble() / 1000).ToString("N0", English) + " t", await overview.FigureAsync("matched"));
        Assert.Equal((-latest.GetProperty("netCo2eKg").GetDouble() / 1000).ToString("N0", English) + " t CO₂e", await overview.FigureAsync("matched-co2"));
        Assert.Equal($"/plans/{planId}", await overview.Page.Locator("#latest-plan").GetAttributeAsync("href"));
        await overview.ScreenshotAsync("overview-with-plan");
    }

    async Task<List<JsonElement>> PlansAsync() =>
        (await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/plans", CorridorAppFixture.Json)).EnumerateArray().ToList();

    /// <summary>The latest plan, made through the API when the collection has none yet (tests run in any order).</summary>
    async Task<int> LatestPlanIdAsync()
    {
        if ((await PlansAsync()) is [var latest, ..]) return latest.GetProperty("id").GetInt32();
        var response = await app.Api.PostAsJsonAsync($"api/corridors/{app.CorridorId}/plans", new { }, CorridorAppFixture.Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(CorridorAppFixture.Json)).GetProperty("id").GetInt32();
    }

    async Task<JsonElement> MatchAsync(int planId, int match) =>
        (await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/plans/{planId}/matches", CorridorAppFixture.Json))
        .EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == match);
}
