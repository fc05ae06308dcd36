using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Corridor.Data;
using Corridor.Data.Accounts;
using Corridor.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.Security;

/// <summary>Issue 13 (8), (10), (11): security headers, cross-site cookie writes, rate limits and the per-address sign-in wait.</summary>
public sealed partial class HardeningTests
{
    /// <summary>Lets a test say which client address a request comes from (TestServer has none).</summary>
    sealed class TestAddress : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, nextStep) =>
            {
                if (http.Request.Headers.TryGetValue("X-Test-Address", out var a) && IPAddress.TryParse(a, out var ip)) http.Connection.RemoteIpAddress = ip;
                await nextStep(http);
            });
            next(app);
        };
    }

    static WebApplicationFactory<Program> With(CorridorApiFactory factory, params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(b =>
        {
            foreach (var (k, v) in settings) b.UseSetting(k, v);
            b.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestAddress>());
        });

    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders_WithACspThatAllowsNoInlineScript()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync(seedDemo: true);
        await using var _ = database;
        await using var __ = factory;
        using var client = factory.CreateClient();

        foreach (var path in new[] { "/", "/api/corridors", "/css/site.css", "/no-such-page" })
        {
            var response = await client.GetAsync(path);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
            Assert.Equal("script-src 'self'", scriptSrc);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("https://service.pdok.nl", csp, StringComparison.Ordinal); // the default base map's tiles
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS only on HTTPS");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/calendar")]
    [InlineData("/marketplace")]
    [InlineData("/hubs")]
    [InlineData("/plans")]
    [InlineData("/growth")]
    [InlineData("/rules")]
    [InlineData("/Account/Login")]
    public async Task Pages_HaveNoInlineScript_OnlyJsonDataBlocks(string path)
    {
        var (factory, database) = await CorridorApiFactory.StartAsync(seedDemo: true);
        await using var _ = database;
        await using var __ = factory;
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(path);

        foreach (Match tag in ScriptTag().Matches(html))
        {
            var t = tag.Value;
            Assert.True(t.Contains(" src=", StringComparison.Ordinal) || t.Contains("type=\"application/json\"", StringComparison.Ordinal), $"{path}: inline script {t}");
        }
        Assert.DoesNotMatch(@"\son[a-z]+\s*=", html.Replace("aria-", "", StringComparison.Ordinal));
    }

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    [Fact]
    public async Task CookieWrites_FromAnotherOrigin_AreRefused_SameOriginAndBearerTokensPass()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var _ = database;
        await using var __ = factory;
        using var anonymous = factory.CreateClient();
        using var director = await factory.CreateClientForAsync();

        async Task<HttpStatusCode> PostAsync(HttpClient client, string? origin, string? fetchSite = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/corridors") { Content = JsonContent.Create(new { code = "x" + Guid.NewGuid().ToString("N")[..6], name = "X" }) };
            if (origin is not null) request.Headers.Add("Origin", origin);
            if (fetchSite is not null) request.Headers.Add("Sec-Fetch-Site", fetchSite);
            request.Headers.Add("Cookie", "corridor.auth=whatever");
            return (await client.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(anonymous, "https://evil.example"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(anonymous, null, "cross-site"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(anonymous, "null"));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(anonymous, "http://localhost")); // same origin: on to authentication
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(anonymous, null, "same-origin"));
        Assert.Equal(HttpStatusCode.Created, await PostAsync(director, "https://evil.example")); // a token is no ambient credential
    }

    static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string address)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        get.Headers.Add("X-Test-Address", address);
        var form = await (await client.SendAsync(get)).Content.ReadAsStringAsync();
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("X-Test-Address", address);
        post.Headers.Add("Origin", "http://localhost");
        return await client.SendAsync(post);
    }

    [Fact]
    public async Task FailedSignIns_MakeOnlyThatAccountAndAddressWait_TheOwnerElsewhereStillSignsIn_AndTheAccountIsNotLocked()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var _ = database;
        await using var __ = factory;
        await using var app = With(factory);
        await using (var scope = app.Services.CreateAsyncScope())
            await AccountStore.CreateUserAsync(scope.ServiceProvider.GetRequiredService<CorridorDb>(), "owner@test.example", "the-right-password", null, DateTime.UtcNow);
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false };

        using (var attacker = app.CreateClient(options))
        {
            for (var i = 0; i < 5; i++)
                Assert.Contains("wrong", await (await SignInAsync(attacker, "owner@test.example", "guess" + i, "203.0.113.9")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var sixth = await SignInAsync(attacker, "owner@test.example", "the-right-password", "203.0.113.9");
            Assert.Equal(HttpStatusCode.OK, sixth.StatusCode); // the form again, with the wait
            Assert.Contains("Too many failed attempts from this address", await sixth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using var owner = app.CreateClient(options);
        var signedIn = await SignInAsync(owner, "owner@test.example", "the-right-password", "198.51.100.7");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        await using var check = app.Services.CreateAsyncScope();
        var user = await check.ServiceProvider.GetRequiredService<CorridorDb>().Users.SingleAsync(u => u.Email == "owner@test.example");
        Assert.Null(user.LockoutEnd);
    }

    [Fact]
    public async Task SignInPosts_AboveTheLimitPerAddress_Get429WithRetryAfter_OtherAddressesDoNot()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var _ = database;
        await using var __ = factory;
        await using var app = With(factory, ("Corridor:Security:SignInsPerMinute", "3"));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await SignInAsync(client, "nobody@test.example", "x", "203.0.113.10")).StatusCode);
        var other = await SignInAsync(client, "nobody@test.example", "x", "203.0.113.11");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        using var limited = new HttpRequestMessage(HttpMethod.Post, "/Account/Login") { Content = new FormUrlEncodedContent([]) };
        limited.Headers.Add("X-Test-Address", "203.0.113.10");
        var response = await client.SendAsync(limited);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("60", response.Headers.GetValues("Retry-After").Single());
    }
}
