using Microsoft.Playwright;

namespace Corridor.Web.BrowserTests.Pages;

public sealed class MarketplacePage(IPage page) : CorridorPage(page)
{
    public Task OpenAsync() => Page.GotoAsync("/marketplace");

    public async Task SearchAsync(string? category = null, string? fromProject = null, string? withinKm = null, string? availableOn = null)
    {
        if (category is not null) await Page.Locator("#f-category").SelectOptionAsync(category);
        if (fromProject is not null) await Page.Locator("#f-project").SelectOptionAsync(fromProject);
        if (withinKm is not null) await Page.Locator("#f-km").FillAsync(withinKm);
        if (availableOn is not null) await Page.Locator("#f-date").FillAsync(availableOn);
        await Page.Locator("#f-search").ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await WaitForMapsAsync();
    }

    /// <summary>Result lots as "PROJECT/LOT" codes, in the order shown.</summary>
    public async Task<IReadOnlyList<string>> ResultLotsAsync() =>
        (await Page.Locator("#results tbody tr.result").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.lot)")).ToList();

    /// <summary>The distance column (km) of each result, as shown.</summary>
    public async Task<IReadOnlyList<double>> DistancesKmAsync(bool dutch = false)
    {
        var texts = await Page.Locator("#results tbody tr.result td:last-child").AllInnerTextsAsync();
        var culture = System.Globalization.CultureInfo.GetCultureInfo(dutch ? "nl-NL" : "en-GB");
        return texts.Select(t => double.Parse(t, System.Globalization.NumberStyles.Number, culture)).ToList();
    }

    public Task<string> HtmlAsync() => Page.ContentAsync();

    public Task<string> PublicNoteAsync() => Page.Locator("#public-note").InnerTextAsync();

    public Task<int> MapSymbolCountAsync(string kind) => Page.Locator($"#market-map .leaflet-marker-icon[data-kind='{kind}']").CountAsync();
}
