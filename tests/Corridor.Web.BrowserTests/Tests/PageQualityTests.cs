using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Corridor.Web.BrowserTests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Corridor.Web.BrowserTests.Tests;

/// <summary>
/// Every page, checked the same way: axe-core finds no WCAG 2.1 A/AA violation (contrast included), and at a phone's
/// 390 px the page does not scroll sideways. Runs on the plan collection's own app, which gets a plan, so the plans page
/// shows its map and lines.
/// </summary>
[Collection(PlanCollection.Name)]
public sealed class PageQualityTests(CorridorAppFixture app)
{
    static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The pages: name, path, and whether the director must be signed in to see it.</summary>
    async Task<List<(string Name, string Path, bool SignedIn)>> PagesAsync()
    {
        var planId = await LatestPlanIdAsync();
        var projects = await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/projects?pageSize=1", CorridorAppFixture.Json);
        var first = projects.ValueKind == JsonValueKind.Array ? projects[0] : projects.GetProperty("items")[0];
        var code = first.GetProperty("code").GetString()!;
        return
        [
            ("home", "/", false),
            ("marketplace", "/marketplace", false),
            ("calendar", "/calendar", false),
            ("hubs", "/hubs", false),
            ("project", "/projects/" + Uri.EscapeDataString(code), false),
            ("plans", $"/plans/{planId}", true),
            ("rules", "/rules", true),
            ("growth", "/growth", false),
            ("notifications", "/notifications", true),
            ("account", "/Account", true),
            ("login", "/Account/Login", false),
            ("members", "/members", true),
            ("error", "/no-such-page", false),
        ];
    }

    [Fact]
    public async Task EveryPage_HasNoWcag21AaViolations()
    {
        var signedIn = await app.SignedInPageAsync();
        var anonymous = await app.NewPageAsync();
        var report = new StringBuilder();
        var checkedPages = 0;
        foreach (var (name, path, needsSignIn) in await PagesAsync())
        {
            var page = needsSignIn ? signedIn : anonymous;
            await OpenAsync(page, path);
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
            Assert.True(result.Passes.Length > 0, $"axe-core ran no rule on {path}");
            checkedPages++;
            foreach (var violation in result.Violations)
            {
                report.Append(name).Append(' ').Append(path).Append(": ").Append(violation.Id).Append(" — ").AppendLine(violation.Help);
                foreach (var node in violation.Nodes.Take(5))
                    report.Append("    ").Append(node.Target).Append(' ').AppendLine(node.Html.Length > 160 ? node.Html[..160] + "…" : node.Html);
            }
        }
        Assert.Equal(13, checkedPages);
        Assert.True(report.Length == 0, "axe-core found WCAG 2.1 AA violations:\n" + report);
    }

    [Fact]
    public async Task EveryPage_FitsA390PixelPhone_WithoutScrollingSideways()
    {
        var signedIn = await app.SignedInPageAsync(width: 390, height: 844);
        var anonymous = await app.NewPageAsync(width: 390, height: 844);
        var tooWide = new List<string>();
        foreach (var (name, path, needsSignIn) in await PagesAsync())
        {
            var page = needsSignIn ? signedIn : anonymous;
            await OpenAsync(page, path);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 390)
            {
                // Names the widest elements that stick out, to make the failure easy to fix.
                var culprits = await page.EvaluateAsync<string[]>("""
                    () => [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > 391 && !(function clipped(a) { for (a = a.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true; return false; })(e))
                        .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right).slice(0, 6).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().right))
                    """);
                tooWide.Add($"{name} {path}: {width} px ({string.Join(", ", culprits)})");
            }
            if (name is "home" or "plans") await MapScreenshotAsync(page, "map-" + name + "-390");
        }
        Assert.True(tooWide.Count == 0, "pages wider than 390 px:\n" + string.Join("\n", tooWide));
    }

    [Fact]
    public async Task HomeAndPlanMaps_DrawNaturalEarthBorders_UnderUnreachableTiles_WithALegendOfLineWidths()
    {
        var page = await app.SignedInPageAsync();
        await OpenAsync(page, "/");
        // No internet here: the PDOK tiles fail, the map says so and the atlas beneath them shows.
        await page.WaitForFunctionAsync("() => document.querySelector('#overview-map').dataset.atlasReady === 'true'");
        Assert.True(await page.Locator("#overview-map .leaflet-pane path").CountAsync() >= 3, "land, coastlines and borders are drawn");
        Assert.Equal("service.pdok.nl", new Uri((await page.Locator("#overview-map .leaflet-tile").First.GetAttributeAsync("src"))!).Host);
        await page.WaitForFunctionAsync("() => document.querySelector('#overview-map').classList.contains('map-offline')");
        Assert.Contains("Kaartgegevens © Kadaster", await page.Locator("#overview-map .leaflet-control-attribution").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Natural Earth", await page.Locator("#overview-map .leaflet-control-attribution").InnerTextAsync(), StringComparison.Ordinal);
        await MapScreenshotAsync(page, "map-home-1280");

        await OpenAsync(page, $"/plans/{await LatestPlanIdAsync()}");
        await page.WaitForFunctionAsync("() => document.querySelector('#plan-map').dataset.atlasReady === 'true'");
        var widths = await page.Locator("figure:has(#plan-map) .legend-widths li[data-tonnes] line")
            .EvaluateAllAsync<double[]>("ls => ls.map(l => parseFloat(l.getAttribute('stroke-width')))");
        Assert.Equal(4, widths.Length);
        Assert.True(widths.Zip(widths.Skip(1)).All(p => p.First < p.Second), "more tonnes, wider line: " + string.Join(", ", widths));
        // A drawn line is as wide as the legend says for its tonnes (the same formula on both sides).
        var line = await page.Locator("#plan-map path.plan-line").First.EvaluateAsync<double[]>(
            "p => [parseFloat(p.dataset.tonnes), parseFloat(p.getAttribute('stroke-width'))]");
        Assert.Equal(Corridor.Web.Infrastructure.MapOptions.LineWeight(line[0]), line[1], 2);
        Assert.Contains("Donor project", await page.Locator("figure:has(#plan-map) figcaption").InnerTextAsync(), StringComparison.Ordinal);
        await MapScreenshotAsync(page, "map-plans-1280");
    }

    /// <summary>The map with its legend, as a picture to look at (the tiles fail here: no internet).</summary>
    static async Task MapScreenshotAsync(IPage page, string name)
    {
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.map[data-atlas]')].every(m => m.dataset.atlasReady)");
        await page.Locator("figure.map-figure").First.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(CorridorAppFixture.ScreenshotDirectory, name + ".png") });
    }

    static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.map[data-points]')].every(m => m.dataset.ready === 'true')");
    }

    async Task<int> LatestPlanIdAsync()
    {
        var plans = (await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/plans", CorridorAppFixture.Json)).EnumerateArray().ToList();
        if (plans is [var latest, ..]) return latest.GetProperty("id").GetInt32();
        var response = await app.Api.PostAsJsonAsync($"api/corridors/{app.CorridorId}/plans", new { }, CorridorAppFixture.Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(CorridorAppFixture.Json)).GetProperty("id").GetInt32();
    }
}
