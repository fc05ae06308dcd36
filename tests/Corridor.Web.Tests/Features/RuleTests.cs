using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Data.Accounts;
using Corridor.Web.Tests.Infrastructure;

namespace Corridor.Web.Tests.Features;

/// <summary>The rules API: versions, who may change them, plain language, and what sharing, pricing and public plans change.</summary>
public sealed class RuleTests
{
    static readonly JsonSerializerOptions Json = CorridorApiFactory.Json;

    [Fact]
    public async Task PutRules_TwiceMakesVersions1And2_OldUnchanged_AndGetIsPublicWithPlainLanguage()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var db_ = database;
        await using var factory_ = factory;
        using var director = await factory.CreateClientForAsync();
        var id = await factory.CreateCorridorAsync(director);
        using var anonymous = factory.CreateClient();

        var defaults = await anonymous.GetFromJsonAsync<JsonElement>($"/api/corridors/{id}/rules", Json);
        Assert.True(defaults.GetProperty("isDefault").GetBoolean());
        Assert.Equal(100, defaults.GetProperty("rules").GetProperty("maxDistanceKm").GetDouble());

        var first = await director.PutAsJsonAsync($"/api/corridors/{id}/rules", new { maxDistanceKm = 50, reservationDays = 21, note = "start" }, Json);
        var second = await director.PutAsJsonAsync($"/api/corridors/{id}/rules", new { maxDistanceKm = 40, pricing = "cost_recovery", priceCapEurPerTonne = 12.5, note = "tighter" }, Json);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var current = await anonymous.GetFromJsonAsync<JsonElement>($"/api/corridors/{id}/rules", Json);
        Assert.Equal(2, current.GetProperty("version").GetInt32());
        Assert.Equal(40, current.GetProperty("rules").GetProperty("maxDistanceKm").GetDouble());
        Assert.Equal(21, current.GetProperty("rules").GetProperty("reservationDays").GetInt32()); // kept from version 1
        Assert.Equal("cost_recovery", current.GetProperty("rules").GetProperty("pricing").GetString());
        var sentences = current.GetProperty("plainLanguage").EnumerateArray().ToList();
        Assert.Contains(sentences, s => s.GetProperty("english").GetString()!.Contains("at most 40 km per leg", StringComparison.Ordinal)
            && s.GetProperty("dutch").GetString()!.Contains("hoogstens 40 km per traject", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.GetProperty("english").GetString()!.Contains("€ 12.50 per tonne", StringComparison.Ordinal)
            && s.GetProperty("dutch").GetString()!.Contains("€ 12,50 per ton", StringComparison.Ordinal));

        var v1 = await anonymous.GetFromJsonAsync<JsonElement>($"/api/corridors/{id}/rules/versions/1", Json);
        Assert.Equal(50, v1.GetProperty("rules").GetProperty("maxDistanceKm").GetDouble());
        Assert.Equal("donor_sets_price", v1.GetProperty("rules").GetProperty("pricing").GetString());
        Assert.Equal("start", v1.GetProperty("note").GetString());
        var versions = await anonymous.GetFromJsonAsync<JsonElement>($"/api/corridors/{id}/rules/versions", Json);
        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/corridors/{id}/rules/versions/3")).StatusCode);
    }

