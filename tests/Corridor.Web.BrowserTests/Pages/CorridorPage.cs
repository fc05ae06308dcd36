using Corridor.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Corridor.Web.BrowserTests.Pages;

/// <summary>What every page has: the header with its navigation and language switch, the main heading.</summary>
public abstract class CorridorPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Heading => Page.Locator("main h1");

    /// <summary>Signs in through the login page (demo accounts: password corridor-demo) and comes back to <paramref name="returnUrl"/>.</summary>
    public async Task SignInAsync(string email, string returnUrl = "/", string password = "corridor-demo")
    {
        await Page.GotoAsync("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        await Page.Locator("input[name='Email']").FillAsync(email);
        await Page.Locator("input[name='Password']").FillAsync(password);
        await Page.Locator("#sign-in").ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public async Task<string> LanguageAsync() => await Page.Locator("html").GetAttributeAsync("lang") ?? "";

    public async Task SwitchLanguageAsync(string language)
    {
        await Page.Locator($"form.lang button[value='{language}']").ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>Waits until map.js has drawn every map on the page.</summary>
    public Task WaitForMapsAsync() =>
        Page.WaitForFunctionAsync("() => [...document.querySelectorAll('.map[data-points]')].every(m => m.dataset.ready === 'true')");

    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(CorridorAppFixture.ScreenshotDirectory, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
