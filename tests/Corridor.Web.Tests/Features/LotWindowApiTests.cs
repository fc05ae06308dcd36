using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Data.Accounts;
using Corridor.Engine.Domain;
using Corridor.Web.Tests.Infrastructure;

namespace Corridor.Web.Tests.Features;

/// <summary>
/// Time-honest lots through the API: a lot whose window ended reads as expired, is not in the marketplace by default, and
/// its owner (not another partner) extends or closes it, audited; the sweep asks the owner once.
/// </summary>
public sealed class LotWindowApiTests : IAsyncLifetime
{
    static readonly JsonSerializerOptions Json = CorridorApiFactory.Json;
    static readonly DateOnly Today = CorridorClock.Today(TimeProvider.System); // the app runs on the system clock
    CorridorApiFactory factory = null!;
    Corridor.Tests.Shared.TestDatabase database = null!;
    HttpClient director = null!, owner = null!, other = null!;
    int corridor, ownerOrg;

    public async Task InitializeAsync()
    {
        (factory, database) = await CorridorApiFactory.StartAsync();
        director = await factory.CreateClientForAsync("director@lots.example");
        corridor = await factory.CreateCorridorAsync(director, "lots");
        ownerOrg = await IdAsync(director, $"/api/corridors/{corridor}/organisations", new { name = "Owner BV" });
        var otherOrg = await IdAsync(director, $"/api/corridors/{corridor}/organisations", new { name = "Other BV" });
        await factory.GrantAsync("owner@lots.example", corridor, CorridorRole.Partner, ownerOrg);
        await factory.GrantAsync("other@lots.example", corridor, CorridorRole.Partner, otherOrg);
        owner = await factory.CreateClientForAsync("owner@lots.example");
        other = await factory.CreateClientForAsync("other@lots.example");
    }

