using System.Text.Json;
using Corridor.Data.Entities;
using Corridor.Data.Workflow;
using Corridor.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Planning;

/// <summary>One planned match as the pages show it: lots with their projects, the hub, figures and the current status.</summary>
public sealed record MatchLine(
    int Id, string SupplyProject, string SupplyProjectName, string SupplyLot, string DemandProject, string DemandProjectName, string DemandLot,
    string? Hub, string? HubName, string Category, decimal Quantity, QuantityUnit Unit, double MassKg, DateOnly PickupDate, DateOnly DeliveryDate,
    double DistanceKm, double TransportCo2eKg, double AvoidedCo2eKg, MatchStatus Status, string? StatusReason,
    double SupplyLat, double SupplyLon, double DemandLat, double DemandLon, double? HubLat, double? HubLon,
    int PlanId = 0, int Version = 0, int? HubId = null, int? SupplyOrganisationId = null, int? DemandOrganisationId = null,
    bool SupplyAccepted = false, bool DemandAccepted = false)
{
    /// <summary>Still proposed: accept / reject apply.</summary>
    public bool IsOpen => Status == MatchStatus.Proposed;
}

/// <summary>A stored plan's headline figures, newest first in <see cref="StoredPlans.ListAsync"/>.</summary>
public sealed record StoredPlanSummary(int Id, DateTime CreatedUtc, int Matches, double ReusedMassKg, double AvoidedCo2eKg, double NetCo2eKg, double OptimalityGapPercent);

/// <summary>The stored plans as the pages (and any other reader) see them: the list, one plan, its document, its match rows and their audit.</summary>
public static class StoredPlans
{
    /// <summary>The corridor's plans, newest first.</summary>
    public static Task<List<StoredPlanSummary>> ListAsync(CorridorDb db, int corridorId, CancellationToken ct = default) =>
        db.Plans.AsNoTracking().Where(p => p.CorridorId == corridorId).OrderByDescending(p => p.Id)
            .Select(p => new StoredPlanSummary(p.Id, p.CreatedUtc, p.MatchCount, p.ReusedMassKg, p.AvoidedCo2eKg, p.NetCo2eKg, p.OptimalityGapPercent))
            .ToListAsync(ct);

    /// <summary>One plan, or null.</summary>
    public static Task<MatchPlan?> FindAsync(CorridorDb db, int planId, CancellationToken ct = default) =>
        db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct);

    /// <summary>The corridor a match belongs to, or null when there is no such match.</summary>
    public static Task<int?> CorridorOfMatchAsync(CorridorDb db, int matchId, CancellationToken ct = default) =>
        db.Matches.Where(m => m.Id == matchId).Select(m => (int?)m.CorridorId).FirstOrDefaultAsync(ct);

    /// <summary>The audit trail of these matches of the corridor, oldest entry first, by match id.</summary>
    public static async Task<Dictionary<int, List<AuditEntry>>> AuditAsync(CorridorDb db, int corridorId, IReadOnlyCollection<int> matchIds, CancellationToken ct = default)
    {
        var ids = matchIds.ToList();
        return (await db.AuditEntries.AsNoTracking().Where(e => e.CorridorId == corridorId && e.EntityType == AuditLog.Match && ids.Contains(e.EntityId)).OrderBy(e => e.Id).ToListAsync(ct))
            .GroupBy(e => e.EntityId).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>Project names by code, for the plan's unmatched lots (the document names lots as project/lot).</summary>
    public static Task<Dictionary<string, string>> ProjectNamesAsync(CorridorDb db, int corridorId, CancellationToken ct = default) =>
        db.Projects.AsNoTracking().Where(p => p.CorridorId == corridorId).ToDictionaryAsync(p => p.Code, p => p.Name, ct);

    /// <summary>
    /// Validates a run request against the planner's limits and the corridor's rules of the game (both the API and the
    /// plans page): (field, message) pairs, empty when fine.
    /// </summary>
    public static async Task<IReadOnlyList<(string Field, string Message)>> CheckAsync(CorridorDb db, int corridorId, PlanRequest request, CancellationToken ct = default) =>
        CorridorPlanner.Validate(request).Concat(Rules.RulePlanning.Check(request, await Rules.RuleSets.CurrentAsync(db, corridorId, ct))).ToList();

    /// <summary>The corridor's newest plan, or null.</summary>
    public static Task<MatchPlan?> LatestAsync(CorridorDb db, int corridorId, CancellationToken ct = default) =>
        db.Plans.AsNoTracking().Where(p => p.CorridorId == corridorId).OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct);

    /// <summary>The stored plan's document.</summary>
    public static PlanDocument Document(MatchPlan plan) =>
        JsonSerializer.Deserialize<PlanDocument>(plan.Document, CorridorPlanner.Json)
        ?? throw new InvalidOperationException($"Plan {plan.Id} has no document.");

    static readonly MatchStatus[] Kept = [MatchStatus.Accepted, MatchStatus.Reserved, MatchStatus.Harvested, MatchStatus.InTransit, MatchStatus.AtHub, MatchStatus.Delivered, MatchStatus.Installed];

    /// <summary>
    /// The plan's matches in the order the plan stored them, after the agreed (and delivered or installed) matches of earlier
    /// plans of the corridor, which a new plan keeps in place rather than copying (docs/decisions/0009).
    /// </summary>
    public static Task<List<MatchLine>> MatchesAsync(CorridorDb db, int planId, CancellationToken ct = default) =>
        db.Matches.AsNoTracking()
            .Where(m => m.PlanId == planId || (m.PlanId < planId && Kept.Contains(m.Status) && m.CorridorId == db.Plans.Where(p => p.Id == planId).Select(p => p.CorridorId).First()))
            .OrderBy(m => m.PlanId).ThenBy(m => m.Id)
            .Select(m => new MatchLine(m.Id,
                m.SupplyLot!.Project!.Code, m.SupplyLot.Project.Name, m.SupplyLot.Code,
                m.DemandLot!.Project!.Code, m.DemandLot.Project.Name, m.DemandLot.Code,
                m.Hub != null ? m.Hub.Code : null, m.Hub != null ? m.Hub.Name : null,
                m.SupplyLot.CategoryKey, m.Quantity, m.SupplyLot.Unit, m.MassKg, m.PickupDate, m.DeliveryDate,
                m.DistanceKm, m.TransportCo2eKg, m.AvoidedCo2eKg, m.Status, m.StatusReason,
                m.SupplyLot.Project.Latitude, m.SupplyLot.Project.Longitude, m.DemandLot.Project.Latitude, m.DemandLot.Project.Longitude,
                m.Hub != null ? m.Hub.Latitude : null, m.Hub != null ? m.Hub.Longitude : null,
                m.PlanId, m.Version, m.HubId, m.SupplyLot.Project.OrganisationId, m.DemandLot.Project.OrganisationId,
                m.SupplyAcceptedUtc != null, m.DemandAcceptedUtc != null))
            .ToListAsync(ct);
}
