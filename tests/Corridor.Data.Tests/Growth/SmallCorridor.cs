using Corridor.Data.Entities;
using Corridor.Engine.Domain;

namespace Corridor.Data.Tests.Growth;

/// <summary>
/// A hand-built corridor (today 2026-06-01): organisations A (demolition), B (contractor), C (idle since 2024);
/// donor projects P1 (A, lot L1 1 t), P2 (A, no lots), P4 (vacant, no organisation, lot L2 3 t), P5 (C, ended 2024, no lots);
/// receiver P3 (B, lot D1). Plan 1: L1→D1 through hub H (installed, 1 t) and L2→D1 direct (proposed, 3 t).
/// </summary>
internal sealed class SmallCorridor
{
    public static readonly DateOnly Today = new(2026, 6, 1);
    public static readonly DateTime Now = new(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc);

    public required CorridorRegion Corridor { get; init; }
    public required Organisation A { get; init; }
    public required Organisation B { get; init; }
    public required Organisation C { get; init; }
    public required Project P1 { get; init; }
    public required Project P3 { get; init; }
    public required Project P5 { get; init; }
    public required MaterialLot L1 { get; init; }
    public required MaterialLot L2 { get; init; }
    public required MaterialLot D1 { get; init; }
    public required MatchPlan Plan { get; init; }

    public static async Task<SmallCorridor> CreateAsync(CorridorDb db)
    {
        var corridor = new CorridorRegion { Code = "small", Name = "Small", CreatedUtc = Now };
        db.Corridors.Add(corridor);
        await db.SaveChangesAsync();
        Organisation Org(string name, OrganisationType type) => new() { CorridorId = corridor.Id, Name = name, Type = type };
        var (a, b, c) = (Org("A", OrganisationType.DemolitionContractor), Org("B", OrganisationType.Contractor), Org("C", OrganisationType.DemolitionContractor));
        db.Organisations.AddRange(a, b, c);
        await db.SaveChangesAsync();
        Project Proj(string code, ProjectKind kind, Organisation? org, DateOnly start, DateOnly end) => new()
        {
            CorridorId = corridor.Id, Code = code, Name = "Project " + code, Kind = kind, OrganisationId = org?.Id,
            Latitude = 52.15, Longitude = 5.38, Start = start, End = end, Status = ProjectStatus.Planned,
        };
        var p1 = Proj("P1", ProjectKind.Demolition, a, new(2026, 3, 1), new(2026, 9, 1));
        var p2 = Proj("P2", ProjectKind.Renovation, a, new(2026, 1, 1), new(2026, 12, 1));
        var p3 = Proj("P3", ProjectKind.NewBuild, b, new(2026, 8, 1), new(2027, 3, 1));
        var p4 = Proj("P4", ProjectKind.VacantBuilding, null, new(2027, 1, 1), new(2027, 6, 1));
        var p5 = Proj("P5", ProjectKind.Demolition, c, new(2024, 1, 1), new(2024, 3, 1));
        db.Projects.AddRange(p1, p2, p3, p4, p5);
        await db.SaveChangesAsync();
        MaterialLot Lot(Project p, string code, LotDirection dir, double kg, DateOnly from, DateOnly to) => new()
        {
            CorridorId = corridor.Id, ProjectId = p.Id, Code = code, Direction = dir, CategoryKey = "brick", Quantity = (decimal)kg,
            Unit = QuantityUnit.Kg, MassKg = kg, AvailableFrom = from, AvailableTo = to, Status = LotStatus.Inventoried,
        };
        var l1 = Lot(p1, "L1", LotDirection.Supply, 1000, new(2026, 5, 1), new(2026, 6, 20));
        var l2 = Lot(p4, "L2", LotDirection.Supply, 3000, new(2027, 1, 1), new(2027, 6, 1));
        var d1 = Lot(p3, "D1", LotDirection.Demand, 5000, new(2026, 8, 1), new(2027, 3, 1));
        db.Lots.AddRange(l1, l2, d1);
        var hub = new Hub { CorridorId = corridor.Id, Code = "H", Name = "Hub", Latitude = 52.1, Longitude = 5.4, StorageAreaM2 = 1000 };
        db.Hubs.Add(hub);
        await db.SaveChangesAsync();
        var plan = new MatchPlan { CorridorId = corridor.Id, CreatedUtc = Now, Document = "{}", MatchCount = 2 };
        PlannedMatch Match(MaterialLot s, MaterialLot d, Hub? h, double kg, MatchStatus status) => new()
        {
            CorridorId = corridor.Id, SupplyLotId = s.Id, DemandLotId = d.Id, HubId = h?.Id, Quantity = (decimal)kg, MassKg = kg,
            PickupDate = s.AvailableFrom, DeliveryDate = d.AvailableFrom, Status = status, UpdatedUtc = Now,
        };
        plan.Matches.Add(Match(l1, d1, hub, 1000, MatchStatus.Installed));
        plan.Matches.Add(Match(l2, d1, null, 3000, MatchStatus.Proposed));
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return new SmallCorridor { Corridor = corridor, A = a, B = b, C = c, P1 = p1, P3 = p3, P5 = p5, L1 = l1, L2 = l2, D1 = d1, Plan = plan };
    }
}
