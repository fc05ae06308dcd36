using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Data;
using Corridor.Data.Accounts;
using Corridor.Data.Entities;
using Corridor.Engine.Domain;
using Corridor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.Features;

/// <summary>The match workflow through the API (docs/decisions/0009), on the provider CORRIDOR_TEST_PROVIDER names.</summary>
public sealed class WorkflowTests
{
    static readonly JsonSerializerOptions Json = CorridorApiFactory.Json;

    sealed record Setup(int CorridorId, int SupplyOrg, int DemandOrg, int HubId, int SupplyLot, IReadOnlyList<int> Matches);

    /// <summary>A corridor (directed by director@test.example) with a supplier, a receiver, a hub, one supply lot of 100 and <paramref name="matches"/> matches on it.</summary>
    static async Task<Setup> SeedAsync(CorridorApiFactory factory, HttpClient director, int matches, MatchStatus status, decimal quantity, bool viaHub)
    {
        var corridorId = await factory.CreateCorridorAsync(director);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CorridorDb>();
        var supplier = new Organisation { CorridorId = corridorId, Name = "Sloop BV", Type = OrganisationType.DemolitionContractor };
        var receiver = new Organisation { CorridorId = corridorId, Name = "Bouw BV", Type = OrganisationType.Contractor };
        var hub = new Hub { CorridorId = corridorId, Code = "HUB", Name = "Hub", Latitude = 52.2, Longitude = 5.4, StorageAreaM2 = 1000 };
        db.AddRange(supplier, receiver, hub);
        var from = new DateOnly(2027, 3, 1);
        var donor = new Project { CorridorId = corridorId, Code = "DONOR", Name = "Donor", Kind = ProjectKind.Demolition, Organisation = supplier, Latitude = 52.15, Longitude = 5.38, Start = from, End = from.AddDays(60) };
        var build = new Project { CorridorId = corridorId, Code = "BUILD", Name = "Build", Kind = ProjectKind.NewBuild, Organisation = receiver, Latitude = 52.25, Longitude = 5.45, Start = from.AddDays(30), End = from.AddDays(200) };
        var lot = new MaterialLot { CorridorId = corridorId, Project = donor, Code = "S1", Direction = LotDirection.Supply, CategoryKey = "hollow_core_slabs", Quantity = 100, Unit = QuantityUnit.M2, MassKg = 30000, AvailableFrom = from, AvailableTo = from.AddDays(60) };
        db.AddRange(donor, build, lot);
        var plan = new MatchPlan { CorridorId = corridorId, CreatedUtc = DateTime.UtcNow, Document = "{}" };
        for (var i = 0; i < matches; i++)
        {
            var need = new MaterialLot { CorridorId = corridorId, Project = build, Code = $"D{i}", Direction = LotDirection.Demand, CategoryKey = "hollow_core_slabs", Quantity = quantity, Unit = QuantityUnit.M2, MassKg = 300 * (double)quantity, AvailableFrom = from.AddDays(30), AvailableTo = from.AddDays(200) };
            plan.Matches.Add(new PlannedMatch { CorridorId = corridorId, SupplyLot = lot, DemandLot = need, Hub = viaHub ? hub : null, Quantity = quantity, MassKg = 300 * (double)quantity, PickupDate = from.AddDays(10), DeliveryDate = from.AddDays(40), Status = status, UpdatedUtc = DateTime.UtcNow });
        }
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return new Setup(corridorId, supplier.Id, receiver.Id, hub.Id, lot.Id, plan.Matches.Select(m => m.Id).ToList());
    }

