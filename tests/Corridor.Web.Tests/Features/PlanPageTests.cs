using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corridor.Web.Tests.Infrastructure;

namespace Corridor.Web.Tests.Features;

/// <summary>The plan page's plain form posts (no JavaScript): the same rules as the API, answered with a page or a redirect.</summary>
public sealed partial class PlanPageTests
{
    static readonly JsonSerializerOptions Json = CorridorApiFactory.Json;

    [Fact]
    public async Task Reject_FromThePageWithoutAReason_StoresTheSameDefaultReasonAsTheApi()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync(seedDemo: true);
        await using var db_ = database;
        await using var factory_ = factory;
        using var client = await factory.CreateClientForAsync("director@corridor.demo");
        var corridorId = (await client.GetFromJsonAsync<JsonElement>("/api/corridors", Json))[0].GetProperty("id").GetInt32();
        var created = await client.PostAsJsonAsync($"/api/corridors/{corridorId}/plans", new { }, Json);
        var planId = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
        var rows = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/plans/{planId}/matches", Json);
        var (viaPage, viaApi) = (rows[0].GetProperty("id").GetInt32(), rows[1].GetProperty("id").GetInt32());
        var token = Token(await client.GetStringAsync($"/plans/{planId}"));

        var page = await client.PostAsync($"/plans/{planId}?handler=Decide", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["matchId"] = viaPage.ToString(System.Globalization.CultureInfo.InvariantCulture), ["status"] = "rejected",
        }));
        var api = await client.PostAsJsonAsync($"/api/corridors/{corridorId}/matches/{viaApi}/decision", new { status = "rejected" }, Json);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // redirected back to the plan
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var after = (await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/plans/{planId}/matches", Json)).EnumerateArray()
            .ToDictionary(m => m.GetProperty("id").GetInt32());
        foreach (var id in new[] { viaPage, viaApi })
        {
            Assert.Equal("rejected", after[id].GetProperty("status").GetString());
            Assert.Equal("rejected without a reason", after[id].GetProperty("statusReason").GetString());
        }
    }

    [Fact]
    public async Task Run_FromThePageWithANonNumber_ShowsTheErrorNextToTheFieldAndRunsNothing()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync(seedDemo: true);
        await using var db_ = database;
        await using var factory_ = factory;
        using var client = await factory.CreateClientForAsync("director@corridor.demo");
        var corridorId = (await client.GetFromJsonAsync<JsonElement>("/api/corridors", Json))[0].GetProperty("id").GetInt32();
        var html = await client.GetStringAsync("/plans");
        Assert.Contains($"data-api=\"/api/corridors/{corridorId}/plans\"", html, StringComparison.Ordinal);

        var response = await client.PostAsync("/plans?handler=Run", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(html), ["MaxDistanceKm"] = "far", ["Vehicle"] = "all_hgvs", ["DetourFactor"] = "1,3", ["Resolution"] = "week",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Matches(@"<span class=""field-error small"" id=""run-distance-error"" data-error-for=""maxDistanceKm"">Must be a number\.</span>", page);
        Assert.Matches(@"<input[^>]*id=""run-distance""[^>]*aria-invalid=""true""", page);
        Assert.DoesNotMatch(@"id=""run-detour-error""[^>]*>Must", page);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/plans", Json)).EnumerateArray());
    }

    static string Token(string html) => TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery token on the page.");

    [GeneratedRegex(@"name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex TokenField();
}
