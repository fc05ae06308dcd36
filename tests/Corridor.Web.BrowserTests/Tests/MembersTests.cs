using Corridor.Web.BrowserTests.Infrastructure;

namespace Corridor.Web.BrowserTests.Tests;

[Collection(BrowserCollection.Name)]
public sealed class MembersTests(CorridorAppFixture app)
{
    [Fact]
    public async Task Director_AddsAPartner_WhoSignsIn_SeesTheRole_AndMakesAToken_ButCannotOpenMembers()
    {
        var director = await app.SignedInPageAsync();
        await director.Locator("#nav-members").ClickAsync();
        await director.WaitForURLAsync("**/members");
        await director.GetByLabel("E-mail address").FillAsync("nieuwe.partner@woningstichting.example");
        await director.GetByLabel("Name", new() { Exact = true }).FillAsync("Nieuwe partner");
        await director.Locator("select[name=Role]").SelectOptionAsync("Partner");
        await director.Locator("select[name=OrganisationId]").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Demo Woningstichting Bunschoten" });
        await director.GetByLabel("First password (new accounts only)").FillAsync("eerste-wachtwoord-42");
        await director.Locator("#add-member").ClickAsync();

        await director.Locator("#member-added").WaitForAsync();
        var row = director.Locator("tr[data-email='nieuwe.partner@woningstichting.example']");
        Assert.Contains("Demo Woningstichting Bunschoten", await row.InnerTextAsync(), StringComparison.Ordinal);
        await new Pages.OverviewPage(director).ScreenshotAsync("members");

        var partner = await app.SignedInPageAsync("nieuwe.partner@woningstichting.example", password: "eerste-wachtwoord-42");
        await partner.Locator("#signed-in-as").ClickAsync();
        await partner.WaitForURLAsync("**/Account");
        Assert.Contains("Demo Woningstichting Bunschoten", await partner.Locator("#roles").InnerTextAsync(), StringComparison.Ordinal);
        await partner.GetByLabel("Name").FillAsync("ERP-koppeling");
        await partner.Locator("#create-token").ClickAsync();
        Assert.StartsWith("crd_", await partner.Locator("#new-token").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await partner.Locator("#nav-members").CountAsync());
        var refused = await partner.GotoAsync("/members");
        Assert.Equal(403, refused!.Status);
    }
}
