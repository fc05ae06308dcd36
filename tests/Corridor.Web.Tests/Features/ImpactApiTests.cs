using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Corridor.Data.Entities;
using Corridor.Engine.Domain;
using Corridor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Features;

/// <summary>Impact, targets, passports, estimates and reports through the real app (SQLite, or PostgreSQL with CORRIDOR_TEST_PROVIDER=postgres).</summary>
public sealed class ImpactApiTests : IAsyncLifetime
{
    CorridorApiFactory factory = null!;
    Corridor.Tests.Shared.TestDatabase database = null!;
    HttpClient client = null!;
    int corridorId;
    static readonly JsonSerializerOptions Json = CorridorApiFactory.Json;

    const string Projects = """
        code,name,kind,latitude,longitude,start,end,gross_floor_area_m2,building_type,year_built,structure
        SLOOP-1,Kantoor Stadsring,demolition,52.1561,5.3878,2027-01-01,2027-06-30,4200,office,1972,concrete
        NB-1,Rijwoningen Vathorst,new_build,52.1950,5.4420,2027-05-01,2028-03-31,1000,rijwoning,,
        """;

    const string Lots = """
        project_code,lot_code,direction,category,quantity,unit,mass_kg,available_from,available_to,quality,ewc,nl_sfb
        SLOOP-1,DEUREN,supply,doors,400,pcs,10000,2027-03-01,2027-03-31,A,17 02 01,32
        NB-1,DEUREN,demand,doors,380,pcs,9500,2027-09-01,2027-10-31,,,
        NB-1,STAAL,demand,steel_beams,10,t,,2027-10-01,2027-11-30,,,
        """;

    public async Task InitializeAsync()
    {
        (factory, database) = await CorridorApiFactory.StartAsync();
        client = await factory.CreateClientForAsync();
        corridorId = await factory.CreateCorridorAsync(client);
        var upload = new MultipartFormDataContent();
        foreach (var (name, text) in new[] { ("projects.csv", Projects), ("lots.csv", Lots) })
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            upload.Add(part, "files", name);
        }
        (await client.PostAsync($"/api/corridors/{corridorId}/imports", upload)).EnsureSuccessStatusCode();

