using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Tests.Shared;
using Corridor.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Corridor.Web.Tests.Infrastructure;

/// <summary>The real app on a fresh database of the provider under test (TestDatabase), demo seeding off unless asked.</summary>
public sealed class CorridorApiFactory(TestDatabase database, bool seedDemo = false) : WebApplicationFactory<Program>
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    public static async Task<(CorridorApiFactory Factory, TestDatabase Database)> StartAsync(bool seedDemo = false)
    {
        var db = await TestDatabase.CreateAsync(migrate: false);
        return (new CorridorApiFactory(db, seedDemo), db);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Corridor:Database", database.ConnectionString);
        builder.UseSetting("Corridor:SeedDemo", seedDemo ? "true" : "false");
        builder.UseEnvironment("Development");
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
