using Corridor.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Corridor.Web.BrowserTests.Tests;

/// <summary>
/// Issue 13 (8): the Content-Security-Policy (no inline script) breaks nothing a browser runs: on every page the maps,
/// charts and scripts load without a single CSP violation in the console, and the map's markers are drawn.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(CorridorAppFixture app)
{
    [Fact]
    public async Task EveryPage_RunsItsScriptsWithoutACspViolation()
    {
        var page = await app.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(page.Url + ": " + message.Text);
        };
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");

        foreach (var path in new[] { "/", "/calendar", "/marketplace", "/hubs", "/plans", "/growth", "/rules", "/Account/Login" })
        {
            var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.Equal(200, response!.Status);
            Assert.Contains("script-src 'self'", response.Headers["content-security-policy"], StringComparison.Ordinal);
        }
        await page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(await page.Locator(".leaflet-container").CountAsync() > 0, "the overview map is drawn");

        Assert.Empty(violations);
    }
}
