using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Data.Accounts;
using Corridor.Tests.Shared;
using Corridor.Web.Infrastructure.Security;
using Corridor.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.Security;

/// <summary>
/// Who may call what, for every endpoint the app maps: each row of <see cref="Table"/> names an endpoint, a request
/// that succeeds when allowed, and the outcome per role. A new endpoint without a row fails
/// <see cref="EveryEndpoint_HasARowAndDeclaresItsAccess"/>, so nobody can add one without deciding who may call it.
/// </summary>
public sealed class AuthorizationTests(AuthorizationFixture fixture) : IClassFixture<AuthorizationFixture>
{
    CorridorApiFactory factory => fixture.Factory;
    Dictionary<Role, HttpClient> clients => fixture.Clients;
    Ctx ctx => fixture.Ctx;

    /// <summary>The roles, in the order of the expectation strings.</summary>
    public enum Role { Public, Outsider, Director, PartnerOwner, PartnerOther, HubOperator }

    // Expectation per role, one letter each in Role order:
    // Y = 2xx; U = 401; F = 403; V = 400/422 (a refusal that names the rows or fields at fault); A = allowed, outcome
    // depends on state (anything but 401/403).
    public sealed record Row(string Method, string Template, string Expect, Func<Ctx, string> Url, Func<Ctx, HttpContent?>? Body = null);

    /// <summary>The fixture's ids, shared by the rows.</summary>
    public sealed class Ctx
    {
        public int Corridor, OrgA, OrgB, ProjectA, LotA, LotB, Hub, Plan, Match;
        public string ProjectACode = "";
        public string PassportA = "";
        int counter;
        public int Next() => Interlocked.Increment(ref counter);
    }

    static readonly JsonSerializerOptions Json = CorridorApiFactory.Json;
    static HttpContent JsonBody(object o) => JsonContent.Create(o, options: Json);

