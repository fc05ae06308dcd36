using System.Text;
using Corridor.Data.Entities;
using Corridor.Data.Inventory;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;
using Corridor.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Tests.Impact;

/// <summary>
/// A small corridor imported through the real pipeline, with two plans: the older one has an accepted doors match
/// (9,500 kg, 50 kg CO2e transport) and a proposed steel match; the latest one proposes 8,000 kg of steel (40 kg CO2e).
/// </summary>
internal static class ImpactFixture
{
    public const string Projects = """
        code,name,kind,latitude,longitude,start,end,gross_floor_area_m2,building_type,year_built,structure
        SLOOP-1,Kantoor Stadsring,demolition,52.1561,5.3878,2027-01-01,2027-06-30,4200,office,1972,concrete
        NB-1,Rijwoningen Vathorst,new_build,52.1950,5.4420,2027-05-01,2028-03-31,1000,rijwoning,,
        """;

    public const string Lots = """
        project_code,lot_code,direction,category,quantity,unit,mass_kg,available_from,available_to,quality,ewc,nl_sfb,description
        SLOOP-1,DEUREN,supply,doors,400,pcs,10000,2027-03-01,2027-03-31,A,17 02 01,32,Binnendeuren 83x211
        SLOOP-1,STAAL,supply,steel_beams,12,t,,2027-04-01,2027-05-31,B,17 04 05,28,HEA 200
        NB-1,DEUREN,demand,doors,380,pcs,9500,2027-09-01,2027-10-31,,,,
        NB-1,STAAL,demand,steel_beams,10,t,,2027-10-01,2027-11-30,,,,
        NB-1,ISOLATIE,demand,insulation_eps,1,t,,2027-10-01,2027-11-30,,,,
        """;

    public sealed record Seeded(int CorridorId, int DonorId, int ReceiverId, Dictionary<string, int> Lots, int AcceptedMatchId);

    public static async Task<Seeded> SeedAsync(TestDatabase tdb)
    {
        await using var db = tdb.Open();
        var corridor = new CorridorRegion { Code = "t", Name = "Test corridor", CreatedUtc = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc) };
        db.Corridors.Add(corridor);
        await db.SaveChangesAsync();
        var outcome = await InventoryImport.RunAsync(db, corridor.Id,
            [new ImportFile("projects.csv", Stream(Projects)), new ImportFile("lots.csv", Stream(Lots))], new CategoryIndex(ReferenceCatalog.Categories));
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors));

        var lots = await db.Lots.Include(l => l.Project).ToDictionaryAsync(l => l.Project!.Code + "/" + l.Code, l => l.Id);
        var projects = await db.Projects.ToDictionaryAsync(p => p.Code, p => p.Id);
        var older = Plan(corridor.Id, new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc),
            Match(corridor.Id, lots["SLOOP-1/DEUREN"], lots["NB-1/DEUREN"], 9500, 50, MatchStatus.Accepted),
            Match(corridor.Id, lots["SLOOP-1/STAAL"], lots["NB-1/STAAL"], 10000, 45, MatchStatus.Proposed));
        var latest = Plan(corridor.Id, new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            Match(corridor.Id, lots["SLOOP-1/STAAL"], lots["NB-1/STAAL"], 8000, 40, MatchStatus.Proposed),
            Match(corridor.Id, lots["SLOOP-1/DEUREN"], lots["NB-1/DEUREN"], 500, 5, MatchStatus.Rejected));
        db.Plans.AddRange(older, latest);
        await db.SaveChangesAsync();
        return new Seeded(corridor.Id, projects["SLOOP-1"], projects["NB-1"], lots, older.Matches[0].Id);
    }

    static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    static MatchPlan Plan(int corridorId, DateTime created, params PlannedMatch[] matches) => new()
    {
        CorridorId = corridorId,
        CreatedUtc = created,
        Document = """{"rules":{"vehicleClass":"articulated >33 t","vehicleCo2eKgPerTonneKm":0.078,"vehicleFactorIsEstimate":false,"detourFactor":1.3}}""",
        MatchCount = matches.Length,
        Matches = [.. matches],
    };

    static PlannedMatch Match(int corridorId, int supply, int demand, double kg, double transport, MatchStatus status) => new()
    {
        CorridorId = corridorId, SupplyLotId = supply, DemandLotId = demand, Quantity = 1, MassKg = kg,
        PickupDate = new DateOnly(2027, 4, 1), DeliveryDate = new DateOnly(2027, 9, 1), DistanceKm = 12,
        TransportCo2eKg = transport, Status = status, UpdatedUtc = new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };
}
