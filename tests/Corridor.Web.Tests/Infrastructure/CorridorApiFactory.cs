using System.Collections.Concurrent;
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

/// <summary>
/// The real app on a fresh database of the provider under test (TestDatabase), demo seeding off unless asked.
/// <see cref="StartAsync"/> lends a host from a pool instead of starting one per test: disposing the factory gives it
/// back, and the next test that borrows it first gets its database replaced by a fresh copy of the migrated (or the
/// demo) template. Each test still sees a database of its own; only the started host is shared.
/// </summary>
public sealed class CorridorApiFactory(TestDatabase database, bool seedDemo = false) : WebApplicationFactory<Program>
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    static readonly ConcurrentBag<CorridorApiFactory> Idle = [];
    static readonly Lazy<Task<string>> DemoTemplate = new(CreateDemoTemplateAsync);
    bool pooled;
    TestDatabase Database => database;
    int lent;

    /// <summary>A started app on a fresh database: a migrated, empty one, or with <paramref name="seedDemo"/> the demo corridor.</summary>
    public static async Task<(CorridorApiFactory Factory, TestDatabase Database)> StartAsync(bool seedDemo = false)
    {
        var template = seedDemo ? await DemoTemplate.Value : null;
        if (Idle.TryTake(out var factory))
        {
            await factory.Database.ResetAsync(template);
        }
        else
        {
            // A migrated copy of the per-process template: the app's start-up migration then finds nothing to do.
            var db = await TestDatabase.CreateAsync();
            if (template is not null) await db.ResetAsync(template);
            factory = new CorridorApiFactory(db) { pooled = true };
        }
        Volatile.Write(ref factory.lent, 1);
        return (factory, factory.Database.Borrow());
    }

    /// <summary>The demo database as a real first start seeds it (Corridor:SeedDemo on, an empty database), taken once per process.</summary>
    static async Task<string> CreateDemoTemplateAsync()
    {
        var db = await TestDatabase.CreateAsync();
        var factory = new CorridorApiFactory(db, seedDemo: true) { pooled = true };
        _ = factory.Server; // starts the app: DatabaseInitialiser seeds the demo corridor
        var template = await db.SnapshotAsync();
        Idle.Add(factory);
        return template;
    }

    /// <summary>A lent factory goes back to the pool; one made with the constructor is disposed.</summary>
    public override ValueTask DisposeAsync()
    {
        if (!pooled) return base.DisposeAsync();
        if (Interlocked.Exchange(ref lent, 0) == 1) Idle.Add(this);
        return ValueTask.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        if (pooled)
        {
            if (disposing && Interlocked.Exchange(ref lent, 0) == 1) Idle.Add(this);
            return;
        }
        base.Dispose(disposing);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Corridor:Database", database.ConnectionString);
        builder.UseSetting("Corridor:SeedDemo", seedDemo ? "true" : "false");
        builder.UseSetting("Corridor:PublicPageCacheSeconds", "0"); // tests change data and look at once; PublicPageCacheTests turn it on
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
