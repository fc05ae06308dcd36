using Microsoft.Playwright;

namespace Corridor.Web.BrowserTests.Pages;

public sealed class OverviewPage(IPage page) : CorridorPage(page)
{
    public async Task OpenAsync()
    {
        await Page.GotoAsync("/");
        await WaitForMapsAsync();
    }

    /// <summary>Project symbols on the map: donor, receiving, or both.</summary>
    public Task<int> ProjectMarkerCountAsync() =>
        Page.Locator("#overview-map .leaflet-marker-icon[data-kind='donor'], #overview-map .leaflet-marker-icon[data-kind='receiver'], #overview-map .leaflet-marker-icon[data-kind='both']").CountAsync();

    public Task<int> HubMarkerCountAsync() => Page.Locator("#overview-map .leaflet-marker-icon[data-kind='hub']").CountAsync();

    public async Task<IReadOnlyList<string>> ProjectMarkerCodesAsync() =>
        (await Page.Locator("#overview-map .leaflet-marker-icon:not([data-kind='hub'])").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.code)")).ToList();

    public Task<string> FigureAsync(string name) => Page.Locator($"[data-figure='{name}']").InnerTextAsync();

    public Task<string> MapHeadingAsync() => Page.Locator("#map-title").InnerTextAsync();
}
