using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Web.BrowserTests.Infrastructure;
using Corridor.Web.BrowserTests.Pages;

namespace Corridor.Web.BrowserTests.Tests;

[Collection(BrowserCollection.Name)]
public sealed class MarketplaceTests(CorridorAppFixture app)
{
    [Fact]
    public async Task Marketplace_PublicView_NeverShowsPriceOrContact()
    {
        const string email = "sales-private@demo-partner.example";
        var org = await PostAsync("organisations", new { name = "Private Partner BV", type = "demolition_contractor", contactEmail = email });
        var project = await PostAsync("projects", new
        {
            code = "MKT-PRICED", name = "Marketplace priced donor", kind = "demolition", latitude = 52.16, longitude = 5.39,
            start = "2027-01-01", end = "2027-12-31", organisationId = org.GetProperty("id").GetInt32(),
        });
        await PostAsync($"projects/{project.GetProperty("id").GetInt32()}/lots", new
        {
            lotCode = "PRICED-1", direction = "supply", category = "glulam_beams", quantity = 7.5, unit = "m3",
            availableFrom = "2027-02-01", availableTo = "2027-06-30", priceEur = 98765.43,
        });
        var market = new MarketplacePage(await app.NewPageAsync());
        await market.OpenAsync();

        await market.SearchAsync(category: "glulam_beams");

        Assert.Contains("MKT-PRICED/PRICED-1", await market.ResultLotsAsync());
        var html = await market.HtmlAsync();
        foreach (var secret in new[] { "98765", "98,765", "98.765", email, "€", "price_eur", "priceEur" })
            Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Prices and contact details are never shown", await market.PublicNoteAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Marketplace_SignedInPartner_SeesPriceAndContactOfItsOwnLots_NotOfOthers()
    {
        const string contact = "verkoop@priced-partner.example";
        var org = await PostAsync("organisations", new { name = "Priced Partner BV", type = "demolition_contractor", contactEmail = contact });
        var orgId = org.GetProperty("id").GetInt32();
        var project = await PostAsync("projects", new
        {
            code = "MKT-OWN", name = "Partner's own donor", kind = "demolition", latitude = 52.17, longitude = 5.40,
            start = "2027-01-01", end = "2027-12-31", organisationId = orgId,
        });
        await PostAsync($"projects/{project.GetProperty("id").GetInt32()}/lots", new
        {
            lotCode = "OWN-1", direction = "supply", category = "steel_beams", quantity = 12, unit = "t",
            availableFrom = "2027-02-01", availableTo = "2027-06-30", priceEur = 4321,
        });
        await PostAsync("members", new { email = "partner@priced-partner.example", password = "priced-partner-pw", role = "partner", organisationId = orgId });

        var market = new MarketplacePage(await app.SignedInPageAsync("partner@priced-partner.example", password: "priced-partner-pw"));
        await market.OpenAsync();
        await market.SearchAsync(category: "steel_beams");

        var own = market.Page.Locator("tr[data-lot='MKT-OWN/OWN-1']");
        Assert.Contains("4,321", await own.Locator("td.price").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(contact, await own.Locator("td.contact").InnerTextAsync(), StringComparison.Ordinal);
        var others = market.Page.Locator("tr.result:not([data-lot='MKT-OWN/OWN-1'])");
        Assert.True(await others.CountAsync() > 0, "the demo has other partners' steel beams");
        Assert.Equal(await others.CountAsync(), await others.Locator("td.private-hidden.num").CountAsync());
        Assert.DoesNotContain("contact@", await market.HtmlAsync(), StringComparison.Ordinal); // other organisations' addresses
        await market.ScreenshotAsync("marketplace-partner");

        var director = new MarketplacePage(await app.SignedInPageAsync());
        await director.OpenAsync();
        await director.SearchAsync(category: "steel_beams");
        Assert.Equal(0, await director.Page.Locator("td.private-hidden").CountAsync());
        Assert.Contains("4,321", await director.Page.Locator("tr[data-lot='MKT-OWN/OWN-1'] td.price").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Marketplace_DistanceFromAProject_KeepsLotsWithinRangeNearestFirst()
    {
        var market = new MarketplacePage(await app.NewPageAsync());
        await market.OpenAsync();
        await market.ScreenshotAsync("marketplace-all");
        var all = await market.ResultLotsAsync();

        await market.SearchAsync(category: "bricks", fromProject: "AMF-VATHORST-NB", withinKm: "8");

        var found = await market.ResultLotsAsync();
        var km = await market.DistancesKmAsync();
        Assert.NotEmpty(found);
        Assert.True(found.Count < all.Count);
        Assert.All(km, d => Assert.InRange(d, 0, 8));
        Assert.Equal(km.Order().ToList(), km);
        Assert.Equal(1, await market.MapSymbolCountAsync("origin"));
        Assert.True(await market.MapSymbolCountAsync("lot") > 0);
        await market.ScreenshotAsync("marketplace");
    }

    async Task<JsonElement> PostAsync(string path, object body)
    {
        var response = await app.Api.PostAsJsonAsync($"api/corridors/{app.CorridorId}/{path}", body, CorridorAppFixture.Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>(CorridorAppFixture.Json);
    }
}