    [Fact]
    public async Task PutRules_DirectorOnly_AndInvalidRulesGetFieldErrors()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var db_ = database;
        await using var factory_ = factory;
        using var director = await factory.CreateClientForAsync();
        var id = await factory.CreateCorridorAsync(director);
        using var partner = await factory.CreateClientForAsync("partner@test.example");
        await factory.GrantAsync("partner@test.example", id, CorridorRole.Partner, await OrganisationAsync(director, id, "Partner BV"));
        using var anonymous = factory.CreateClient();
        var body = new { maxDistanceKm = 30 };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync($"/api/corridors/{id}/rules", body, Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PutAsJsonAsync($"/api/corridors/{id}/rules", body, Json)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await director.PutAsJsonAsync($"/api/corridors/{id}/rules", body, Json)).StatusCode);

        var bad = await director.PutAsJsonAsync($"/api/corridors/{id}/rules",
            new { maxDistanceKm = -5, pricing = "cost_recovery", reservationDays = 0, minimumQualityByCategory = new Dictionary<string, string> { ["doors"] = "C" } }, Json);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors");
        foreach (var field in new[] { "maxDistanceKm", "priceCapEurPerTonne", "reservationDays", "minimumQualityByCategory" })
            Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.Equal(1, (await partner.GetFromJsonAsync<JsonElement>($"/api/corridors/{id}/rules/versions", Json)).GetArrayLength());
    }

    [Fact]
    public async Task PlanRequest_LongerThanTheRulesAllow_IsRefusedWithTheRuleInTheMessage()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var db_ = database;
        await using var factory_ = factory;
        using var director = await factory.CreateClientForAsync();
        var id = await factory.CreateCorridorAsync(director);
        await director.PutAsJsonAsync($"/api/corridors/{id}/rules", new { maxDistanceKm = 50 }, Json);

        var refused = await director.PostAsJsonAsync($"/api/corridors/{id}/plans", new { maxDistanceKm = 80 }, Json);
        var made = await director.PostAsJsonAsync($"/api/corridors/{id}/plans", new { }, Json);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("at most 50 km", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var plan = await made.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(1, plan.GetProperty("ruleVersion").GetInt32());
        Assert.Equal(50, plan.GetProperty("rules").GetProperty("maxDistanceKm").GetDouble());
        Assert.True(plan.GetProperty("totals").TryGetProperty("objectiveCo2eKg", out _));
    }

    [Fact]
    public async Task SharingAndPricingRules_ChangeWhatAnotherPartnerSees()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var db_ = database;
        await using var factory_ = factory;
        using var director = await factory.CreateClientForAsync();
        var id = await factory.CreateCorridorAsync(director);
        var org = await PostIdAsync(director, $"/api/corridors/{id}/organisations", new { name = "Donor BV", type = "demolition_contractor", contactEmail = "donor@example.nl" });
        var project = await PostIdAsync(director, $"/api/corridors/{id}/projects", new
        {
            code = "P1", name = "Donor site", kind = "demolition", latitude = 52.0, longitude = 5.0, start = "2027-01-01", end = "2027-12-31", organisationId = org,
        });
        var lot = await PostIdAsync(director, $"/api/corridors/{id}/projects/{project}/lots", new
        {
            lotCode = "L1", direction = "supply", category = "steel_beams", quantity = 100, unit = "m", massKg = 4000,
            availableFrom = "2027-02-01", availableTo = "2027-03-01", priceEur = 500, notes = "key at the gate",
        });
        using var other = await factory.CreateClientForAsync("other@test.example");
        await factory.GrantAsync("other@test.example", id, CorridorRole.Partner, await OrganisationAsync(director, id, "Other BV"));
        using var anonymous = factory.CreateClient();
        var url = $"/api/corridors/{id}/lots/{lot}";

        var before = await other.GetFromJsonAsync<JsonElement>(url, Json);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("priceEur").ValueKind);

        await director.PutAsJsonAsync($"/api/corridors/{id}/rules", new { sharePricesWithPartners = true, pricing = "cost_recovery", priceCapEurPerTonne = 100 }, Json);
        var shared = await other.GetFromJsonAsync<JsonElement>(url, Json);
        Assert.Equal(400m, shared.GetProperty("priceEur").GetDecimal()); // 4 t × € 100 cap, below the asked € 500
        Assert.Equal(JsonValueKind.Null, shared.GetProperty("notes").ValueKind); // notes stay with owner and director
        Assert.Equal(JsonValueKind.Null, (await anonymous.GetFromJsonAsync<JsonElement>(url, Json)).GetProperty("priceEur").ValueKind);
        Assert.Equal("key at the gate", (await director.GetFromJsonAsync<JsonElement>(url, Json)).GetProperty("notes").GetString());

        await director.PutAsJsonAsync($"/api/corridors/{id}/rules", new { sharePricesWithPartners = false, pricing = "free_of_charge" }, Json);
        Assert.Equal(0m, (await anonymous.GetFromJsonAsync<JsonElement>(url, Json)).GetProperty("priceEur").GetDecimal());
        Assert.Equal(0m, (await other.GetFromJsonAsync<JsonElement>(url, Json)).GetProperty("priceEur").GetDecimal());

        // The marketplace page applies the same rule: shared, the other partner sees the donor's contact.
        await director.PutAsJsonAsync($"/api/corridors/{id}/rules", new { sharePricesWithPartners = true, pricing = "donor_sets_price" }, Json);
        var page = await other.GetStringAsync($"/marketplace?corridor={id}");
        Assert.Contains("donor@example.nl", page, StringComparison.Ordinal);
        Assert.DoesNotContain("donor@example.nl", await anonymous.GetStringAsync($"/marketplace?corridor={id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlansNotPublic_MakesThePlanApiAndPageMembersOnly()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var db_ = database;
        await using var factory_ = factory;
        using var director = await factory.CreateClientForAsync();
        var id = await factory.CreateCorridorAsync(director);
        var plan = await PostIdAsync(director, $"/api/corridors/{id}/plans", new { });
        using var partner = await factory.CreateClientForAsync("partner@test.example");
        await factory.GrantAsync("partner@test.example", id, CorridorRole.Partner, await OrganisationAsync(director, id, "Partner BV"));
        using var outsider = await factory.CreateClientForAsync("outsider@test.example");
        using var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/corridors/{id}/plans")).StatusCode);
        await director.PutAsJsonAsync($"/api/corridors/{id}/rules", new { plansPublic = false }, Json);

        foreach (var path in new[] { $"/api/corridors/{id}/plans", $"/api/corridors/{id}/plans/{plan}", $"/api/corridors/{id}/plans/{plan}/matches" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(path)).StatusCode);
        }
        Assert.Contains("plans-hidden", await anonymous.GetStringAsync($"/plans?corridor={id}"), StringComparison.Ordinal);
        Assert.DoesNotContain("plans-hidden", await partner.GetStringAsync($"/plans?corridor={id}"), StringComparison.Ordinal);
    }

    static Task<int> OrganisationAsync(HttpClient director, int corridorId, string name) =>
        PostIdAsync(director, $"/api/corridors/{corridorId}/organisations", new { name, type = "contractor" });

    static async Task<int> PostIdAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body, Json);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
    }
}
