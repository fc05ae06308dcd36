using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Web.Tests.Infrastructure;

namespace Corridor.Web.Tests.Security;

/// <summary>Giving and taking roles through the members API (the same rules as the members page and <c>corridor user</c>).</summary>
public sealed class MemberTests
{
    static readonly JsonSerializerOptions Json = CorridorApiFactory.Json;

    [Fact]
    public async Task AddMember_Twice_KeepsOneMembership_WrongOrganisationIsRefused_AndTheLastDirectorStays()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var db_ = database;
        await using var factory_ = factory;
        using var director = await factory.CreateClientForAsync("boss@members.example");
        var corridor = await factory.CreateCorridorAsync(director, "members");
        var other = await factory.CreateCorridorAsync(director, "other");
        var org = (await (await director.PostAsJsonAsync($"/api/corridors/{corridor}/organisations", new { name = "Sloop BV" }, Json))
            .Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
        var elsewhere = (await (await director.PostAsJsonAsync($"/api/corridors/{other}/organisations", new { name = "Elders BV" }, Json))
            .Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
        var body = new { email = "p@sloop.example", password = "a long first password", role = "partner", organisationId = org };

        var first = await director.PostAsJsonAsync($"/api/corridors/{corridor}/members", body, Json);
        var again = await director.PostAsJsonAsync($"/api/corridors/{corridor}/members", body, Json);
        var foreign = await director.PostAsJsonAsync($"/api/corridors/{corridor}/members", body with { organisationId = elsewhere }, Json);
        var noPassword = await director.PostAsJsonAsync($"/api/corridors/{corridor}/members",
            new { email = "new@sloop.example", role = "partner", organisationId = org }, Json);
        var members = await director.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridor}/members", Json);
        var directorMembership = members.EnumerateArray().Single(m => m.GetProperty("role").GetString() == "chain_director").GetProperty("membershipId").GetInt32();
        var stepDown = await director.DeleteAsync($"/api/corridors/{corridor}/members/{directorMembership}");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, members.GetArrayLength()); // the director and one partner membership, not two
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("organisationId", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noPassword.StatusCode);
        Assert.Contains("password", await noPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, stepDown.StatusCode);
    }
}