    public static readonly Row[] Table =
    [
        new("GET", "/health", "YYYYYY", _ => "/health"),
        new("GET", "/health/live", "YYYYYY", _ => "/health/live"),
        new("GET", "/health/ready", "YYYYYY", _ => "/health/ready"),
        new("GET", "/openapi/{documentName}.json", "YYYYYY", _ => "/openapi/v1.json"),
        new("GET", "/api/categories/", "YYYYYY", _ => "/api/categories"),
        new("GET", "/api/corridors/", "YYYYYY", _ => "/api/corridors"),
        new("GET", "/api/corridors/{id:int}", "YYYYYY", c => $"/api/corridors/{c.Corridor}"),
        new("POST", "/api/corridors/", "UYYYYY", _ => "/api/corridors", c => JsonBody(new { code = $"c-{c.Next()}", name = "Another corridor" })),
        new("GET", "/api/corridors/{corridorId:int}/organisations/", "YYYYYY", c => $"/api/corridors/{c.Corridor}/organisations"),
        new("POST", "/api/corridors/{corridorId:int}/organisations/", "UFYFFF", c => $"/api/corridors/{c.Corridor}/organisations",
            c => JsonBody(new { name = $"Org {c.Next()}" })),
        new("GET", "/api/corridors/{corridorId:int}/projects/", "YYYYYY", c => $"/api/corridors/{c.Corridor}/projects"),
        new("GET", "/api/corridors/{corridorId:int}/projects/{id:int}", "YYYYYY", c => $"/api/corridors/{c.Corridor}/projects/{c.ProjectA}"),
        new("POST", "/api/corridors/{corridorId:int}/projects/", "UFYYFF", c => $"/api/corridors/{c.Corridor}/projects",
            c => JsonBody(new { code = $"P-{c.Next()}", name = "New", kind = "new_build", latitude = 52.1, longitude = 5.3, start = "2027-01-01", end = "2027-12-31", organisationId = c.OrgA })),
        new("GET", "/api/corridors/{corridorId:int}/lots", "YYYYYY", c => $"/api/corridors/{c.Corridor}/lots"),
        new("GET", "/api/corridors/{corridorId:int}/lots/{id:int}", "YYYYYY", c => $"/api/corridors/{c.Corridor}/lots/{c.LotA}"),
        new("POST", "/api/corridors/{corridorId:int}/projects/{projectId:int}/lots", "UFYYFF", c => $"/api/corridors/{c.Corridor}/projects/{c.ProjectA}/lots",
            c => JsonBody(new { lotCode = $"L-{c.Next()}", direction = "supply", category = "doors", quantity = 5, unit = "pcs", availableFrom = "2027-02-01", availableTo = "2027-03-01" })),
        new("GET", "/api/corridors/{corridorId:int}/hubs/", "YYYYYY", c => $"/api/corridors/{c.Corridor}/hubs"),
        new("GET", "/api/corridors/{corridorId:int}/hubs/{id:int}", "YYYYYY", c => $"/api/corridors/{c.Corridor}/hubs/{c.Hub}"),
        new("POST", "/api/corridors/{corridorId:int}/hubs/", "UFYFFF", c => $"/api/corridors/{c.Corridor}/hubs",
            c => JsonBody(new { code = $"H-{c.Next()}", name = "Hub", latitude = 52.1, longitude = 5.3, storageAreaM2 = 100 })),
        // A partner's import is checked row by row: another organisation's project is refused with the rows named (V).
        new("POST", "/api/corridors/{corridorId:int}/imports/", "UFYYVF", c => $"/api/corridors/{c.Corridor}/imports?dryRun=true",
            c => File("lots.csv", $"project_code,lot_code,direction,category,quantity,unit,available_from,available_to\n{c.ProjectACode},IMP-{c.Next()},supply,doors,3,pcs,2027-02-01,2027-03-01\n")),
        new("POST", "/api/corridors/{corridorId:int}/plans", "UFYFFF", c => $"/api/corridors/{c.Corridor}/plans", _ => JsonBody(new { })),
        new("GET", "/api/corridors/{corridorId:int}/plans", "YYYYYY", c => $"/api/corridors/{c.Corridor}/plans"),
        new("GET", "/api/corridors/{corridorId:int}/plans/{planId:int}", "YYYYYY", c => $"/api/corridors/{c.Corridor}/plans/{c.Plan}"),
        new("GET", "/api/corridors/{corridorId:int}/plans/{planId:int}/matches", "YYYYYY", c => $"/api/corridors/{c.Corridor}/plans/{c.Plan}/matches"),
        new("POST", "/api/corridors/{corridorId:int}/matches/{matchId:int}/decision", "UFAAAF", c => $"/api/corridors/{c.Corridor}/matches/{c.Match}/decision",
            _ => JsonBody(new { status = "maybe" })),
        new("GET", "/api/corridors/{corridorId:int}/impact", "YYYYYY", c => $"/api/corridors/{c.Corridor}/impact"),
        new("GET", "/api/corridors/{corridorId:int}/projects/{projectId:int}/impact", "YYYYYY", c => $"/api/corridors/{c.Corridor}/projects/{c.ProjectA}/impact"),
        // A date that is not after today and an over-long reason: the allowed roles get a 400 naming the field, and the shared lot stays as it is.
        new("POST", "/api/corridors/{corridorId:int}/lots/{id:int}/extend", "UFVVFF", c => $"/api/corridors/{c.Corridor}/lots/{c.LotA}/extend",
            _ => JsonBody(new { availableTo = "2020-01-01" })),
        new("POST", "/api/corridors/{corridorId:int}/lots/{id:int}/close", "UFVVFF", c => $"/api/corridors/{c.Corridor}/lots/{c.LotA}/close",
            _ => JsonBody(new { reason = new string('x', 501) })),
        new("GET", "/api/corridors/{corridorId:int}/marketplace", "YYYYYY", c => $"/api/corridors/{c.Corridor}/marketplace?includeExpired=true"),
        new("GET", "/api/corridors/{corridorId:int}/lots/{lotId:int}/impact", "YYYYYY", c => $"/api/corridors/{c.Corridor}/lots/{c.LotA}/impact"),
        new("GET", "/api/corridors/{corridorId:int}/targets", "YYYYYY", c => $"/api/corridors/{c.Corridor}/targets"),
        new("PUT", "/api/corridors/{corridorId:int}/targets", "UFYFFF", c => $"/api/corridors/{c.Corridor}/targets",
            _ => JsonBody(new { targets = new[] { new { metric = "secondary_input_kg", value = 1000.0, year = 2028, basis = "Council decision" } } })),
        new("GET", "/api/corridors/{corridorId:int}/projects/{projectId:int}/targets", "YYYYYY", c => $"/api/corridors/{c.Corridor}/projects/{c.ProjectA}/targets"),
        new("PUT", "/api/corridors/{corridorId:int}/projects/{projectId:int}/targets", "UFYYFF", c => $"/api/corridors/{c.Corridor}/projects/{c.ProjectA}/targets",
            _ => JsonBody(new { targetCircularInputPercent = 50.0 })),
        new("GET", "/api/corridors/{corridorId:int}/lots/{lotId:int}/passport", "YYYYYY", c => $"/api/corridors/{c.Corridor}/lots/{c.LotA}/passport"),
        new("GET", "/api/corridors/{corridorId:int}/projects/{projectId:int}/passport", "YYYYYY", c => $"/api/corridors/{c.Corridor}/projects/{c.ProjectA}/passport"),
        new("POST", "/api/corridors/{corridorId:int}/passports", "UFYYFF", c => $"/api/corridors/{c.Corridor}/passports?dryRun=true",
            c => new StringContent(c.PassportA.Replace("\"DOORS\"", $"\"PASS-{c.Next()}\"", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json")),
        new("POST", "/api/corridors/{corridorId:int}/lots/{lotId:int}/certificates", "UFYYFF", c => $"/api/corridors/{c.Corridor}/lots/{c.LotA}/certificates",
            c => JsonBody(new { kind = "test report", reference = $"R-{c.Next()}" })),
        new("POST", "/api/estimates", "YYYYYY", _ => "/api/estimates",
            _ => JsonBody(new { buildingType = "office", yearBuilt = 1985, structure = "concrete", grossFloorAreaM2 = 2000.0, latitude = 52.15, longitude = 5.38 })),
        new("GET", "/api/corridors/{corridorId:int}/projects/{projectId:int}/estimate", "YYYYYY", c => $"/api/corridors/{c.Corridor}/projects/{c.ProjectA}/estimate"),
        new("POST", "/api/corridors/{corridorId:int}/projects/{projectId:int}/estimate", "UFYYFF", c => $"/api/corridors/{c.Corridor}/projects/{c.ProjectA}/estimate?dryRun=true",
            _ => JsonBody(new { })),
        new("GET", "/api/corridors/{corridorId:int}/reports/council", "YYYYYY", c => $"/api/corridors/{c.Corridor}/reports/council?format=csv"),
        new("GET", "/api/account/", "UYYYYY", _ => "/api/account"),
        new("GET", "/api/account/tokens", "UYYYYY", _ => "/api/account/tokens"),
        new("POST", "/api/account/tokens", "UYYYYY", _ => "/api/account/tokens", _ => JsonBody(new { name = "machine", expiresInDays = 1 })),
        new("DELETE", "/api/account/tokens/{tokenId:int}", "UAAAAA", _ => "/api/account/tokens/999999"),
        new("GET", "/api/corridors/{corridorId:int}/members/", "UFYFFF", c => $"/api/corridors/{c.Corridor}/members"),
        new("POST", "/api/corridors/{corridorId:int}/members/", "UFYFFF", c => $"/api/corridors/{c.Corridor}/members",
            c => JsonBody(new { email = $"new{c.Next()}@test.example", password = "long enough password", role = "partner", organisationId = c.OrgA })),
        new("DELETE", "/api/corridors/{corridorId:int}/members/{membershipId:int}", "UFAFFF", c => $"/api/corridors/{c.Corridor}/members/999999"),
        new("GET", "/api/corridors/{corridorId:int}/rules/", "YYYYYY", c => $"/api/corridors/{c.Corridor}/rules"),
        new("GET", "/api/corridors/{corridorId:int}/rules/versions", "YYYYYY", c => $"/api/corridors/{c.Corridor}/rules/versions"),
        new("GET", "/api/corridors/{corridorId:int}/rules/versions/{version:int}", "YYYYYY", c => $"/api/corridors/{c.Corridor}/rules/versions/1"),
        new("PUT", "/api/corridors/{corridorId:int}/rules/", "UFYFFF", c => $"/api/corridors/{c.Corridor}/rules", _ => JsonBody(new { note = "unchanged, for the authorisation test" })),
        new("GET", "/api/growth/model", "YYYYYY", _ => "/api/growth/model"),
        new("GET", "/api/corridors/{corridorId:int}/growth/", "UFYYYY", c => $"/api/corridors/{c.Corridor}/growth"),
        new("GET", "/api/corridors/{corridorId:int}/growth/assessments", "UFYYYY", c => $"/api/corridors/{c.Corridor}/growth/assessments"),
        // An assessment for organisation A: its own partner and the director may make it.
        new("POST", "/api/corridors/{corridorId:int}/growth/assessments", "UFYYFF", c => $"/api/corridors/{c.Corridor}/growth/assessments",
            c => JsonBody(new { element = "material_inventory", level = 2, evidence = "Inventories for two donor projects", organisationId = c.OrgA })),
        new("GET", "/api/corridors/{corridorId:int}/notifications", "UFYYYF", c => $"/api/corridors/{c.Corridor}/notifications"),
        new("POST", "/api/corridors/{corridorId:int}/notifications/{notificationId:int}/read", "UFAAAF", c => $"/api/corridors/{c.Corridor}/notifications/999999/read"),
        new("POST", "/api/corridors/{corridorId:int}/notifications/sweep", "UFYFFF", c => $"/api/corridors/{c.Corridor}/notifications/sweep"),
        new("GET", "/api/corridors/{corridorId:int}/organisations/{organisationId:int}/webhook", "UFAAFF", c => $"/api/corridors/{c.Corridor}/organisations/{c.OrgA}/webhook"),
        new("PUT", "/api/corridors/{corridorId:int}/organisations/{organisationId:int}/webhook", "UFYYFF", c => $"/api/corridors/{c.Corridor}/organisations/{c.OrgA}/webhook",
            _ => JsonBody(new { url = "http://127.0.0.1:9/corridor-hook" })),
        // Transitions: the match's two sides and the director may act (here an unknown action: 400); others are refused.
        new("POST", "/api/corridors/{corridorId:int}/matches/{matchId:int}/transitions", "UFAAAF", c => $"/api/corridors/{c.Corridor}/matches/{c.Match}/transitions",
            _ => JsonBody(new { action = "levitate", version = 0 })),
        new("GET", "/api/corridors/{corridorId:int}/matches/{matchId:int}", "UFYYYY", c => $"/api/corridors/{c.Corridor}/matches/{c.Match}"),
        new("GET", "/api/corridors/{corridorId:int}/audit", "UFYYYY", c => $"/api/corridors/{c.Corridor}/audit"),
        new("PATCH", "/api/corridors/{corridorId:int}/projects/{projectId:int}", "UFYYFF", c => $"/api/corridors/{c.Corridor}/projects/{c.ProjectA}",
            _ => JsonBody(new { start = "2027-01-01", end = "2027-06-30", reason = "confirmed by the contractor" })),
    ];

    static HttpContent File(string name, string text)
    {
        var form = new MultipartFormDataContent();
        form.Add(new StringContent(text, System.Text.Encoding.UTF8, "text/csv"), "files", name);
        return form;
    }

    [Fact]
    public void EveryEndpoint_HasARowAndDeclaresItsAccess()
    {
        _ = factory.Server;
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is null
                        && e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.ApplicationModels.PageRouteMetadata>() is null)
            .ToList();
        var rows = Table.Select(r => $"{r.Method} {r.Template}").ToHashSet();
        var problems = new List<string>();
        foreach (var e in endpoints)
        {
            var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
            foreach (var method in methods)
            {
                var key = $"{method} {e.RoutePattern.RawText}";
                if (!rows.Contains(key)) problems.Add($"no row for {key}");
                if (e.Metadata.GetMetadata<AccessMetadata>() is null) problems.Add($"{key} declares no Access (.Allow)");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(Table.Length, rows.Count); // no duplicate rows
    }

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Table)
            foreach (var role in Enum.GetValues<Role>())
                data.Add($"{row.Method} {row.Template}", role.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_GivesEachRoleExactlyWhatItMay(string endpoint, string roleName)
    {
        var row = Table.Single(r => $"{r.Method} {r.Template}" == endpoint);
        var role = Enum.Parse<Role>(roleName);
        var expect = row.Expect[(int)role];
        using var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Url(ctx)) { Content = row.Body?.Invoke(ctx) };
        using var response = await clients[role].SendAsync(request);
        var status = (int)response.StatusCode;
        var detail = $"{endpoint} as {role}: {status} {await response.Content.ReadAsStringAsync()}";
        switch (expect)
        {
            case 'Y': Assert.True(status is >= 200 and < 300, detail); break;
            case 'U': Assert.True(status == 401, detail); break;
            case 'F': Assert.True(status == 403, detail); break;
            case 'V': Assert.True(status is 400 or 422, detail); break;
            case 'A': Assert.True(status is not (401 or 403) and < 500, detail); break;
            default: throw new InvalidOperationException($"Unknown expectation '{expect}' in the table.");
        }
    }

    [Fact]
    public async Task PrivateFields_AreSeenByTheOwnerAndTheDirectorOnly()
    {
        var url = $"/api/corridors/{ctx.Corridor}/lots/{ctx.LotA}";
        foreach (var role in Enum.GetValues<Role>())
        {
            var lot = await clients[role].GetFromJsonAsync<JsonElement>(url, Json);
            var price = lot.GetProperty("priceEur");
            if (role is Role.Director or Role.PartnerOwner) Assert.Equal(1500m, price.GetDecimal());
            else Assert.Equal(JsonValueKind.Null, price.ValueKind);
        }
    }

    [Fact]
    public async Task RevokedOrUnknownTokens_AreRefused_AndTokensAreStoredOnlyAsHashes()
    {
        var client = clients[Role.PartnerOwner];
        var made = await client.PostAsJsonAsync("/api/account/tokens", new { name = "to revoke" }, Json);
        var body = await made.Content.ReadFromJsonAsync<JsonElement>(Json);
        var token = body.GetProperty("token").GetString()!;
        var id = body.GetProperty("details").GetProperty("id").GetInt32();
        using var machine = factory.CreateClient();
        machine.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync("/api/account")).StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Corridor.Data.CorridorDb>();
            var stored = db.ApiTokens.Single(t => t.Id == id);
            Assert.Equal(AccountStore.HashToken(token), stored.TokenHash);
            Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);
            Assert.All(db.Users.ToList(), u => Assert.True(u.PasswordHash is null || u.PasswordHash.Length > 40));
        }
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/account/tokens/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync("/api/account")).StatusCode);
        machine.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "crd_made-up");
        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync("/api/account")).StatusCode);
    }
}

