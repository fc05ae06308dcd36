using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Web.BrowserTests.Infrastructure;
using Corridor.Web.BrowserTests.Pages;

namespace Corridor.Web.BrowserTests.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CalendarTests(CorridorAppFixture app)
{
    [Fact]
    public async Task Calendar_CategoryFilter_NarrowsTheTimelineToProjectsWithThatCategory()
    {
        var projects = await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/projects?pageSize=1000", CorridorAppFixture.Json);
        var bricks = await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/lots?category=bricks&pageSize=1000", CorridorAppFixture.Json);
        var withBricks = bricks.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("projectCode").GetString()!).Distinct().Order().ToList();
        var calendar = new CalendarPage(await app.NewPageAsync());
        await calendar.OpenAsync();
        var before = await calendar.TimelineProjectCodesAsync();

        await calendar.FilterAsync(category: "bricks");

        var after = await calendar.TimelineProjectCodesAsync();
        Assert.Equal(projects.GetProperty("total").GetInt32(), before.Count);
        Assert.True(after.Count < before.Count, $"the filter narrows the timeline ({after.Count} of {before.Count})");
        Assert.Equal(withBricks, after.Order().ToList());
        Assert.Equal(["bricks"], await calendar.ChartCategoriesAsync());
        Assert.True(await calendar.ChartsDrawnAsync());
        await calendar.ScreenshotAsync("calendar-bricks");
    }

    [Fact]
    public async Task Calendar_PlaceAndPeriod_KeepOnlyProjectsThereAndThen()
    {
        var projects = await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/projects?pageSize=1000", CorridorAppFixture.Json);
        var lots = await app.Api.GetFromJsonAsync<JsonElement>($"api/corridors/{app.CorridorId}/lots?pageSize=1000", CorridorAppFixture.Json);
        var items = projects.GetProperty("items").EnumerateArray().ToList();
        // The demo's dates move with today, so the period starts half a year after the first project does.
        var from = DateOnly.Parse(items.Min(p => p.GetProperty("start").GetString())!, CultureInfo.InvariantCulture).AddMonths(6);
        from = new DateOnly(from.Year, from.Month, 1);
        var lateLots = lots.GetProperty("items").EnumerateArray()
            .Where(l => DateOnly.Parse(l.GetProperty("availableTo").GetString()!, CultureInfo.InvariantCulture) >= from)
            .Select(l => l.GetProperty("projectCode").GetString()).ToHashSet();
        var expected = items
            .Where(p => $"{p.GetProperty("name").GetString()} {p.GetProperty("address").GetString()}".Contains("soest", StringComparison.OrdinalIgnoreCase))
            .Where(p => DateOnly.Parse(p.GetProperty("end").GetString()!, CultureInfo.InvariantCulture) >= from || lateLots.Contains(p.GetProperty("code").GetString()))
            .Select(p => p.GetProperty("code").GetString()!).Order().ToList();
        var calendar = new CalendarPage(await app.NewPageAsync());
        await calendar.OpenAsync();
        await calendar.ScreenshotAsync("calendar");
        var all = await calendar.TimelineProjectCodesAsync();

        await calendar.FilterAsync(place: "SOEST", fromMonth: from.ToString("yyyy-MM", CultureInfo.InvariantCulture));

        var inSoest = await calendar.TimelineProjectCodesAsync();
        Assert.NotEmpty(inSoest);
        Assert.True(inSoest.Count < all.Count);
        Assert.Equal(expected, inSoest.Order().ToList());
        Assert.True(await calendar.ChartCountAsync() > 0);
    }

    [Fact]
    public async Task Calendar_PeriodEndingBeforeItStarts_ShowsTheErrorInsteadOfATimeline()
    {
        var calendar = new CalendarPage(await app.NewPageAsync());
        await calendar.OpenAsync();

        await calendar.FilterAsync(fromMonth: "2031-05", toMonth: "2031-01");

        Assert.Contains("ends before it starts", await calendar.ErrorTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await calendar.TimelineProjectCodesAsync());
    }
}
