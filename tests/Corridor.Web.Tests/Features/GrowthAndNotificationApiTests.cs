using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Data;
using Corridor.Data.Accounts;
using Corridor.Data.Notifications;
using Corridor.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Corridor.Web.Tests.Features;

public sealed class GrowthAndNotificationApiTests
{
    static readonly JsonSerializerOptions Json = CorridorApiFactory.Json;

    static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));

    static async Task<int> OrganisationAsync(HttpClient director, int corridorId, string name)
    {
        var response = await director.PostAsJsonAsync($"/api/corridors/{corridorId}/organisations", new { name }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Assessments_DirectorAndOwnPartnerMayAdd_OtherPartnerIsForbidden_PublicMustSignIn()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var _ = database;
        using var __ = factory;
        using var director = await factory.CreateClientForAsync();
        var corridorId = await factory.CreateCorridorAsync(director);
        var org1 = await OrganisationAsync(director, corridorId, "Sloop BV");
        var org2 = await OrganisationAsync(director, corridorId, "Bouw BV");
        await factory.GrantAsync("p1@test.example", corridorId, CorridorRole.Partner, org1);
        using var partner = await factory.CreateClientForAsync("p1@test.example");
        using var anonymous = factory.CreateClient();
        var url = $"/api/corridors/{corridorId}/growth/assessments";
        object Body(int? org, int level) => new { element = "material_inventory", level, evidence = "Inventories for 3 of 4 donor projects", organisationId = org };

        var byDirector = await director.PostAsJsonAsync(url, Body(null, 3), Json);
        var byOwnPartner = await partner.PostAsJsonAsync(url, Body(org1, 2), Json);
        var forOtherOrganisation = await partner.PostAsJsonAsync(url, Body(org2, 2), Json);
        var forCorridorByPartner = await partner.PostAsJsonAsync(url, Body(null, 5), Json);
        var byPublic = await anonymous.PostAsJsonAsync(url, Body(null, 5), Json);
        var badLevel = await director.PostAsJsonAsync(url, Body(null, 6), Json);

        Assert.Equal(HttpStatusCode.Created, byDirector.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byOwnPartner.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forOtherOrganisation.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forCorridorByPartner.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byPublic.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLevel.StatusCode);

        var growth = await director.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/growth", Json);
        var inventory = growth.GetProperty("levels").EnumerateArray().Single(l => l.GetProperty("element").GetString() == "material_inventory");
        Assert.Equal(3, inventory.GetProperty("level").GetInt32());
        Assert.Equal(1, inventory.GetProperty("supportedLevel").GetInt32());
        Assert.Equal(5, growth.GetProperty("indicators").GetArrayLength());
        Assert.Single(growth.GetProperty("history").EnumerateArray());
        var own = await partner.GetFromJsonAsync<JsonElement>($"{url}?organisationId={org1}", Json);
        Assert.Equal(2, Assert.Single(own.EnumerateArray()).GetProperty("level").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/corridors/{corridorId}/growth")).StatusCode);
    }

    [Fact]
    public async Task Notifications_PartnerSeesOnlyItsOrganisations_DirectorTheDirectors_ReadIsChecked()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var _ = database;
        using var __ = factory;
        using var director = await factory.CreateClientForAsync();
        var corridorId = await factory.CreateCorridorAsync(director);
        var org1 = await OrganisationAsync(director, corridorId, "Sloop BV");
        var org2 = await OrganisationAsync(director, corridorId, "Bouw BV");
        await factory.GrantAsync("p1@test.example", corridorId, CorridorRole.Partner, org1);
        using var partner = await factory.CreateClientForAsync("p1@test.example");
        int otherId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CorridorDb>();
            await Notifier.NotifyAsync(db, corridorId, org1, NotificationKind.WindowClosing, "For 1", "text", null, "k", Clock);
            otherId = (await Notifier.NotifyAsync(db, corridorId, org2, NotificationKind.WindowClosing, "For 2", "text", null, "k", Clock))!.Id;
            await Notifier.NotifyAsync(db, corridorId, null, NotificationKind.WindowClosing, "For the director", "text", null, "k", Clock);
        }
        var url = $"/api/corridors/{corridorId}/notifications";

        var mine = await partner.GetFromJsonAsync<JsonElement>(url, Json);
        var directors = await director.GetFromJsonAsync<JsonElement>(url, Json);

        Assert.Equal("For 1", Assert.Single(mine.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal(1, mine.GetProperty("unread").GetInt32());
        Assert.Equal("For the director", Assert.Single(directors.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsync($"{url}/{otherId}/read", null)).StatusCode);
        var ownId = mine.GetProperty("items")[0].GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await partner.PostAsync($"{url}/{ownId}/read", null)).StatusCode);
        Assert.Equal(0, (await partner.GetFromJsonAsync<JsonElement>(url, Json)).GetProperty("unread").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsync($"{url}/sweep", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await director.PostAsync($"{url}/sweep", null)).StatusCode);
    }

    [Fact]
    public async Task Webhook_OwnPartnerSetsAnHttpUrl_SecretShownOnlyWhenSet_OtherPartnerForbidden()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var _ = database;
        using var __ = factory;
        using var director = await factory.CreateClientForAsync();
        var corridorId = await factory.CreateCorridorAsync(director);
        var org1 = await OrganisationAsync(director, corridorId, "Sloop BV");
        var org2 = await OrganisationAsync(director, corridorId, "Bouw BV");
        await factory.GrantAsync("p1@test.example", corridorId, CorridorRole.Partner, org1);
        using var partner = await factory.CreateClientForAsync("p1@test.example");
        string Url(int org) => $"/api/corridors/{corridorId}/organisations/{org}/webhook";

        var notHttp = await partner.PutAsJsonAsync(Url(org1), new { url = "ftp://example.org/hook" }, Json);
        var set = await partner.PutAsJsonAsync(Url(org1), new { url = "https://example.org/hook" }, Json);
        var other = await partner.PutAsJsonAsync(Url(org2), new { url = "https://example.org/hook" }, Json);
        var read = await partner.GetFromJsonAsync<JsonElement>(Url(org1), Json);

        Assert.Equal(HttpStatusCode.BadRequest, notHttp.StatusCode);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(48, (await set.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("secret").GetString()!.Length);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(JsonValueKind.Null, read.GetProperty("secret").ValueKind);
        Assert.True(read.GetProperty("secretSet").GetBoolean());
    }

    [Fact]
    public async Task CreatePlan_DemoCorridor_NotifiesTheDirectorOnce()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync(seedDemo: true);
        await using var _ = database;
        using var __ = factory;
        using var client = await factory.CreateClientForAsync("director@corridor.demo");
        var corridorId = (await client.GetFromJsonAsync<JsonElement>("/api/corridors", Json))[0].GetProperty("id").GetInt32();

        (await client.PostAsJsonAsync($"/api/corridors/{corridorId}/plans", new { maxDistanceKm = 60 }, Json)).EnsureSuccessStatusCode();

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/notifications", Json);
        var proposals = list.GetProperty("items").EnumerateArray().Where(n => n.GetProperty("kind").GetString() == "new_proposal").ToList();
        Assert.Single(proposals);
    }
}
