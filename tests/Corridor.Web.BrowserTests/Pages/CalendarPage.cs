using Microsoft.Playwright;

namespace Corridor.Web.BrowserTests.Pages;

public sealed class CalendarPage(IPage page) : CorridorPage(page)
{
    public Task OpenAsync() => Page.GotoAsync("/calendar");

    public async Task FilterAsync(string? category = null, string? place = null, string? fromMonth = null, string? toMonth = null)
    {
        if (category is not null) await Page.Locator("#f-category").SelectOptionAsync(category);
        if (place is not null) await Page.Locator("#f-place").FillAsync(place);
        if (fromMonth is not null) await Page.Locator("#f-from").FillAsync(fromMonth);
        if (toMonth is not null) await Page.Locator("#f-to").FillAsync(toMonth);
        await Page.Locator("#f-apply").ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public async Task<IReadOnlyList<string>> TimelineProjectCodesAsync() =>
        (await Page.Locator("svg.timeline g.tl-row").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.code)")).ToList();

    public Task<int> ChartCountAsync() => Page.Locator("canvas[data-chart]").CountAsync();

    public async Task<IReadOnlyList<string>> ChartCategoriesAsync() =>
        (await Page.Locator("article.chart-card").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.category)")).ToList();

    /// <summary>True once Chart.js has drawn into every canvas (it sets a non-zero size and a chart instance).</summary>
    public Task<bool> ChartsDrawnAsync() =>
        Page.EvaluateAsync<bool>("() => [...document.querySelectorAll('canvas[data-chart]')].every(c => window.Chart && Chart.getChart(c) !== undefined)");

    public Task<string> ErrorTextAsync() => Page.Locator("div.errors[role='alert']").InnerTextAsync();
}
