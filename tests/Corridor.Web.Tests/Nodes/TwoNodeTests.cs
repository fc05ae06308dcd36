using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corridor.Data;
using Corridor.Data.Accounts;
using Corridor.Tests.Shared;
using Corridor.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.Nodes;

/// <summary>
/// Issue 13 (3): two app nodes on one database. The Data Protection key ring lives in the database, so a sign-in
/// cookie (and an antiforgery token) issued by node A is valid on node B; both answer the health probes.
/// </summary>
public sealed class TwoNodeTests
{
    static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/Account/Login");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token }),
        };
        return await client.SendAsync(post);
    }

    [Fact]
    public async Task ACookieIssuedByNodeA_IsValidOnNodeB_BecauseTheKeyRingIsInTheDatabase()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var nodeA = new CorridorApiFactory(database);
        await using var nodeB = new CorridorApiFactory(database);
        await using (var scope = nodeA.Services.CreateAsyncScope())
            await AccountStore.CreateUserAsync(scope.ServiceProvider.GetRequiredService<CorridorDb>(), "director@test.example", "a-long-password", null, DateTime.UtcNow);
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };

        using var a = nodeA.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedIn = await SignInAsync(a, "director@test.example", "a-long-password");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("corridor.auth=", StringComparison.Ordinal)).Split(';')[0];

        using var b = nodeB.CreateClient(options);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/account");
        request.Headers.Add("Cookie", cookie);
        var me = await b.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("director@test.example", (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("email").GetString());

        await using var check = nodeB.Services.CreateAsyncScope();
        Assert.NotEmpty(await check.ServiceProvider.GetRequiredService<CorridorDb>().DataProtectionKeys.ToListAsync());
    }

    [Fact]
    public async Task HealthProbes_LiveAndReady_Answer200WithTheProvider()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var _ = database;
        await using var __ = factory;
        using var client = factory.CreateClient();

        var live = await client.GetFromJsonAsync<JsonElement>("/health/live");
        var ready = await client.GetFromJsonAsync<JsonElement>("/health/ready");

        Assert.Equal("live", live.GetProperty("status").GetString());
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Contains(TestDatabase.Provider == DatabaseProvider.Sqlite ? "Sqlite" : "Npgsql", ready.GetProperty("database").GetString(), StringComparison.Ordinal);
    }
}