    public async Task DisposeAsync()
    {
        foreach (var c in new[] { director, owner, other }) c?.Dispose();
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    static async Task<int> IdAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body, Json);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
    }

    /// <summary>A project of the owner with one supply lot whose window ended yesterday and one that is open for a month.</summary>
    async Task<(int Project, int Expired, int Open)> SeedAsync(string code)
    {
        var project = await IdAsync(director, $"/api/corridors/{corridor}/projects", new
        {
            code, name = "Donor " + code, kind = "demolition", latitude = 52.15, longitude = 5.38,
            start = Iso(Today.AddDays(-90)), end = Iso(Today.AddDays(60)), organisationId = ownerOrg,
        });
        var expired = await IdAsync(director, $"/api/corridors/{corridor}/projects/{project}/lots", new
        {
            lotCode = "OLD", direction = "supply", category = "doors", quantity = 20, unit = "pcs",
            availableFrom = Iso(Today.AddDays(-60)), availableTo = Iso(Today.AddDays(-1)),
        });
        var open = await IdAsync(director, $"/api/corridors/{corridor}/projects/{project}/lots", new
        {
            lotCode = "NOW", direction = "supply", category = "doors", quantity = 20, unit = "pcs",
            availableFrom = Iso(Today.AddDays(-10)), availableTo = Iso(Today.AddDays(30)),
        });
        return (project, expired, open);
    }

    Task<JsonElement> LotAsync(int id) => director.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridor}/lots/{id}", Json);

    static List<int> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();

    [Fact]
    public async Task ExpiredLot_ReadsAsExpired_AndTheMarketplaceLeavesItOutUnlessAsked()
    {
        var (project, expired, open) = await SeedAsync("MKT");

        Assert.Equal("expired", (await LotAsync(expired)).GetProperty("state").GetString());
        Assert.Equal("open", (await LotAsync(open)).GetProperty("state").GetString());
        var list = await director.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridor}/lots?projectId={project}", Json);
        Assert.Equal(["expired", "open"], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("state").GetString()));

        using var anonymous = factory.CreateClient();
        var market = await anonymous.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridor}/marketplace", Json);
        var withExpired = await anonymous.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridor}/marketplace?includeExpired=true", Json);

        Assert.Contains(open, Ids(market));
        Assert.DoesNotContain(expired, Ids(market));
        Assert.All(market.GetProperty("items").EnumerateArray(), i => Assert.Equal("open", i.GetProperty("state").GetString()));
        Assert.Contains(expired, Ids(withExpired));
        Assert.Equal("expired", withExpired.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == expired).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Extend_ByTheOwner_ValidatesTheDate_ReopensTheLot_AndIsAudited_AnotherPartnerIsForbidden()
    {
        var (_, expired, _) = await SeedAsync("EXT");
        var url = $"/api/corridors/{corridor}/lots/{expired}/extend";

        var forbidden = await other.PostAsJsonAsync(url, new { availableTo = Iso(Today.AddDays(30)) }, Json);
        var past = await owner.PostAsJsonAsync(url, new { availableTo = Iso(Today) }, Json);
        var beforeStart = await owner.PostAsJsonAsync(url, new { availableTo = Iso(Today.AddDays(-70)) }, Json);
        var missing = await owner.PostAsJsonAsync(url, new { }, Json);
        var unknown = await owner.PostAsJsonAsync($"/api/corridors/{corridor}/lots/999999/extend", new { availableTo = Iso(Today.AddDays(30)) }, Json);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        foreach (var bad in new[] { past, beforeStart, missing })
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors").TryGetProperty("availableTo", out _));
        }
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("expired", (await LotAsync(expired)).GetProperty("state").GetString()); // nothing changed

        var ok = await owner.PostAsJsonAsync(url, new { availableTo = Iso(Today.AddDays(30)) }, Json);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = await ok.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("open", body.GetProperty("state").GetString());
        Assert.Equal(Iso(Today.AddDays(30)), body.GetProperty("availableTo").GetString());
        var audit = await owner.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridor}/audit?entityType=lot&entityId={expired}", Json);
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("extend", entry.GetProperty("action").GetString());
        Assert.NotEqual(JsonValueKind.Null, entry.GetProperty("userId").ValueKind); // the owner, not the system
        var market = await director.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridor}/marketplace", Json);
        Assert.Contains(expired, Ids(market));
    }

    [Fact]
    public async Task Close_ByTheOwner_WithdrawsTheLot_WithItsReason_AndASecondCloseConflicts()
    {
        var (_, expired, _) = await SeedAsync("CLS");
        var url = $"/api/corridors/{corridor}/lots/{expired}/close";

        var forbidden = await other.PostAsJsonAsync(url, new { reason = "not mine" }, Json);
        var tooLong = await owner.PostAsJsonAsync(url, new { reason = new string('x', 501) }, Json);
        var ok = await owner.PostAsJsonAsync(url, new { reason = "reused on our own site" }, Json);
        var again = await owner.PostAsJsonAsync(url, new { }, Json);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = await ok.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(("withdrawn", "closed"), (body.GetProperty("status").GetString(), body.GetProperty("state").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var audit = await director.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridor}/audit?entityType=lot&entityId={expired}", Json);
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal(("close", "reused on our own site"), (entry.GetProperty("action").GetString(), entry.GetProperty("reason").GetString()));
        var market = await director.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridor}/marketplace?includeExpired=true", Json);
        Assert.DoesNotContain(expired, Ids(market));
    }

    [Fact]
    public async Task Sweep_AsksTheOwnerToExtendOrCloseEachExpiredLot_Once()
    {
        var (_, expired, _) = await SeedAsync("SWP");

        var first = await director.PostAsync($"/api/corridors/{corridor}/notifications/sweep", null);
        var second = await director.PostAsync($"/api/corridors/{corridor}/notifications/sweep", null);

        Assert.True((await first.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("lotsExpired").GetInt32() >= 1);
        Assert.Equal(0, (await second.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("lotsExpired").GetInt32());
        var inbox = await owner.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridor}/notifications", Json);
        var asked = inbox.GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == "lot_expired" && n.GetProperty("text").GetString()!.Contains("SWP/OLD", StringComparison.Ordinal)).ToList();
        var n = Assert.Single(asked);
        Assert.EndsWith($"#lot-{expired}", n.GetProperty("link").GetString(), StringComparison.Ordinal);
        var otherInbox = await other.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridor}/notifications", Json);
        Assert.DoesNotContain(otherInbox.GetProperty("items").EnumerateArray(), x => x.GetProperty("kind").GetString() == "lot_expired");
    }

    [Fact]
    public async Task ProjectPage_BadgesTheExpiredLot_AndItsOwnerExtendsAndClosesItThere()
    {
        var (_, expired, open) = await SeedAsync("PAGE");
        var page = $"/projects/PAGE?corridor={corridor}";

        var html = await owner.GetStringAsync(page);
        Assert.Contains($"id=\"lot-{expired}\"", html, StringComparison.Ordinal);
        Assert.Contains("badge expired", html, StringComparison.Ordinal);
        Assert.Contains("id=\"expired-note\"", html, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(html, "class=\"(extend|close)-lot\"").Count); // only the expired lot asks
        var otherHtml = await other.GetStringAsync(page);
        Assert.Contains("badge expired", otherHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("extend-lot", otherHtml, StringComparison.Ordinal);

        async Task<HttpResponseMessage> PostAsync(string handler, Dictionary<string, string> fields)
        {
            var form = await owner.GetStringAsync(page);
            var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            fields["__RequestVerificationToken"] = token;
            return await owner.PostAsync($"/projects/PAGE?corridor={corridor}&handler={handler}", new FormUrlEncodedContent(fields));
        }

        var tooEarly = await PostAsync("Extend", new() { ["lotId"] = expired.ToString(), ["availableTo"] = Iso(Today) });
        Assert.Contains("id=\"decision-problem\"", await tooEarly.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("expired", (await LotAsync(expired)).GetProperty("state").GetString());

        var extended = await PostAsync("Extend", new() { ["lotId"] = expired.ToString(), ["availableTo"] = Iso(Today.AddDays(20)) });
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        Assert.Contains("id=\"decision-done\"", await extended.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("open", (await LotAsync(expired)).GetProperty("state").GetString());

        var closed = await PostAsync("Close", new() { ["lotId"] = open.ToString(), ["reason"] = "no longer available" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("withdrawn", (await LotAsync(open)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ProjectPage_OffersTheGeneratedSampleFiles_DatedAfterToday()
    {
        await SeedAsync("SMP");
        var page = await owner.GetStringAsync($"/projects/SMP?corridor={corridor}");
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(page, "class=\"sample-download\"").Count);

        var lots = await owner.GetAsync($"/projects/SMP?corridor={corridor}&handler=Sample&name=lots.csv");
        var unknown = await owner.GetAsync($"/projects/SMP?corridor={corridor}&handler=Sample&name=secrets.txt");

        Assert.Equal(HttpStatusCode.OK, lots.StatusCode);
        Assert.Equal("text/csv", lots.Content.Headers.ContentType?.MediaType);
        var text = await lots.Content.ReadAsStringAsync();
        Assert.StartsWith("project_code,lot_code,direction,category", text, StringComparison.Ordinal);
        Assert.Equal(Corridor.Data.Import.SampleFiles.Get("lots.csv", Today).Content, text);
        Assert.All(System.Text.RegularExpressions.Regex.Matches(text, @"\b\d{4}-\d{2}-\d{2}\b"), m => Assert.True(string.CompareOrdinal(m.Value, Iso(Today)) > 0, m.Value));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task MarketplacePage_LeavesExpiredLotsOutByDefault_AndBadgesThemWhenIncluded()
    {
        await SeedAsync("MPG");
        using var anonymous = factory.CreateClient();

        var page = await anonymous.GetStringAsync($"/marketplace?corridor={corridor}");
        var withExpired = await anonymous.GetStringAsync($"/marketplace?corridor={corridor}&includeExpired=true");

        Assert.Contains("data-lot=\"MPG/NOW\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-lot=\"MPG/OLD\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"f-expired\"", page, StringComparison.Ordinal);
        Assert.Contains("data-lot=\"MPG/OLD\"", withExpired, StringComparison.Ordinal);
        Assert.Contains("badge expired", withExpired, StringComparison.Ordinal);
    }
}
