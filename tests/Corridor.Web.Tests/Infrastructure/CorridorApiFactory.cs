using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Data;
using Corridor.Data.Accounts;
using Corridor.Tests.Shared;
using Corridor.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.Infrastructure;

/// <summary>The real app on a fresh database of the provider under test (TestDatabase), demo seeding off unless asked.</summary>
public sealed class CorridorApiFactory(TestDatabase database, bool seedDemo = false) : WebApplicationFactory<Program>
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    public static async Task<(CorridorApiFactory Factory, TestDatabase Database)> StartAsync(bool seedDemo = false)
    {
        // A migrated copy of the per-process template: the app's start-up migration then finds nothing to do.
        var db = await TestDatabase.CreateAsync();
        return (new CorridorApiFactory(db, seedDemo), db);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Corridor:Database", database.ConnectionString);
        builder.UseSetting("Corridor:SeedDemo", seedDemo ? "true" : "false");
        builder.UseSetting("Corridor:BackgroundJobs", "false"); // the daily sweep and the webhook dispatcher; tests call them directly
        builder.UseEnvironment("Development");
    }

    /// <summary>
    /// A client that acts as the user with this e-mail address (created with a random password when new), through an
    /// API token made for it. The user who creates a corridor directs it.
    /// </summary>
    public async Task<HttpClient> CreateClientForAsync(string email = "director@test.example")
    {
        _ = Server; // start the host so that its services and database exist
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CorridorDb>();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == AccountStore.Normalise(email))
            ?? await AccountStore.CreateUserAsync(db, email, Guid.NewGuid().ToString("N"), null, DateTime.UtcNow);
        var (token, _) = await AccountStore.CreateTokenAsync(db, user.Id, "test", DateTime.UtcNow);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Gives an existing user a role in a corridor.</summary>
    public async Task GrantAsync(string email, int corridorId, CorridorRole role, int? organisationId = null, int? hubId = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CorridorDb>();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == AccountStore.Normalise(email))
            ?? await AccountStore.CreateUserAsync(db, email, Guid.NewGuid().ToString("N"), null, DateTime.UtcNow);
        await AccountStore.AddMembershipAsync(db, user.Id, corridorId, role, organisationId, hubId, DateTime.UtcNow);
    }

    public async Task<int> CreateCorridorAsync(HttpClient client, string code = "test")
    {
        var response = await client.PostAsJsonAsync("/api/corridors", new { code, name = "Test corridor " + code }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
    }

    static JsonSerializerOptions CreateJson()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        CorridorWebApp.ConfigureJson(o);
        return o;
    }
}