        // An accepted match of 9,500 kg of doors with 50 kg CO2e of transport, as the matching engine would store it.
        await using var db = database.Open();
        var lots = await db.Lots.Include(l => l.Project).ToDictionaryAsync(l => l.Project!.Code + "/" + l.Code, l => l.Id);
        db.Plans.Add(new MatchPlan
        {
            CorridorId = corridorId, CreatedUtc = new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc), Document = "{}", MatchCount = 1,
            Matches =
            [
                new PlannedMatch
                {
                    CorridorId = corridorId, SupplyLotId = lots["SLOOP-1/DEUREN"], DemandLotId = lots["NB-1/DEUREN"], Quantity = 380, MassKg = 9500,
                    PickupDate = new DateOnly(2027, 3, 15), DeliveryDate = new DateOnly(2027, 9, 1), DistanceKm = 7, TransportCo2eKg = 50,
                    Status = MatchStatus.Accepted, UpdatedUtc = new DateTime(2027, 1, 2, 0, 0, 0, DateTimeKind.Utc),
                },
            ],
        });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

    async Task<int> IdAsync(string what, string code)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/{what}?pageSize=100", Json);
        var key = what == "lots" ? "lot" : "code";
        return page.GetProperty("items").EnumerateArray().Single(x => x.GetProperty(key).GetString() == code).GetProperty("id").GetInt32();
    }

    static double Value(JsonElement figure) => figure.GetProperty("value").GetDouble();

    [Fact]
    public async Task GetCorridorImpact_AcceptedMatch_GivesSplitsCarbonAndSources()
    {
        var a = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/impact", Json);

        // Input 9,500 + 10,000 kg; 9,500 reused → 48.72%. Net CO2: 9,500 × 0.395 − 50 = 3,702.5 kg.
        var input = a.GetProperty("input");
        Assert.Equal(19500, Value(input.GetProperty("totalKg")), 6);
        Assert.Equal(9500.0 / 19500 * 100, Value(input.GetProperty("circularInputPercent")), 6);
        var net = a.GetProperty("carbon").GetProperty("netAvoidedCo2eKg");
        Assert.Equal(3702.5, Value(net), 6);
        Assert.Equal("kg CO2e", net.GetProperty("unit").GetString());
        Assert.Contains("corridor-impact/1", net.GetProperty("method").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(net.GetProperty("sources").EnumerateArray());
        Assert.Equal("r3_reuse", a.GetProperty("rLadder")[0].GetProperty("step").GetString());
    }

    [Fact]
    public async Task GetImpact_PeriodAndScopes_FilterAndValidate()
    {
        var receiver = await IdAsync("projects", "NB-1");
        var lot = await IdAsync("lots", "SLOOP-1/DEUREN");

        var q4 = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/impact?from=2027-10-01&to=2027-12-31", Json);
        var project = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/projects/{receiver}/impact", Json);
        var lotAccount = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/lots/{lot}/impact", Json);
        var backwards = await client.GetAsync($"/api/corridors/{corridorId}/impact?from=2027-12-31&to=2027-01-01");
        var missing = await client.GetAsync($"/api/corridors/{corridorId}/projects/999999/impact");

        Assert.Equal(10000, Value(q4.GetProperty("input").GetProperty("totalKg")), 6);
        Assert.Equal(9500, Value(project.GetProperty("input").GetProperty("secondaryReused").GetProperty("kg")), 6);
        Assert.Equal(95, Value(lotAccount.GetProperty("output").GetProperty("availableForReuse").GetProperty("percent")), 6);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.True((await backwards.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors").TryGetProperty("to", out _));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Targets_PutInvalidThenValid_NamesFieldsThenReportsProgress()
    {
        var bad = await client.PutAsJsonAsync($"/api/corridors/{corridorId}/targets",
            new { targets = new object[] { new { metric = "happiness", value = 5, basis = "x" }, new { metric = "circular_input_percent", value = 140, basis = "" } } }, Json);
        var good = await client.PutAsJsonAsync($"/api/corridors/{corridorId}/targets",
            new { targets = new[] { new { metric = "secondary_input_kg", value = 19000.0, year = 2028, basis = "Council decision" } } }, Json);
        var receiver = await IdAsync("projects", "NB-1");
        var project = await client.PutAsJsonAsync($"/api/corridors/{corridorId}/projects/{receiver}/targets",
            new { targetCircularInputPercent = 60.0, targetCo2eKgPerM2 = (double?)null }, Json);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("targets[0].metric", out _));
        Assert.True(errors.TryGetProperty("targets[1].value", out _));
        Assert.True(errors.TryGetProperty("targets[1].basis", out _));
        var targets = (await good.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("targets").EnumerateArray().ToList();
        var reuse = targets.Single(t => t.GetProperty("metric").GetString() == "secondary_input_kg");
        Assert.Equal(50, reuse.GetProperty("actualOfTargetPercent").GetDouble(), 6);
        Assert.Contains(targets, t => t.GetProperty("isDefault").GetBoolean() && t.GetProperty("metric").GetString() == "primary_raw_material_reduction_percent");
        var projectTargets = (await project.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("targets").EnumerateArray().ToList();
        var circular = projectTargets.Single(t => t.GetProperty("metric").GetString() == "circular_input_percent");
        Assert.Equal((60.0, false, false), (circular.GetProperty("target").GetDouble(), circular.GetProperty("isDefault").GetBoolean(), circular.GetProperty("met").GetBoolean()));
        Assert.Contains(projectTargets, t => t.GetProperty("metric").GetString() == "material_co2e_kg_per_m2" && t.GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task Passport_ExportImportIntoAnotherCorridor_RoundTrips()
    {
        var lot = await IdAsync("lots", "SLOOP-1/DEUREN");
        var certificate = await client.PostAsJsonAsync($"/api/corridors/{corridorId}/lots/{lot}/certificates",
            new { kind = "Asbestos-free declaration", reference = "AV-42", issuedOn = "2027-02-01", validUntil = "2028-02-01", url = "https://example.org/av" }, Json);
        var exported = await client.GetStringAsync($"/api/corridors/{corridorId}/lots/{lot}/passport?download=true");
        var other = await factory.CreateCorridorAsync(client, "other");

        var dry = await client.PostAsync($"/api/corridors/{other}/passports?dryRun=true", new StringContent(exported, Encoding.UTF8, "application/json"));
        var imported = await client.PostAsync($"/api/corridors/{other}/passports", new StringContent(exported, Encoding.UTF8, "application/json"));
        var twice = await client.PostAsync($"/api/corridors/{other}/passports", new StringContent(exported, Encoding.UTF8, "application/json"));
        var otherLot = (await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{other}/lots", Json)).GetProperty("items")[0].GetProperty("id").GetInt32();
        var again = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{other}/lots/{otherLot}/passport", Json);

        Assert.Equal(HttpStatusCode.Created, certificate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.True((await twice.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors").TryGetProperty("elements[0].products[0].lotCode", out _));
        var original = JsonDocument.Parse(exported).RootElement.GetProperty("elements")[0].GetProperty("products")[0];
        var copy = again.GetProperty("elements")[0].GetProperty("products")[0];
        foreach (var field in new[] { "lotCode", "category", "quantity", "massKg", "quality", "ewc", "materials", "certificates", "origins", "embodiedCarbon" })
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(
                System.Text.Json.Nodes.JsonNode.Parse(original.GetProperty(field).GetRawText()), System.Text.Json.Nodes.JsonNode.Parse(copy.GetProperty(field).GetRawText())), field);
        var history = copy.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["created", "imported"], history);
    }

    [Fact]
    public async Task Passport_HtmlAndErrors_AreServed()
    {
        var donor = await IdAsync("projects", "SLOOP-1");
        var lot = await IdAsync("lots", "SLOOP-1/DEUREN");

        var html = await client.GetAsync($"/api/corridors/{corridorId}/projects/{donor}/passport?format=html");
        var badFormat = await client.GetAsync($"/api/corridors/{corridorId}/lots/{lot}/passport?format=pdf");
        var badJson = await client.PostAsync($"/api/corridors/{corridorId}/passports", new StringContent("{\"schema\":1}", Encoding.UTF8, "application/json"));
        var badCertificate = await client.PostAsJsonAsync($"/api/corridors/{corridorId}/lots/{lot}/certificates",
            new { kind = "", reference = "R", issuedOn = "2027-02-01", validUntil = "2026-01-01", url = "ftp://x" }, Json);

        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Material passport: Kantoor Stadsring (SLOOP-1)", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.True((await badJson.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors").TryGetProperty("$.schema", out _));
        var errors = (await badCertificate.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors");
        Assert.Equal(["kind", "url", "validUntil"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Estimate_FactsAndProject_PreviewThenWrite()
    {
        var donor = await IdAsync("projects", "SLOOP-1");
        var receiver = await IdAsync("projects", "NB-1");

        var facts = await client.PostAsJsonAsync("/api/estimates", new { buildingType = "school", yearBuilt = 1968, grossFloorAreaM2 = 2000, latitude = 52.1, longitude = 5.4 }, Json);
        var badFacts = await client.PostAsJsonAsync("/api/estimates", new { buildingType = "", grossFloorAreaM2 = 0 }, Json);
        var preview = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/projects/{donor}/estimate", Json);
        var lotsBefore = (await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/lots", Json)).GetProperty("total").GetInt32();
        var written = await client.PostAsJsonAsync($"/api/corridors/{corridorId}/projects/{donor}/estimate", new { }, Json);
        var lotsAfter = (await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/lots?direction=supply", Json));
        var newBuild = await client.PostAsJsonAsync($"/api/corridors/{corridorId}/projects/{receiver}/estimate?dryRun=true", new { }, Json);

        Assert.Equal(HttpStatusCode.OK, facts.StatusCode);
        Assert.Contains("NR_civic", (await facts.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("estimate").GetProperty("selection").GetString(), StringComparison.Ordinal);
        var errors = (await badFacts.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("buildingType", out _) && errors.TryGetProperty("grossFloorAreaM2", out _));
        Assert.True(preview.GetProperty("dryRun").GetBoolean());
        var count = preview.GetProperty("lots").GetArrayLength();
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        Assert.Equal(count, (await written.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("written").GetProperty("created").GetInt32());
        Assert.Equal(lotsBefore + count, lotsAfter.GetProperty("total").GetInt32() + 2);
        Assert.Equal(HttpStatusCode.BadRequest, newBuild.StatusCode);
    }

    [Fact]
    public async Task CouncilReport_PdfAndGerman_AreServed()
    {
        var pdf = await client.GetAsync($"/api/corridors/{corridorId}/reports/council?from=2027-01-01&to=2027-12-31&format=pdf");
        var german = await client.GetAsync($"/api/corridors/{corridorId}/reports/council?from=2027-01-01&to=2027-12-31&culture=de");
        var unknown = await client.GetAsync($"/api/corridors/{corridorId}/reports/council?culture=xx");

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("council-report-test-2027-01-01-2027-12-31.pdf", pdf.Content.Headers.ContentDisposition!.FileNameStar ?? pdf.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("%PDF", Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
        var html = await german.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains("Im Vergleich zu den Zielen", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors").TryGetProperty("culture", out _));
    }

    [Fact]
    public async Task Passport_German_AndLanguageCookie()
    {
        var donor = await IdAsync("projects", "SLOOP-1");
        var lot = await IdAsync("lots", "SLOOP-1/DEUREN");

        var german = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/api/corridors/{corridorId}/projects/{donor}/passport?format=html&culture=de"));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/corridors/{corridorId}/lots/{lot}/passport?format=html");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dnl%7Cuic%3Dnl");
        var dutch = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("Materialpass: Kantoor Stadsring (SLOOP-1)", german, StringComparison.Ordinal);
        Assert.Contains("Gebäude", german, StringComparison.Ordinal);
        Assert.Contains("Materialenpaspoort: Kantoor Stadsring (SLOOP-1)", dutch, StringComparison.Ordinal);
        Assert.Contains("Productpaspoort (één partij)", System.Net.WebUtility.HtmlDecode(dutch), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CouncilReportPage_InTheLayout_LinksToHtmlAndPdf()
    {
        var page = await client.GetAsync($"/reports/council?corridor={corridorId}&from=2027-01-01&to=2027-12-31&culture=de");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("<main", html, StringComparison.Ordinal);
        Assert.Contains("Im Vergleich zu den Zielen", html, StringComparison.Ordinal);
        Assert.Contains($"/api/corridors/{corridorId}/reports/council?format=pdf&from=2027-01-01&to=2027-12-31&culture=de", html, StringComparison.Ordinal);
        Assert.Contains($"/api/corridors/{corridorId}/reports/council?format=html&from=2027-01-01&to=2027-12-31&culture=de", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CouncilReport_EachFormat_HasItsContentType()
    {
        var html = await client.GetAsync($"/api/corridors/{corridorId}/reports/council?from=2027-01-01&to=2027-12-31");
        var csv = await client.GetAsync($"/api/corridors/{corridorId}/reports/council?from=2027-01-01&to=2027-12-31&format=csv");
        var xlsx = await client.GetAsync($"/api/corridors/{corridorId}/reports/council?format=xlsx");
        var bad = await client.GetAsync($"/api/corridors/{corridorId}/reports/council?format=doc&from=2027-02-01&to=2027-01-01");

        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<svg", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains(",primary_material_avoided,9500,kg,", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("council-report-test-2027-01-01-2027-12-31.csv", csv.Content.Headers.ContentDisposition!.FileNameStar ?? csv.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("PK", Encoding.ASCII.GetString((await xlsx.Content.ReadAsByteArrayAsync())[..2]));
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("format", out _) && errors.TryGetProperty("to", out _));
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheImpactEndpoints()
    {
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Json);

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/corridors/{corridorId}/impact", paths);
        Assert.Contains("/api/corridors/{corridorId}/projects/{projectId}/estimate", paths);
        Assert.Contains("/api/corridors/{corridorId}/lots/{lotId}/passport", paths);
        Assert.Contains("/api/corridors/{corridorId}/reports/council", paths);
        Assert.Contains("/api/estimates", paths);
    }
}
