using System.Net;
using System.Net.Http.Headers;
using Corridor.Web.BrowserTests.Infrastructure;
using Corridor.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.BrowserTests.Tests;

/// <summary>Browsers get error pages in the layout and their language; /api keeps problem details.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ErrorPageTests(CorridorAppFixture app)
{
    const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task UnknownPage_Is404_InTheLayout_WithALinkHome_InEnglishAndDutch()
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync("/no-such-page");
        Assert.Equal(404, response!.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("Page not found", await page.Locator("main h1").InnerTextAsync());
        Assert.Equal(1, await page.Locator("header.top nav").CountAsync()); // the app's layout
        Assert.Contains("/no-such-page", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await new Pages.OverviewPage(page).ScreenshotAsync("error-404");
        await page.Locator("#error-home").ClickAsync();
        await page.WaitForURLAsync(new Uri(app.BaseUrl, "/").ToString());

        var dutch = await app.NewPageAsync("nl-NL");
        var nl = await dutch.GotoAsync("/nog-een-onbekende-pagina");
        Assert.Equal(404, nl!.Status);
        Assert.Equal("Pagina niet gevonden", await dutch.Locator("main h1").InnerTextAsync());
        Assert.Equal("nl", await dutch.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task Forbidden_IsThe403Page_ForAPartnerOnTheMembersPage()
    {
        var partner = await app.SignedInPageAsync("sloop@corridor.demo");
        var response = await partner.GotoAsync("/members");
        Assert.Equal(403, response!.Status);
        Assert.Equal("Not allowed", await partner.Locator("main h1").InnerTextAsync());
        Assert.Equal("sloop@corridor.demo", (await partner.Locator("#signed-in-as").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Api_KeepsProblemDetails_EvenWhenTheClientAcceptsHtml()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/no-such-endpoint");
        request.Headers.Accept.ParseAdd(BrowserAccept);
        using var response = await app.Api.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":404", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exception_IsThe500Page_ForBrowsers_AndProblemDetailsForTheApi()
    {
        var database = Path.Combine(Path.GetTempPath(), $"corridor-errors-{Guid.NewGuid():N}.db");
        var web = CorridorWebApp.Create(
            ["--urls", "http://127.0.0.1:0", "--Corridor:Database", database, "--Corridor:SeedDemo", "false",
             "--applicationName", typeof(CorridorWebApp).Assembly.GetName().Name!, "--Logging:LogLevel:Default", "None"]);
        web.MapGet("/explode", (HttpContext _) => { throw new InvalidOperationException("internal-secret-detail"); });
        web.MapGet("/api/explode", (HttpContext _) => { throw new InvalidOperationException("internal-secret-detail"); });
        await web.StartAsync();
        try
        {
            var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            using var page = new HttpRequestMessage(HttpMethod.Get, "/explode");
            page.Headers.Accept.ParseAdd(BrowserAccept);
            page.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("nl-NL"));
            using var pageResponse = await http.SendAsync(page);
            Assert.Equal(HttpStatusCode.InternalServerError, pageResponse.StatusCode);
            Assert.Equal("text/html", pageResponse.Content.Headers.ContentType?.MediaType);
            var html = await pageResponse.Content.ReadAsStringAsync();
            Assert.Contains("Er ging bij ons iets mis", html, StringComparison.Ordinal);
            Assert.DoesNotContain("internal-secret-detail", html, StringComparison.Ordinal);

            using var api = new HttpRequestMessage(HttpMethod.Get, "/api/explode");
            api.Headers.Accept.ParseAdd(BrowserAccept);
            using var apiResponse = await http.SendAsync(api);
            Assert.Equal(HttpStatusCode.InternalServerError, apiResponse.StatusCode);
            Assert.Equal("application/problem+json", apiResponse.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            await web.StopAsync();
            await web.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database + suffix);
        }
    }
}
