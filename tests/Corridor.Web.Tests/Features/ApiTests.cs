using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Web.Tests.Infrastructure;

namespace Corridor.Web.Tests.Features;

public sealed class ApiTests : IAsyncLifetime
{
    CorridorApiFactory factory = null!;
    Corridor.Tests.Shared.TestDatabase database = null!;
    HttpClient client = null!;
    static readonly JsonSerializerOptions Json = CorridorApiFactory.Json;

    public async Task InitializeAsync()
    {
        (factory, database) = await CorridorApiFactory.StartAsync();
        client = await factory.CreateClientForAsync();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Health_Running_ReportsOk()
    {
        var health = await client.GetFromJsonAsync<JsonElement>("/health", Json);

        Assert.Equal("ok", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheCorridorEndpoints()
    {
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Json);

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/corridors", paths);
        Assert.Contains("/api/corridors/{corridorId}/lots", paths);
        Assert.Contains("/api/corridors/{corridorId}/imports", paths);
        Assert.Contains("/api/categories", paths);
    }

    [Fact]
    public async Task CreateProject_InvalidFields_ReturnsValidationProblemNamingEachField()
    {
        var id = await factory.CreateCorridorAsync(client);

        var response = await client.PostAsJsonAsync($"/api/corridors/{id}/projects", new
        {
            code = "P1", name = "Bad", kind = "demolition", latitude = 95.0, longitude = 5.38,
            start = "2027-06-01", end = "2027-01-01", grossFloorAreaM2 = -5,
        }, Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("latitude", out _));
        Assert.True(errors.TryGetProperty("end", out _));
        Assert.True(errors.TryGetProperty("grossFloorAreaM2", out _));
        Assert.False(errors.TryGetProperty("longitude", out _));
    }

    [Fact]
    public async Task CreateProject_YearBuilt_FollowsTheImportsRule_UpToFiveYearsAhead()
    {
        var id = await factory.CreateCorridorAsync(client);
        var latest = TimeProvider.System.GetUtcNow().Year + 5;
        object Body(string code, int year) => new
        {
            code, name = "New school", kind = "new_build", latitude = 52.15, longitude = 5.38, start = "2027-01-01", end = "2027-06-01", yearBuilt = year,
        };

        // One rule (BuildingYear) for the API and the import's year_built: the API used to accept any year up to 2100.
        var planned = await client.PostAsJsonAsync($"/api/corridors/{id}/projects", Body("P1", latest), Json);
        var tooLate = await client.PostAsJsonAsync($"/api/corridors/{id}/projects", Body("P2", latest + 1), Json);
        var tooEarly = await client.PostAsJsonAsync($"/api/corridors/{id}/projects", Body("P3", 999), Json);

        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLate.StatusCode);
        Assert.Contains($"between 1000 and {latest}", (await tooLate.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors").GetProperty("yearBuilt")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
    }

    [Fact]
    public async Task CreateLot_UnknownCategoryAndBadEwc_ReturnsValidationProblem()
    {
        var id = await factory.CreateCorridorAsync(client);
        var projectId = await CreateProjectAsync(id, "P1", 52.15, 5.38);

        var response = await client.PostAsJsonAsync($"/api/corridors/{id}/projects/{projectId}/lots", new
        {
            lotCode = "L1", direction = "supply", category = "unobtainium", quantity = 10, unit = "pcs",
            availableFrom = "2027-01-01", availableTo = "2027-02-01", ewc = "17-01",
        }, Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("category", out _));
        Assert.True(errors.TryGetProperty("ewc", out _));
    }

    [Fact]
    public async Task CreateLot_WithoutMass_DerivesItFromTheCategoryAndFlagsItEstimated()
    {
        var id = await factory.CreateCorridorAsync(client);
        var projectId = await CreateProjectAsync(id, "P1", 52.15, 5.38);
        var doors = (await client.GetFromJsonAsync<JsonElement>("/api/categories", Json)).EnumerateArray()
            .First(c => c.GetProperty("key").GetString() == "doors");

        var lot = await PostLotAsync(id, projectId, "L1", "supply", "doors", 40, "2027-01-01", "2027-03-01");

        Assert.Equal(40 * doors.GetProperty("typicalKgPerUnit").GetDouble(), lot.GetProperty("massKg").GetDouble(), 6);
        Assert.True(lot.GetProperty("massIsEstimated").GetBoolean());
        Assert.Equal("P1/L1", lot.GetProperty("lot").GetString());
    }

    [Fact]
    public async Task ListLots_Filters_NarrowByCategoryDirectionWindowAndBoundingBox()
    {
        var id = await factory.CreateCorridorAsync(client);
        var amersfoort = await CreateProjectAsync(id, "AMF", 52.156, 5.388);
        var utrecht = await CreateProjectAsync(id, "UTR", 52.090, 5.121);
        await PostLotAsync(id, amersfoort, "D1", "supply", "doors", 10, "2027-01-01", "2027-03-31");
        await PostLotAsync(id, amersfoort, "D2", "demand", "doors", 10, "2027-01-01", "2027-03-31");
        await PostLotAsync(id, amersfoort, "B1", "supply", "bricks", 1000, "2027-01-01", "2027-03-31");
        await PostLotAsync(id, amersfoort, "D3", "supply", "doors", 10, "2027-09-01", "2027-12-31");
        await PostLotAsync(id, utrecht, "D4", "supply", "doors", 10, "2027-01-01", "2027-03-31");

        var page = await client.GetFromJsonAsync<JsonElement>(
            $"/api/corridors/{id}/lots?category=doors&direction=supply&from=2027-02-01&to=2027-02-28&bbox=5.3,52.1,5.5,52.2", Json);

        var lots = page.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("lot").GetString()).ToList();
        Assert.Equal(["AMF/D1"], lots);
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ListLots_Paging_ReturnsTheRequestedPageAndTheTotal()
    {
        var id = await factory.CreateCorridorAsync(client);
        var projectId = await CreateProjectAsync(id, "P", 52.15, 5.38);
        for (var i = 0; i < 5; i++) await PostLotAsync(id, projectId, $"L{i}", "supply", "doors", 1, $"2027-0{i + 1}-01", "2027-12-31");

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{id}/lots?page=2&pageSize=2", Json);

        Assert.Equal(5, page.GetProperty("total").GetInt32());
        Assert.Equal(["P/L2", "P/L3"], page.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("lot").GetString()).ToList());
    }

    [Fact]
    public async Task ListLots_BadBoundingBox_ReturnsValidationProblem()
    {
        var id = await factory.CreateCorridorAsync(client);

        var response = await client.GetAsync($"/api/corridors/{id}/lots?bbox=5.5,52.2,5.3");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_StatesEachResponseAndTheQueryRecords()
    {
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Json);
        var paths = doc.GetProperty("paths");
        List<string> Statuses(string path, string verb) =>
            paths.GetProperty(path).GetProperty(verb).GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();

        // The handler's Results<…> (200, 400), the corridor filter (404).
        Assert.Equal(["200", "400", "404"], Statuses("/api/corridors/{corridorId}/lots", "get").Order());
        // Created, validation, record refusal and the Allow filter's 401/403.
        Assert.Equal(["201", "400", "401", "403", "404"], Statuses("/api/corridors/{corridorId}/projects/{projectId}/lots", "post").Order());
        Assert.Contains("409", Statuses("/api/corridors/{corridorId}/matches/{matchId}/transitions", "post"));
        var lotParameters = paths.GetProperty("/api/corridors/{corridorId}/lots").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("bbox", lotParameters, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("pageSize", lotParameters, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("direction", lotParameters, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Endpoints_UnknownCorridor_AnswerProblem404BeforeTheRoleCheck()
    {
        await factory.CreateCorridorAsync(client);

        // The director of another corridor is no member of corridor 999, but the corridor filter answers first.
        var create = await client.PostAsJsonAsync("/api/corridors/999/projects", new
        {
            code = "P1", name = "Nowhere", kind = "demolition", latitude = 52.15, longitude = 5.38, start = "2027-01-01", end = "2027-06-01",
        }, Json);
        var rules = await client.GetAsync("/api/corridors/999/rules/versions");

        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
        Assert.Equal("application/problem+json", create.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, rules.StatusCode);
        Assert.Contains("999", (await rules.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Passports_UnknownCorridor_AnswerProblem404FromTheCorridorFilter()
    {
        await factory.CreateCorridorAsync(client);

        // Import used to check the corridor in its handler, after the role check; the group filter answers first now.
        var import = await client.PostAsync("/api/corridors/999/passports", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        var lot = await client.GetAsync("/api/corridors/999/lots/1/passport");
        var project = await client.GetAsync("/api/corridors/999/projects/1/passport?format=html");

        foreach (var response in new[] { import, lot, project })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("999", (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task Endpoints_UnknownCorridor_Return404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/corridors/999/projects")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/corridors/999/lots")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/corridors/999/hubs")).StatusCode);
    }

    [Fact]
    public async Task CreateHub_UnknownAcceptedCategory_IsRejected_KnownIsStored()
    {
        var id = await factory.CreateCorridorAsync(client);

        var bad = await client.PostAsJsonAsync($"/api/corridors/{id}/hubs",
            new { code = "H1", name = "Hub", latitude = 52.17, longitude = 5.45, storageAreaM2 = 20000, acceptedCategories = new[] { "nope" } }, Json);
        var good = await client.PostAsJsonAsync($"/api/corridors/{id}/hubs",
            new { code = "H1", name = "Hub", latitude = 52.17, longitude = 5.45, storageAreaM2 = 20000, acceptedCategories = new[] { "DOORS" } }, Json);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        var hub = await good.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(["doors"], hub.GetProperty("acceptedCategories").EnumerateArray().Select(c => c.GetString()).ToList());
    }

    async Task<int> CreateProjectAsync(int corridorId, string code, double lat, double lon)
    {
        var response = await client.PostAsJsonAsync($"/api/corridors/{corridorId}/projects", new
        {
            code, name = "Project " + code, kind = "demolition", latitude = lat, longitude = lon, start = "2027-01-01", end = "2027-12-31",
        }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
    }

    async Task<JsonElement> PostLotAsync(int corridorId, int projectId, string code, string direction, string category, decimal quantity, string from, string to)
    {
        var response = await client.PostAsJsonAsync($"/api/corridors/{corridorId}/projects/{projectId}/lots", new
        {
            lotCode = code, direction, category, quantity, unit = "pcs", availableFrom = from, availableTo = to,
        }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }
}
