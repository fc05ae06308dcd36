using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Web.BrowserTests.Infrastructure;
using Corridor.Web.BrowserTests.Pages;

namespace Corridor.Web.BrowserTests.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ProjectPageTests(CorridorAppFixture app)
{
    const string Project = "SOE-RAADHUIS-REN";
    const string Header = "project_code,lot_code,direction,category,quantity,unit,available_from,available_to\n";

    [Fact]
    public async Task Upload_FileWithBadRows_ShowsEveryRowErrorAndChangesNothing()
    {
        var bad = Header +
            $"{Project},UP-BAD-1,supply,doorz,40,pcs,2027-03-01,2027-03-31\n" +
            $"{Project},UP-BAD-2,supply,bricks,20000,pcs,2027-04-01,31-02-2027\n" +
            $"{Project},UP-BAD-3,sideways,bricks,-5,pcs,2027-04-01,2027-05-31\n";
        var before = await LotsAsync();
        var page = new ProjectPage(await app.SignedInPageAsync());
        await page.OpenAsync(Project);
        var lotsShownBefore = await page.LotCodesAsync();

        await page.UploadAsync(("bad-lots.csv", bad));

        var errors = await page.ErrorRowsAsync();
        Assert.True(await page.Errors.IsVisibleAsync());
        Assert.Contains(errors, e => e is { File: "bad-lots.csv", Row: "2", Column: "category", Value: "doorz" });
        Assert.Contains(errors, e => e is { File: "bad-lots.csv", Row: "3", Column: "available_to", Value: "31-02-2027" });
        Assert.Contains(errors, e => e is { Row: "4", Column: "direction", Value: "sideways" });
        Assert.Contains(errors, e => e is { Row: "4", Column: "quantity" });
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        Assert.Equal(before, await LotsAsync());
        Assert.Equal(lotsShownBefore, await page.LotCodesAsync());
        await page.ScreenshotAsync("project-upload-rejected");
    }

    [Fact]
    public async Task PrivateColumns_OwnPartnerSeesPrices_OtherPartnerAndPublicDoNot_AndNoUploadForThem()
    {
        const string donor = "AMF-STADHUIS-SLOOP"; // Gemeente Amersfoort's; its surveyed doors carry an (illustrative) price
        var owner = new ProjectPage(await app.SignedInPageAsync("gemeente@corridor.demo"));
        await owner.OpenAsync(donor);
        var doors = owner.Page.Locator("tr[data-lot='S-DOORS'] td.price");
        Assert.Matches(@"\d", await doors.InnerTextAsync());
        Assert.True(await owner.Page.Locator("input[type=file]").CountAsync() > 0);

        var other = new ProjectPage(await app.SignedInPageAsync("sloop@corridor.demo"));
        await other.OpenAsync(donor);
        Assert.Equal(0, await other.Page.Locator("td.price").CountAsync());
        Assert.Equal(0, await other.Page.Locator("input[type=file]").CountAsync());
        Assert.True(await other.Page.Locator("#sign-in-to-change").IsVisibleAsync());

        var visitor = new ProjectPage(await app.NewPageAsync());
        await visitor.OpenAsync(donor);
        Assert.Equal(0, await visitor.Page.Locator("td.price").CountAsync());
        Assert.DoesNotContain("Price (€", await visitor.Page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_ValidFile_ShowsTheCountsAndTheNewLotInTheInventory()
    {
        var good = Header + $"{Project},UP-GOOD-1,supply,doors,12,pcs,2027-03-01,2027-04-30\n";
        var before = await LotsAsync();
        var page = new ProjectPage(await app.SignedInPageAsync());
        await page.OpenAsync(Project);

        await page.UploadAsync(("lots.csv", good));

        Assert.True(await page.Success.IsVisibleAsync());
        Assert.Equal(1, await page.CreatedCountAsync(row: 1));
        Assert.Contains("UP-GOOD-1", await page.LotCodesAsync());
        Assert.Equal(before.Count + 1, (await LotsAsync()).Count);
        await page.ScreenshotAsync("project-upload-accepted");
    }

    async Task<List<string>> LotsAsync()
    {
        var lots = await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/lots?pageSize=1000", CorridorAppFixture.Json);
        return lots.GetProperty("items").EnumerateArray()
            .Select(l => $"{l.GetProperty("lot").GetString()}|{l.GetProperty("massKg").GetDouble()}|{l.GetProperty("status").GetString()}").Order().ToList();
    }
}