    static async Task<JsonElement> MatchAsync(HttpClient client, int corridorId, int matchId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{corridorId}/matches/{matchId}", Json);

    static Task<HttpResponseMessage> MoveAsync(HttpClient client, int corridorId, int matchId, string action, int version, string? reason = null) =>
        client.PostAsJsonAsync($"/api/corridors/{corridorId}/matches/{matchId}/transitions", new { action, reason, version }, Json);

    [Fact]
    public async Task Transitions_ThroughAHub_EachByItsRole_ReachInstalled_WithOneAuditEntryEach_AndWrongRoleOrStaleVersionIsRefused()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var db_ = database;
        await using var factory_ = factory;
        using var director = await factory.CreateClientForAsync();
        var s = await SeedAsync(factory, director, 1, MatchStatus.Proposed, 40, viaHub: true);
        await factory.GrantAsync("sloop@test.example", s.CorridorId, CorridorRole.Partner, s.SupplyOrg);
        await factory.GrantAsync("bouw@test.example", s.CorridorId, CorridorRole.Partner, s.DemandOrg);
        await factory.GrantAsync("hub@test.example", s.CorridorId, CorridorRole.HubOperator, hubId: s.HubId);
        using var supplier = await factory.CreateClientForAsync("sloop@test.example");
        using var receiver = await factory.CreateClientForAsync("bouw@test.example");
        using var hubOperator = await factory.CreateClientForAsync("hub@test.example");
        var id = s.Matches[0];
        var c = s.CorridorId;

        Assert.Equal(["accept_supply", "reject"], (await MatchAsync(supplier, c, id)).GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(hubOperator, c, id, "accept_supply", 0)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(supplier, c, id, "accept_demand", 0)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await MoveAsync(supplier, c, id, "reject", 0)).StatusCode); // no reason

