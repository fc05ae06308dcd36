using Microsoft.Playwright;

namespace Corridor.Web.BrowserTests.Pages;

public sealed class HubsPage(IPage page) : CorridorPage(page)
{
    public async Task OpenAsync()
    {
        await Page.GotoAsync("/hubs");
        await WaitForMapsAsync();
    }

    public async Task<IReadOnlyList<string>> HubCodesAsync() =>
        (await Page.Locator("article.hub").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.hub)")).ToList();

    public async Task<double> StorageAreaM2Async(string code) =>
        double.Parse(await Page.Locator($"article.hub[data-hub='{code}'] [data-area]").GetAttributeAsync("data-area") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    public Task<int> MapSymbolCountAsync() => Page.Locator("#hub-map .leaflet-marker-icon[data-kind='hub']").CountAsync();

    public ILocator NoPlanNote => Page.Locator("#no-plan");

    /// <summary>The hub's occupancy chart once occupancy.js has drawn it.</summary>
    public ILocator OccupancyChart(string code) => Page.Locator($"canvas#occ-{code}[data-ready='true']");

    public Task<int> FlowCountAsync(string code) => Page.Locator($"table[data-flows='{code}'] tbody tr").CountAsync();

    public Task<string> LandPeakHectaresAsync() => Page.Locator("[data-land='peak-ha']").InnerTextAsync();
}