/// <summary>One corridor with a director, two partners, a hub operator and an outsider, built once for all the rows.</summary>
public sealed class AuthorizationFixture : IAsyncLifetime
{
    CorridorApiFactory factory = null!;
    TestDatabase database = null!;
    readonly Dictionary<AuthorizationTests.Role, HttpClient> clients = [];
    readonly AuthorizationTests.Ctx ctx = new();
    public CorridorApiFactory Factory => factory;
    public Dictionary<AuthorizationTests.Role, HttpClient> Clients => clients;
    public AuthorizationTests.Ctx Ctx => ctx;
    static readonly JsonSerializerOptions Json = CorridorApiFactory.Json;

    public async Task InitializeAsync()
    {
        (factory, database) = await CorridorApiFactory.StartAsync();
        var director = await factory.CreateClientForAsync("director@auth.example");
        ctx.Corridor = await factory.CreateCorridorAsync(director, "auth");
        // The outsider is signed in and directs a corridor of its own: roles never leak between corridors.
        var outsider = await factory.CreateClientForAsync("outsider@auth.example");
        await factory.CreateCorridorAsync(outsider, "elsewhere");

        ctx.OrgA = await IdAsync(director, $"/api/corridors/{ctx.Corridor}/organisations", new { name = "Owner BV", contactEmail = "owner@a.example" });
        ctx.OrgB = await IdAsync(director, $"/api/corridors/{ctx.Corridor}/organisations", new { name = "Other BV" });
        ctx.Hub = await IdAsync(director, $"/api/corridors/{ctx.Corridor}/hubs", new { code = "HUB", name = "Hub", latitude = 52.16, longitude = 5.39, storageAreaM2 = 5000 });
        ctx.ProjectACode = "PA";
        ctx.ProjectA = await IdAsync(director, $"/api/corridors/{ctx.Corridor}/projects", new
        {
            code = "PA", name = "Donor A", kind = "demolition", latitude = 52.15, longitude = 5.38, start = "2027-01-01", end = "2027-06-30",
            organisationId = ctx.OrgA, grossFloorAreaM2 = 3000.0, buildingType = "office", yearBuilt = 1980, structure = "concrete",
        });
        var projectB = await IdAsync(director, $"/api/corridors/{ctx.Corridor}/projects", new
        {
            code = "PB", name = "Receiver B", kind = "new_build", latitude = 52.17, longitude = 5.40, start = "2027-01-01", end = "2027-12-31", organisationId = ctx.OrgB,
        });
        ctx.LotA = await IdAsync(director, $"/api/corridors/{ctx.Corridor}/projects/{ctx.ProjectA}/lots", new
        {
            lotCode = "DOORS", direction = "supply", category = "doors", quantity = 100, unit = "pcs", availableFrom = "2027-02-01", availableTo = "2027-03-31", priceEur = 1500,
        });
        ctx.LotB = await IdAsync(director, $"/api/corridors/{ctx.Corridor}/projects/{projectB}/lots", new
        {
            lotCode = "DOORS-NEED", direction = "demand", category = "doors", quantity = 80, unit = "pcs", availableFrom = "2027-02-15", availableTo = "2027-04-30",
        });
        (await director.PutAsJsonAsync($"/api/corridors/{ctx.Corridor}/rules", new { maxDistanceKm = 80.0, note = "first agreement" }, Json)).EnsureSuccessStatusCode();
        var plan = await director.PostAsJsonAsync($"/api/corridors/{ctx.Corridor}/plans", new { }, Json);
        plan.EnsureSuccessStatusCode();
        ctx.Plan = (await plan.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
        var matches = await director.GetFromJsonAsync<JsonElement>($"/api/corridors/{ctx.Corridor}/plans/{ctx.Plan}/matches", Json);
        ctx.Match = matches.EnumerateArray().First().GetProperty("id").GetInt32();
        ctx.PassportA = await director.GetStringAsync($"/api/corridors/{ctx.Corridor}/projects/{ctx.ProjectA}/passport");

        clients[AuthorizationTests.Role.Public] = factory.CreateClient();
        clients[AuthorizationTests.Role.Outsider] = outsider;
        clients[AuthorizationTests.Role.Director] = director;
        await factory.GrantAsync("partner-a@auth.example", ctx.Corridor, CorridorRole.Partner, ctx.OrgA);
        clients[AuthorizationTests.Role.PartnerOwner] = await factory.CreateClientForAsync("partner-a@auth.example");
        await factory.GrantAsync("partner-b@auth.example", ctx.Corridor, CorridorRole.Partner, ctx.OrgB);
        clients[AuthorizationTests.Role.PartnerOther] = await factory.CreateClientForAsync("partner-b@auth.example");
        await factory.GrantAsync("hub@auth.example", ctx.Corridor, CorridorRole.HubOperator, hubId: ctx.Hub);
        clients[AuthorizationTests.Role.HubOperator] = await factory.CreateClientForAsync("hub@auth.example");
    }

    static async Task<int> IdAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body, Json);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
    }

    public async Task DisposeAsync()
    {
        foreach (var c in clients.Values) c.Dispose();
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

}
