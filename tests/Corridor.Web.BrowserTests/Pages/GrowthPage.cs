using Microsoft.Playwright;

namespace Corridor.Web.BrowserTests.Pages;

public sealed class GrowthPage(IPage page) : CorridorPage(page)
{
    public async Task SignInAsync(string email, string password)
    {
        await Page.GotoAsync("/Account/Login?ReturnUrl=%2Fgrowth");
        await Page.Locator("input[name='Email']").FillAsync(email);
        await Page.Locator("input[name='Password']").FillAsync(password);
        await Page.Locator("#sign-in").ClickAsync();
        await Page.WaitForURLAsync("**/growth");
    }

    public async Task AssessAsync(string element, int level, string evidence)
    {
        await Page.Locator("#assessment-form select[name='element']").SelectOptionAsync(element);
        await Page.Locator("#assessment-form select[name='level']").SelectOptionAsync(level.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.Locator("#assessment-form textarea[name='evidence']").FillAsync(evidence);
        await Page.Locator("#assessment-form button[type='submit']").ClickAsync();
        await Page.Locator("#assessment-saved").WaitForAsync();
    }

    /// <summary>The radar chart once growth.js has drawn it.</summary>
    public ILocator Radar => Page.Locator("canvas#growth-radar[data-ready='true']");

    public Task<int> MatrixRowCountAsync() => Page.Locator("#growth-matrix tbody tr").CountAsync();

    public Task<string> SelfLevelAsync(string elementKey) => Page.Locator($"#growth-matrix tr[data-element='{elementKey}'] [data-self-level]").InnerTextAsync();
}
