using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Web.BrowserTests.Infrastructure;
using Corridor.Web.BrowserTests.Pages;

namespace Corridor.Web.BrowserTests.Tests;

[Collection(BrowserCollection.Name)]
public sealed class OverviewTests(CorridorAppFixture app)
{
    [Fact]
    public async Task Overview_DemoCorridor_ShowsEveryProjectAndHubOnTheMap()
    {
        var projects = await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/projects?pageSize=1000", CorridorAppFixture.Json);
        var hubs = await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/hubs", CorridorAppFixture.Json);
        var overview = new OverviewPage(await app.NewPageAsync());

        await overview.OpenAsync();

        var expected = projects.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("code").GetString()!).Order().ToList();
        Assert.True(expected.Count >= 30, "the demo corridor has its projects");
        Assert.Equal(expected.Count, await overview.ProjectMarkerCountAsync());
        Assert.Equal(expected, (await overview.ProjectMarkerCodesAsync()).Order().ToList());
        Assert.Equal(hubs.GetArrayLength(), await overview.HubMarkerCountAsync());
        await overview.ScreenshotAsync("overview");
    }

    [Fact]
    public async Task Overview_KeyFigures_ShowTonnesOfTheApiLotsAndNoMatchYet()
    {
        var lots = await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/lots?direction=supply&status=inventoried&pageSize=1000", CorridorAppFixture.Json);
        var supplyKg = lots.GetProperty("items").EnumerateArray().Sum(l => l.GetProperty("massKg").GetDouble());
        var overview = new OverviewPage(await app.NewPageAsync());

        await overview.OpenAsync();

        Assert.Equal((supplyKg / 1000).ToString("N0", CultureInfo.GetCultureInfo("en-GB")) + " t", await overview.FigureAsync("supply"));
        Assert.EndsWith(" t", await overview.FigureAsync("demand"), StringComparison.Ordinal);
        Assert.EndsWith(" t CO₂e", await overview.FigureAsync("co2"), StringComparison.Ordinal);
        Assert.Equal("—", await overview.FigureAsync("matched"));
        Assert.Contains("ICE v2.0", await overview.Page.Locator("#note-co2").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_Keyboard_FirstTabReachesTheSkipLinkAndMapSymbolsAreFocusable()
    {
        var overview = new OverviewPage(await app.NewPageAsync());
        await overview.OpenAsync();

        await overview.Page.Keyboard.PressAsync("Tab");

        Assert.Equal("#main", await overview.Page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        var symbol = overview.Page.Locator("#overview-map .leaflet-marker-icon").First;
        Assert.Equal("0", await symbol.GetAttributeAsync("tabindex"));
        Assert.False(string.IsNullOrWhiteSpace(await symbol.GetAttributeAsync("aria-label")));
        Assert.False(string.IsNullOrWhiteSpace(await overview.Page.Locator("#overview-map").GetAttributeAsync("aria-label")));
    }
}