        var steps = new (HttpClient Who, string Action, string Status)[]
        {
            (supplier, "accept", "proposed"), (receiver, "accept", "accepted"), (receiver, "reserve", "reserved"), (supplier, "harvest", "harvested"),
            (supplier, "ship", "in_transit"), (hubOperator, "arrive_at_hub", "at_hub"), (hubOperator, "deliver", "delivered"), (receiver, "install", "installed"),
        };
        var version = 0;
        foreach (var (who, action, status) in steps)
        {
            if (action == "harvest")
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(receiver, c, id, "harvest", version)).StatusCode);
                var stale = await MoveAsync(supplier, c, id, "harvest", version - 1);
                Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
                var body = await stale.Content.ReadFromJsonAsync<JsonElement>(Json);
                Assert.Equal(version, body.GetProperty("current").GetProperty("version").GetInt32());
                Assert.Equal("reserved", body.GetProperty("current").GetProperty("status").GetString());
            }
            var response = await MoveAsync(who, c, id, action, version);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var view = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
            Assert.Equal(status, view.GetProperty("status").GetString());
            version = view.GetProperty("version").GetInt32();
        }

        var final = await MatchAsync(director, c, id);
        Assert.Equal("Sloop BV", final.GetProperty("supply").GetProperty("organisation").GetString());
        Assert.Equal("sloop@test.example", final.GetProperty("supply").GetProperty("acceptedBy").GetString());
        Assert.Equal("bouw@test.example", final.GetProperty("demand").GetProperty("acceptedBy").GetString());
        Assert.Empty(final.GetProperty("allowedActions").EnumerateArray());
        var audit = final.GetProperty("audit").EnumerateArray().ToList();
        Assert.Equal(steps.Select(x => x.Action == "accept" ? (x.Who == supplier ? "accept_supply" : "accept_demand") : x.Action), audit.Select(a => a.GetProperty("action").GetString()));
        Assert.Equal(steps.Select(x => x.Status), audit.Select(a => a.GetProperty("after").GetProperty("status").GetString()));
        Assert.Equal(["proposed", "proposed", "accepted", "reserved", "harvested", "in_transit", "at_hub", "delivered"], audit.Select(a => a.GetProperty("before").GetProperty("status").GetString()));
        Assert.Equal("hub@test.example", audit[6].GetProperty("userName").GetString());
        Assert.Equal(40m, audit[2].GetProperty("after").GetProperty("supplyLotReservedQuantity").GetDecimal());

        var partnerLog = await supplier.GetFromJsonAsync<JsonElement>($"/api/corridors/{c}/audit?entityType=match&pageSize=5", Json);
        Assert.Equal(8, partnerLog.GetProperty("total").GetInt32());
        Assert.Equal(5, partnerLog.GetProperty("items").GetArrayLength());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CorridorDb>();
        Assert.Equal(LotStatus.Stored, (await db.Lots.SingleAsync(l => l.Id == s.SupplyLot)).Status); // 40 of 100 delivered: the lot stays open
        var history = await db.LotHistory.Where(h => h.LotId == s.SupplyLot).OrderBy(h => h.Id).Select(h => h.Status).ToListAsync();
        Assert.Equal([LotStatus.Inventoried, LotStatus.Reserved, LotStatus.Harvested, LotStatus.Stored], history);
    }

    [Fact]
    public async Task Reserve_EightMatchesEachNeedingSixtyPercentOfOneLot_FiredTogether_ExactlyOneWins()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var db_ = database;
        await using var factory_ = factory;
        using var director = await factory.CreateClientForAsync();
        var s = await SeedAsync(factory, director, 8, MatchStatus.Accepted, 60, viaHub: false);

        var responses = await Task.WhenAll(s.Matches.Select(id => MoveAsync(director, s.CorridorId, id, "reserve", 0)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var loser = await responses.First(r => r.StatusCode == HttpStatusCode.Conflict).Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.StartsWith("Only 40 m2 of lot S1 is left", loser.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CorridorDb>();
        var lot = await db.Lots.SingleAsync(l => l.Id == s.SupplyLot);
        Assert.Equal(60m, lot.ReservedQuantity);
        Assert.Equal(LotStatus.Reserved, lot.Status);
        Assert.Equal(1, await db.Matches.CountAsync(m => m.Status == MatchStatus.Reserved));
        Assert.Equal(1, await db.AuditEntries.CountAsync());

        // Cancelling releases the reservation; then another match can have it.
        var winner = await db.Matches.SingleAsync(m => m.Status == MatchStatus.Reserved);
        Assert.NotNull(winner.ReservedUntilUtc);
        Assert.Equal(HttpStatusCode.BadRequest, (await MoveAsync(director, s.CorridorId, winner.Id, "cancel", winner.Version)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(director, s.CorridorId, winner.Id, "cancel", winner.Version, "receiver's project stopped")).StatusCode);
        var other = s.Matches.First(m => m != winner.Id);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(director, s.CorridorId, other, "reserve", 0)).StatusCode);
        db.ChangeTracker.Clear();
        Assert.Equal(60m, (await db.Lots.SingleAsync(l => l.Id == s.SupplyLot)).ReservedQuantity);
    }

    [Fact]
    public async Task Sweep_AfterTheReservationPeriod_CancelsTheUnharvestedReservation_ReleasesTheLot_AndAuditsIt()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync();
        await using var db_ = database;
        await using var factory_ = factory;
        using var director = await factory.CreateClientForAsync();
        var s = await SeedAsync(factory, director, 2, MatchStatus.Accepted, 40, viaHub: false);
        var c = s.CorridorId;
        foreach (var id in s.Matches)
            Assert.Equal(HttpStatusCode.OK, (await MoveAsync(director, c, id, "reserve", (await MatchAsync(director, c, id)).GetProperty("version").GetInt32())).StatusCode);
        var first = await MatchAsync(director, c, s.Matches[0]);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(director, c, s.Matches[1], "harvest", (await MatchAsync(director, c, s.Matches[1])).GetProperty("version").GetInt32())).StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Move the first reservation's end into the past, as if its period had run out.
            var db = scope.ServiceProvider.GetRequiredService<CorridorDb>();
            var m = await db.Matches.SingleAsync(x => x.Id == s.Matches[0]);
            m.ReservedUntilUtc = DateTime.UtcNow.AddDays(-1);
            await db.SaveChangesAsync();
        }

        var sweep = await director.PostAsync($"/api/corridors/{c}/notifications/sweep", null);

        Assert.Equal(HttpStatusCode.OK, sweep.StatusCode);
        Assert.Equal(1, (await sweep.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("reservationsExpired").GetInt32());
        var expired = await MatchAsync(director, c, s.Matches[0]);
        Assert.Equal("cancelled", expired.GetProperty("status").GetString());
        Assert.Contains("Reservation expired", expired.GetProperty("statusReason").GetString(), StringComparison.Ordinal);
        Assert.Equal("harvested", (await MatchAsync(director, c, s.Matches[1])).GetProperty("status").GetString());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CorridorDb>();
            Assert.Equal(40m, (await db.Lots.SingleAsync(l => l.Id == s.SupplyLot)).ReservedQuantity); // only the harvested match holds it
            Assert.Contains(await db.AuditEntries.Where(a => a.EntityId == s.Matches[0]).ToListAsync(), a => a.UserName == "system");
        }
        Assert.NotEqual(first.GetProperty("version").GetInt32(), expired.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Replan_AfterAProjectSlips_KeepsTheAgreedMatchInPlace_AndSupersedesAndReproposesTheRest()
    {
        var (factory, database) = await CorridorApiFactory.StartAsync(seedDemo: true);
        await using var db_ = database;
        await using var factory_ = factory;
        using var client = await factory.CreateClientForAsync("director@corridor.demo");
        var c = (await client.GetFromJsonAsync<JsonElement>("/api/corridors", Json))[0].GetProperty("id").GetInt32();
        var first = (await (await client.PostAsJsonAsync($"/api/corridors/{c}/plans", new { maxDistanceKm = 60 }, Json)).Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
        var rows = (await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{c}/plans/{first}/matches", Json)).EnumerateArray().ToList();
        var agreed = rows[0].GetProperty("id").GetInt32();
        var accepted = await MoveAsync(client, c, agreed, "accept", 0); // the director accepts for both sides
        Assert.Equal("accepted", (await accepted.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("status").GetString());
        var slipping = rows[1].GetProperty("demandLot").GetString()!.Split('/')[0];
        int projectId;
        await using (var scope = factory.Services.CreateAsyncScope())
            projectId = await scope.ServiceProvider.GetRequiredService<CorridorDb>().Projects.Where(p => p.Code == slipping).Select(p => p.Id).SingleAsync();
        var project = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{c}/projects/{projectId}", Json);
        var start = DateOnly.Parse(project.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        var patch = await client.PatchAsJsonAsync($"/api/corridors/{c}/projects/{projectId}", new { start = start.AddDays(21), reason = "permit delayed" }, Json);
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal(21, (await patch.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("lotsShiftedDays").GetInt32());
        using var hubOperator = await factory.CreateClientForAsync("hub@corridor.demo");
        var refused = await hubOperator.PatchAsJsonAsync($"/api/corridors/{c}/projects/{projectId}", new { start = start.AddDays(50) }, Json);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var second = (await (await client.PostAsJsonAsync($"/api/corridors/{c}/plans", new { maxDistanceKm = 60 }, Json)).Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();

        var kept = await MatchAsync(client, c, agreed);
        Assert.Equal("accepted", kept.GetProperty("status").GetString());
        Assert.Equal(first, kept.GetProperty("planId").GetInt32());
        var old = (await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{c}/plans/{first}/matches", Json)).EnumerateArray().Where(r => r.GetProperty("id").GetInt32() != agreed).ToList();
        Assert.All(old, r => Assert.Equal($"superseded by plan {second}", r.GetProperty("statusReason").GetString()));
        Assert.All(old, r => Assert.Equal("cancelled", r.GetProperty("status").GetString()));
        var fresh = (await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{c}/plans/{second}/matches", Json)).EnumerateArray().ToList();
        Assert.NotEmpty(fresh);
        Assert.All(fresh, r => Assert.Equal("proposed", r.GetProperty("status").GetString()));
        var document = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{c}/plans/{second}", Json);
        Assert.Contains(document.GetProperty("matches").EnumerateArray(), m => m.GetProperty("supplyLot").GetString() == rows[0].GetProperty("supplyLot").GetString()
            && m.GetProperty("demandLot").GetString() == rows[0].GetProperty("demandLot").GetString());
        var log = await client.GetFromJsonAsync<JsonElement>($"/api/corridors/{c}/audit?entityType=project&entityId={projectId}", Json);
        Assert.Equal("reschedule", log.GetProperty("items")[0].GetProperty("action").GetString());
        Assert.Equal("permit delayed", log.GetProperty("items")[0].GetProperty("reason").GetString());
    }
}
