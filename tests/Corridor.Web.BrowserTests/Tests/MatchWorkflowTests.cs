using Corridor.Web.BrowserTests.Infrastructure;
using Corridor.Web.BrowserTests.Pages;
using Microsoft.Playwright;

namespace Corridor.Web.BrowserTests.Tests;

[Collection(WorkflowCollection.Name)]
public sealed class MatchWorkflowTests(CorridorAppFixture app)
{
    [Fact]
    public async Task Director_AcceptsForBothSides_MovesTheMatchToInstalled_AndSeesTheAuditTrail()
    {
        var page = new PlansPage(await app.NewPageAsync());
        await page.SignInAsync("director@corridor.demo", "/plans");
        await page.OpenAsync();
        await page.FillRulesAsync(60, "rigid_over_17t");
        await page.StartRunAsync();
        await page.WaitForPlanAsync();
        var planId = await page.PlanIdAsync();
        var match = (await page.MatchIdsAsync("proposed")).First();

        await page.Row(match).Locator("button.accept").ClickAsync(); // the director records both sides' acceptance
        await page.Page.WaitForFunctionAsync($"() => document.getElementById('match-{match}').dataset.status === 'accepted'");
        var steps = new List<string>();
        for (var i = 0; i < 8 && await page.StatusAsync(match) != "installed"; i++)
        {
            await page.OpenAsync(planId);
            var step = page.Row(match).Locator("form.transition-form button.step").First;
            steps.Add(await step.GetAttributeAsync("value") ?? "");
            await step.ClickAsync();
            await page.Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        }
        await page.OpenAsync(planId);

        Assert.Equal("installed", await page.StatusAsync(match));
        Assert.Equal(0, await page.Row(match).Locator("button").CountAsync());
        var trail = page.Page.Locator($"#audit-{match}");
        await trail.Locator("summary").ClickAsync();
        var actions = await trail.Locator("li").EvaluateAllAsync<string[]>("ls => ls.map(l => l.dataset.action)");
        Assert.Equal(["accept_supply+accept_demand", .. steps], actions);
        Assert.Contains("director@corridor.demo", await trail.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(steps, s => s == "reserve");
        Assert.Equal("install", steps[^1]);
        await page.ScreenshotAsync("match-installed-audit");
    }
}
