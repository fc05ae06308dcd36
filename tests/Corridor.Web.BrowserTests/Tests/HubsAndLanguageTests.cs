using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Web.BrowserTests.Infrastructure;
using Corridor.Web.BrowserTests.Pages;

namespace Corridor.Web.BrowserTests.Tests;

[Collection(BrowserCollection.Name)]
public sealed class HubsAndLanguageTests(CorridorAppFixture app)
{
    [Fact]
    public async Task Hubs_ListsEveryHubWithItsStorageAreaAndShowsItOnTheMap()
    {
        var hubs = (await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/hubs", CorridorAppFixture.Json)).EnumerateArray().ToList();
        var page = new HubsPage(await app.NewPageAsync(width: 1024, height: 768));

        await page.OpenAsync();

        Assert.Equal(hubs.Select(h => h.GetProperty("code").GetString()!).Order().ToList(), (await page.HubCodesAsync()).Order().ToList());
        foreach (var hub in hubs)
            Assert.Equal(hub.GetProperty("storageAreaM2").GetDouble(), await page.StorageAreaM2Async(hub.GetProperty("code").GetString()!));
        Assert.Equal(hubs.Count, await page.MapSymbolCountAsync());
        Assert.Equal("/plans", await page.NoPlanNote.Locator("a").GetAttributeAsync("href"));
        await page.ScreenshotAsync("hubs-tablet");
    }

    [Fact]
    public async Task Language_DutchBrowser_ShowsDutch_SwitchToEnglishIsRemembered()
    {
        var overview = new OverviewPage(await app.NewPageAsync(locale: "nl-NL"));
        await overview.OpenAsync();
        Assert.Equal("nl", await overview.LanguageAsync());
        Assert.Equal("Kaart", await overview.MapHeadingAsync());
        await overview.ScreenshotAsync("overview-nl");

        await overview.SwitchLanguageAsync("en");

        Assert.Equal("en", await overview.LanguageAsync());
        Assert.Equal("Map", await overview.MapHeadingAsync());
        var calendar = new CalendarPage(overview.Page);
        await calendar.OpenAsync();
        Assert.Equal("en", await calendar.LanguageAsync());
        Assert.StartsWith("Projects calendar", await calendar.Heading.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_EnglishBrowser_SwitchToDutchChangesTextAndNumbers()
    {
        var hubs = new HubsPage(await app.NewPageAsync(locale: "en-GB"));
        await hubs.OpenAsync();

        await hubs.SwitchLanguageAsync("nl");

        Assert.Equal("nl", await hubs.LanguageAsync());
        Assert.Contains("Opslagoppervlak", await hubs.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("15.000 m²", await hubs.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_SwitchToGerman_ChangesTextAndNumbers_AndIsRemembered()
    {
        var hubs = new HubsPage(await app.NewPageAsync(locale: "en-GB"));
        await hubs.OpenAsync();

        await hubs.SwitchLanguageAsync("de");

        Assert.Equal("de", await hubs.LanguageAsync());
        var main = await hubs.Page.Locator("main").InnerTextAsync();
        Assert.Contains("Lagerfläche", main, StringComparison.Ordinal);
        Assert.Contains("15.000 m²", main, StringComparison.Ordinal);
        Assert.Equal("true", await hubs.Page.Locator("form.lang button[value='de']").GetAttributeAsync("aria-pressed"));
        var overview = new OverviewPage(hubs.Page);
        await overview.OpenAsync();
        Assert.Equal("de", await overview.LanguageAsync());
        Assert.Equal("Karte", await overview.MapHeadingAsync());
    }
}
