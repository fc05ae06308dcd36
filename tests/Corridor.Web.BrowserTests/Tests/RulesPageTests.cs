using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Corridor.Web.BrowserTests.Tests;

/// <summary>The rules tests get their own app and database: changed rules change plans and prices other tests check.</summary>
[CollectionDefinition(Name), ClosePagesAfterTest]
public sealed class RulesCollection : ICollectionFixture<CorridorAppFixture>
{
    public const string Name = "rules";
}

[Collection(RulesCollection.Name)]
public sealed class RulesPageTests(CorridorAppFixture app)
{
    [Fact]
    public async Task Director_ChangesTheMaxDistance_AndSeesVersion2InTheHistory()
    {
        var first = await app.Api.PutAsJsonAsync($"api/corridors/{app.CorridorId}/rules", new { maxDistanceKm = 90, note = "first agreement" }, CorridorAppFixture.Json);
        first.EnsureSuccessStatusCode();
        var page = await app.SignedInPageAsync();
        await page.GotoAsync("/rules");
        await page.Locator("#nav-rules").WaitForAsync();
        Assert.Contains("at most 90 km per leg", await page.Locator("#rules-text").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("#rules-distance").FillAsync("45");
        await page.Locator("#rules-note").FillAsync("shorter trips");
        await page.Locator("#rules-submit").ClickAsync();
        await page.Locator("#rules-saved").WaitForAsync();

        Assert.Contains("version 2", await page.Locator("#rules-version").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("at most 45 km per leg", await page.Locator("#rules-text").InnerTextAsync(), StringComparison.Ordinal);
        var latest = page.Locator("#rules-history li").First;
        Assert.Equal("2", await latest.GetAttributeAsync("data-version"));
        Assert.Contains("shorter trips", await latest.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("#rules-history li").CountAsync());
        var v1 = await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/rules/versions/1", CorridorAppFixture.Json);
        Assert.Equal(90, v1.GetProperty("rules").GetProperty("maxDistanceKm").GetDouble());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(CorridorAppFixture.ScreenshotDirectory, "rules.png"), FullPage = true });
    }
}
