using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Web.Tests.Infrastructure;

namespace Corridor.Web.Tests.Features;

public sealed class PlanTests
{
    static readonly JsonSerializerOptions Json = CorridorApiFactory.Json;

    [Fact]
    public async Task CreatePlan_DemoCorridor_StoresAPlanWithTheDocumentedFields_AndAcceptingAMatchChangesItsStatus()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync(seedDemo: true);
        await using var db_ = database;
        await using var factory_ = factory;
        using var client = await factory.CreateClientForAsync("director@corridor.demo");
        var corridorId = (await client.GetFromJsonAsync<JsonElement>("/api/corridors", Json))[0].GetProperty("id").GetInt32();

        var response = await client.PostAsJsonAsync($"/api/corridors/{corridorId}/plans", new { maxDistanceKm = 60 }, Json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var plan = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var totals = plan.GetProperty("totals");
        foreach (var field in new[] { "reusedMassKg", "avoidedCo2eKg", "transportCo2eKg", "netCo2eKg", "demandMetPercent", "lowerBoundCo2eKg", "optimalityGapPercent", "solveSeconds" })
            Assert.True(totals.TryGetProperty(field, out var _), field);
        Assert.True(totals.GetProperty("optimalityGapPercent").GetDouble() >= 0);
        Assert.True(totals.GetProperty("lowerBoundCo2eKg").GetDouble() <= totals.GetProperty("netCo2eKg").GetDouble() + 1e-6);
        var matches = plan.GetProperty("matches").EnumerateArray().ToList();
        Assert.NotEmpty(matches);
        foreach (var m in matches)
        {
            foreach (var field in new[] { "supplyLot", "demandLot", "hub", "category", "quantity", "unit", "massKg", "pickupDate", "deliveryDate", "distanceKm", "transportCo2eKg", "avoidedCo2eKg" })
                Assert.True(m.TryGetProperty(field, out var _), field);
            Assert.Contains('/', m.GetProperty("supplyLot").GetString()!);
        }
        Assert.True(plan.TryGetProperty("hubOccupancy", out _));
        Assert.All(plan.GetProperty("unmatched").EnumerateArray(), u => Assert.False(string.IsNullOrEmpty(u.GetProperty("reason").GetString())));
        var reused = matches.Sum(m => m.GetProperty("massKg").GetDouble());
        Assert.Equal(totals.GetProperty("reusedMassKg").GetDouble(), reused, 3);

        var planId = plan.GetProperty("id").GetInt32();
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/plans/{planId}", Json);
        Assert.Equal(matches.Count, stored.GetProperty("matches").GetArrayLength());
        var rows = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/plans/{planId}/matches", Json);
        var first = rows[0];
        Assert.Equal("proposed", first.GetProperty("status").GetString());

        var accept = await client.PostAsJsonAsync($"/api/corridors/{corridorId}/matches/{first.GetProperty("id").GetInt32()}/decision", new { status = "accepted" }, Json);
        var again = await client.PostAsJsonAsync($"/api/corridors/{corridorId}/matches/{first.GetProperty("id").GetInt32()}/decision", new { status = "rejected" }, Json);

        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/plans/{planId}/matches", Json);
        Assert.Equal("accepted", after[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task CreatePlan_BadRules_ReturnsValidationProblem()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var db_ = database;
        await using var factory_ = factory;
        using var client = await factory.CreateClientForAsync();
        var id = await factory.CreateCorridorAsync(client);

        var response = await client.PostAsJsonAsync($"/api/corridors/{id}/plans", new { maxDistanceKm = -1, vehicle = "zeppelin", resolution = "month" }, Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("maxDistanceKm", out _));
        Assert.True(errors.TryGetProperty("vehicle", out _));
        Assert.True(errors.TryGetProperty("resolution", out _));
    }
}
