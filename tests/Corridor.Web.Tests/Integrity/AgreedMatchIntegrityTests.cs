using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Engine.Domain;
using Corridor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.Integrity;

/// <summary>
/// Issue 13 (1): one partner's spreadsheet may not stop a corridor. A re-import that would leave a lot below what its
/// agreed matches use is a row error, and planning answers a conflict (409 with what to resolve), never a 500.
/// </summary>
public sealed class AgreedMatchIntegrityTests
{
    static readonly JsonSerializerOptions Json = CorridorApiFactory.Json;

    const string Projects = "code,name,kind,latitude,longitude,start,end\nDONOR,Sloop school,demolition,52.15,5.38,2027-01-01,2027-06-30\nBUILD,Nieuwbouw,new_build,52.20,5.40,2027-01-01,2027-12-31\n";

    static string Lots(int supplyQuantity) =>
        "project_code,lot_code,direction,category,quantity,unit,available_from,available_to\n" +
        $"DONOR,S1,supply,doors,{supplyQuantity},pcs,2027-03-01,2027-03-31\n" +
        "BUILD,D1,demand,doors,300,pcs,2027-03-01,2027-09-30\n";

    static MultipartFormDataContent Upload(string lots)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, text) in new[] { ("projects.csv", Projects), ("lots.csv", lots) })
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            content.Add(part, "files", name);
        }
        return content;
    }

    /// <summary>Imports the two projects and lots (400 doors offered), then records an agreed match of 240 doors between them.</summary>
    static async Task<(int Corridor, int Match)> SeedAsync(CorridorApiFactory factory, HttpClient director, MatchStatus status = MatchStatus.Reserved)
    {
        var corridorId = await factory.CreateCorridorAsync(director);
        (await director.PostAsync($"/api/corridors/{corridorId}/imports", Upload(Lots(400)))).EnsureSuccessStatusCode();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CorridorDb>();
        var supply = await db.Lots.SingleAsync(l => l.CorridorId == corridorId && l.Code == "S1");
        var demand = await db.Lots.SingleAsync(l => l.CorridorId == corridorId && l.Code == "D1");
        var plan = new MatchPlan { CorridorId = corridorId, CreatedUtc = DateTime.UtcNow, Document = "{}" };
        var match = new PlannedMatch
        {
            CorridorId = corridorId, SupplyLotId = supply.Id, DemandLotId = demand.Id, Quantity = 240, MassKg = 240 * 25,
            PickupDate = new DateOnly(2027, 3, 10), DeliveryDate = new DateOnly(2027, 3, 12), Status = status, UpdatedUtc = DateTime.UtcNow,
        };
        plan.Matches.Add(match);
        db.Plans.Add(plan);
        supply.ReservedQuantity = status == MatchStatus.Reserved ? 240 : 0;
        await db.SaveChangesAsync();
        return (corridorId, match.Id);
    }

    [Fact]
    public async Task Reimport_BelowTheAgreedQuantity_IsARowErrorNamingTheMatch_AndChangesNothing()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var _ = database;
        await using var __ = factory;
        using var director = await factory.CreateClientForAsync();
        var (corridorId, matchId) = await SeedAsync(factory, director);

        var response = await director.PostAsync($"/api/corridors/{corridorId}/imports", Upload(Lots(100)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors").EnumerateArray());
        Assert.Equal(("lots.csv", 2, "quantity", "100"), (error.GetProperty("file").GetString(), error.GetProperty("row").GetInt32(),
            error.GetProperty("column").GetString(), error.GetProperty("value").GetString()));
        var message = error.GetProperty("message").GetString()!;
        Assert.Contains($"match {matchId}", message, StringComparison.Ordinal);
        Assert.Contains("240", message, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CorridorDb>();
        Assert.Equal(400m, (await db.Lots.SingleAsync(l => l.CorridorId == corridorId && l.Code == "S1")).Quantity);

        // Down to exactly what is agreed is fine, and planning keeps working.
        Assert.Equal(HttpStatusCode.OK, (await director.PostAsync($"/api/corridors/{corridorId}/imports", Upload(Lots(240)))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await director.PostAsJsonAsync($"/api/corridors/{corridorId}/plans", new { }, Json)).StatusCode);
    }

    [Fact]
    public async Task Reimport_ChangingTheUnitOfALotWithAgreedMatches_IsARowError()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var _ = database;
        await using var __ = factory;
        using var director = await factory.CreateClientForAsync();
        var (corridorId, _) = await SeedAsync(factory, director, MatchStatus.Accepted);

        var response = await director.PostAsync($"/api/corridors/{corridorId}/imports", Upload(Lots(400).Replace("400,pcs", "400,kg", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors").EnumerateArray());
        Assert.Equal("unit", error.GetProperty("column").GetString());
    }

    [Theory]
    [InlineData("shrunk")]
    [InlineData("disposed")]
    public async Task Plan_WhenAnAgreedMatchCannotBeKept_Answers409WithTheConflict_NotA500(string how)
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var _ = database;
        await using var __ = factory;
        using var director = await factory.CreateClientForAsync();
        var (corridorId, matchId) = await SeedAsync(factory, director);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Data that got there some other way (an older version, a direct edit): the planner must still not fail.
            var db = scope.ServiceProvider.GetRequiredService<CorridorDb>();
            var lot = await db.Lots.SingleAsync(l => l.CorridorId == corridorId && l.Code == "S1");
            if (how == "shrunk") lot.Quantity = 100; else lot.Status = LotStatus.Disposed;
            await db.SaveChangesAsync();
        }

        var response = await director.PostAsJsonAsync($"/api/corridors/{corridorId}/plans", new { }, Json);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var conflict = Assert.Single(problem.GetProperty("conflicts").EnumerateArray());
        Assert.Equal(matchId, conflict.GetProperty("matchId").GetInt32());
        Assert.Equal("DONOR/S1", conflict.GetProperty("supplyLot").GetString());
        Assert.Contains(how == "shrunk" ? "has 100 pcs" : "not open for planning", conflict.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
