using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Web.BrowserTests.Infrastructure;
using Corridor.Web.BrowserTests.Pages;

namespace Corridor.Web.BrowserTests.Tests;

[Collection(BrowserCollection.Name)]
public sealed class EstimateTests(CorridorAppFixture app)
{
    [Fact]
    public async Task ProjectPage_EstimateAnUnsurveyedDemolition_StoresEstimatedLots_AndLinksItsPassport()
    {
        var created = await app.Api.PostAsJsonAsync($"api/corridors/{app.CorridorId}/projects", new
        {
            code = "EST-TEST-OFFICE", name = "Sloop kantoor (estimate test)", kind = "demolition", latitude = 52.16, longitude = 5.39,
            start = "2027-03-01", end = "2027-09-30", grossFloorAreaM2 = 3000, buildingType = "office", yearBuilt = 1975,
        }, CorridorAppFixture.Json);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var projectId = (await created.Content.ReadFromJsonAsync<JsonElement>(CorridorAppFixture.Json)).GetProperty("id").GetInt32();
        var page = new ProjectPage(await app.SignedInPageAsync());
        await page.OpenAsync("EST-TEST-OFFICE");

        await page.EstimateAsync();

        var lots = await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/lots?projectId={projectId}&pageSize=100", CorridorAppFixture.Json);
        var items = lots.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, l => Assert.True(l.GetProperty("massIsEstimated").GetBoolean()));
        Assert.All(items, l => Assert.True(l.GetProperty("massKgLow").GetDouble() <= l.GetProperty("massKgHigh").GetDouble()));
        var passport = await page.PassportHtmlLinkAsync();
        var html = await app.Api.GetStringAsync(passport!.TrimStart('/'));
        Assert.Contains("EST-TEST-OFFICE", html, StringComparison.Ordinal);
        await page.ScreenshotAsync("project-estimate");
    }
}
