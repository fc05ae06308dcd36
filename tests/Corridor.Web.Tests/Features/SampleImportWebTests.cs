using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Data.Import;
using Corridor.Engine.Domain;
using Corridor.Web.Tests.Infrastructure;

namespace Corridor.Web.Tests.Features;

/// <summary>
/// The generated samples uploaded to the demo corridor through the API, as a chain director would: no errors, twice, no
/// new organisations the second time, and none of the imported projects says "Demo data" while the demo's own still do.
/// </summary>
public sealed class SampleImportWebTests
{
    static readonly JsonSerializerOptions Json = CorridorApiFactory.Json;

    [Fact]
    public async Task Samples_UploadedToTheDemoCorridorTwice_ImportCleanly_AndImportedProjectsAreNotLabelledDemo()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync(seedDemo: true);
        await using var _ = database;
        await using var __ = factory;
        using var client = await factory.CreateClientForAsync("director@corridor.demo");
        var corridorId = (await client.GetFromJsonAsync<JsonElement>("/api/corridors", Json))[0].GetProperty("id").GetInt32();
        var today = CorridorClock.Today(TimeProvider.System);
        MultipartFormDataContent Upload()
        {
            var content = new MultipartFormDataContent();
            foreach (var name in SampleFiles.ValidNames)
                content.Add(new ByteArrayContent(SampleFiles.Get(name, today).Bytes), "files", name);
            return content;
        }
        async Task<int> OrganisationsAsync() => (await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/organisations", Json)).GetArrayLength();

        var before = await OrganisationsAsync();
        var first = await client.PostAsync($"/api/corridors/{corridorId}/imports", Upload());
        var afterFirst = await OrganisationsAsync();
        var second = await client.PostAsync($"/api/corridors/{corridorId}/imports", Upload());

        Assert.True(first.StatusCode == HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        Assert.True(second.StatusCode == HttpStatusCode.OK, await second.Content.ReadAsStringAsync());
        var summary = (await first.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("summary");
        Assert.Equal((5, 10, 2, 0), (summary.GetProperty("projects").GetProperty("created").GetInt32(), summary.GetProperty("lots").GetProperty("created").GetInt32(),
            summary.GetProperty("hubs").GetProperty("created").GetInt32(), summary.GetProperty("hubs").GetProperty("updated").GetInt32()));
        Assert.Equal(before + 7, afterFirst);
        Assert.Equal(afterFirst, await OrganisationsAsync());
        var again = (await second.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("summary");
        Assert.Equal(0, again.GetProperty("projects").GetProperty("created").GetInt32() + again.GetProperty("projects").GetProperty("updated").GetInt32()
            + again.GetProperty("lots").GetProperty("created").GetInt32() + again.GetProperty("lots").GetProperty("updated").GetInt32()
            + again.GetProperty("hubs").GetProperty("created").GetInt32() + again.GetProperty("hubs").GetProperty("updated").GetInt32());

        var imported = await client.GetStringAsync($"/projects/AMF-SL-01?corridor={corridorId}");
        var demo = await client.GetStringAsync($"/projects/AMF-STADHUIS-SLOOP?corridor={corridorId}");
        var home = await client.GetStringAsync($"/?corridor={corridorId}");
        Assert.DoesNotContain("Demo data", imported, StringComparison.Ordinal);
        Assert.DoesNotContain("Demogegevens", imported, StringComparison.Ordinal);
        Assert.Contains("Demo data", demo, StringComparison.Ordinal);
        Assert.Contains("id=\"imported-note\"", home, StringComparison.Ordinal);
    }
}
