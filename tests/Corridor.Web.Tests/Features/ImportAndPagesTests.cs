using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Corridor.Web.Tests.Infrastructure;

namespace Corridor.Web.Tests.Features;

public sealed class ImportAndPagesTests
{
    static readonly JsonSerializerOptions Json = CorridorApiFactory.Json;

    const string Projects = "code,name,kind,latitude,longitude,start,end\nP1,Sloop school,demolition,52.15,5.38,2027-01-01,2027-06-30\n";
    const string Lots = "project_code,lot_code,direction,category,quantity,unit,available_from,available_to\nP1,L1,supply,doors,40,pcs,2027-03-01,2027-03-31\nP1,L2,supply,bricks,20000,pcs,2027-04-01,2027-05-31\n";

    [Fact]
    public async Task Import_ValidUpload_ReturnsCountsAndStoresLots_ReimportChangesNothing()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var _ = database;
        await using var __ = factory;
        using var client = await factory.CreateClientForAsync();
        var id = await factory.CreateCorridorAsync(client);

        var first = await client.PostAsync($"/api/corridors/{id}/imports", Upload(("projects.csv", Projects), ("lots.csv", Lots)));
        var second = await client.PostAsync($"/api/corridors/{id}/imports", Upload(("projects.csv", Projects), ("lots.csv", Lots)));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var summary = (await first.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("lots").GetProperty("created").GetInt32());
        var again = (await second.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("summary");
        Assert.Equal(0, again.GetProperty("lots").GetProperty("created").GetInt32());
        Assert.Equal(2, again.GetProperty("lots").GetProperty("unchanged").GetInt32());
        var lots = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{id}/lots", Json);
        Assert.Equal(2, lots.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_FileWithBadRows_Returns422ListingEveryErrorAndWritesNothing()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var _ = database;
        await using var __ = factory;
        using var client = await factory.CreateClientForAsync();
        var id = await factory.CreateCorridorAsync(client);
        var bad = Lots.Replace("doors,40", "doorz,40", StringComparison.Ordinal).Replace("2027-05-31", "31-02-2027", StringComparison.Ordinal);

        var response = await client.PostAsync($"/api/corridors/{id}/imports", Upload(("projects.csv", Projects), ("lots.csv", bad)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("file").GetString(), e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Contains(("lots.csv", 2, "category"), errors);
        Assert.Contains(("lots.csv", 3, "available_to"), errors);
        var projects = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{id}/projects", Json);
        Assert.Equal(0, projects.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_NoFile_Returns400()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var _ = database;
        await using var __ = factory;
        using var client = await factory.CreateClientForAsync();
        var id = await factory.CreateCorridorAsync(client);

        var response = await client.PostAsync($"/api/corridors/{id}/imports", new MultipartFormDataContent());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Import_AsTheProjectPageDoes_NamesFilesWithoutFolderAndSkipsEmptyParts()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var _ = database;
        await using var __ = factory;
        using var client = await factory.CreateClientForAsync();
        var id = await factory.CreateCorridorAsync(client);
        var bad = Lots.Replace("doors,40", "doorz,40", StringComparison.Ordinal);

        // Uploads (Infrastructure) is shared with the project page: a folder the browser sends is dropped, an empty part is no file.
        var named = await client.PostAsync($"/api/corridors/{id}/imports", Upload(("projects.csv", Projects), ("exports/lots.csv", bad)));
        var empty = await client.PostAsync($"/api/corridors/{id}/imports", Upload(("empty.csv", "")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, named.StatusCode);
        var files = (await named.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("file").GetString()).ToList();
        Assert.Contains("lots.csv", files);
        Assert.DoesNotContain("exports/lots.csv", files);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task FirstRun_DefaultSettings_SeedsTheDemoCorridorShownOnTheFirstPage()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync(seedDemo: true);
        await using var _ = database;
        await using var __ = factory;
        using var client = await factory.CreateClientForAsync("director@corridor.demo");

        var corridors = await client.GetFromJsonAsync<JsonElement>("/api/corridors", Json);
        var html = await client.GetStringAsync("/");

        var demo = Assert.Single(corridors.EnumerateArray());
        Assert.True(demo.GetProperty("isDemo").GetBoolean());
        Assert.True(demo.GetProperty("projects").GetInt32() >= 30);
        Assert.True(demo.GetProperty("hubs").GetInt32() >= 2);
        var projects = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{demo.GetProperty("id").GetInt32()}/projects?pageSize=1000", Json);
        foreach (var p in projects.GetProperty("items").EnumerateArray())
            Assert.Contains(WebUtility.HtmlEncode(p.GetProperty("name").GetString()!), html, StringComparison.Ordinal);
        Assert.Contains("Demo data", html, StringComparison.Ordinal);
        var supply = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{demo.GetProperty("id").GetInt32()}/lots?direction=supply&pageSize=5", Json);
        Assert.All(supply.GetProperty("items").EnumerateArray(), l => Assert.True(l.GetProperty("massIsEstimated").GetBoolean()));
    }

    static MultipartFormDataContent Upload(params (string Name, string Text)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, text) in files)
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            content.Add(part, "files", name);
        }
        return content;
    }
}
