using Corridor.Web.BrowserTests.Infrastructure;
using Corridor.Web.BrowserTests.Pages;

namespace Corridor.Web.BrowserTests.Tests;

[Collection(BrowserCollection.Name)]
public sealed class GrowthAndNotificationsTests(CorridorAppFixture app)
{
    [Fact]
    public async Task Growth_DemoDirector_SeesMatrixAndRadar_AddsAnAssessment_AndSeesNotifications()
    {
        var page = new GrowthPage(await app.NewPageAsync());
        await page.SignInAsync("director@corridor.demo", "corridor-demo");

        Assert.Equal(5, await page.MatrixRowCountAsync());
        await page.AssessAsync("ChainDirector", 3, "A chain director was appointed in 2026.");
        await page.Radar.WaitForAsync();
        var size = await page.Radar.BoundingBoxAsync();
        Assert.True(size is { Width: > 100, Height: > 100 });
        Assert.Equal("3", await page.SelfLevelAsync("chain_director"));
        await page.ScreenshotAsync("growth");

        await page.Page.Locator("#notifications-link").ClickAsync();
        await page.Page.WaitForURLAsync("**/notifications");
        Assert.True(await page.Page.Locator("#unread-count").IsVisibleAsync());
        Assert.True(await page.Page.Locator("#notification-list").CountAsync() == 1);
        await page.ScreenshotAsync("notifications");
    }
}
