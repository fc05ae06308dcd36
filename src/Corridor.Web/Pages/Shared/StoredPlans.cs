using System.Text.Json;
using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Data.Planning;
using Corridor.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Pages.Shared;

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

/// <summary>The stored plans as the pages read them: the latest of a corridor, a plan's document and its match rows.</summary>
public static class StoredPlans
{
    public static Task<MatchPlan?> LatestAsync(CorridorDb db, int corridorId, CancellationToken ct) =>
        db.Plans.AsNoTracking().Where(p => p.CorridorId == corridorId).OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct);

    public static PlanDocument Document(MatchPlan plan) =>
        JsonSerializer.Deserialize<PlanDocument>(plan.Document, CorridorPlanner.Json)
        ?? throw new InvalidOperationException($"Plan {plan.Id} has no document.");

    static readonly MatchStatus[] Kept = [MatchStatus.Accepted, MatchStatus.Reserved, MatchStatus.Harvested, MatchStatus.InTransit, MatchStatus.AtHub, MatchStatus.Delivered, MatchStatus.Installed];

    /// <summary>
    /// The plan's matches in the order the plan stored them, after the agreed (and delivered or installed) matches of earlier
    /// plans of the corridor, which a new plan keeps in place rather than copying (docs/decisions/0009).
    /// </summary>
    public static Task<List<MatchLine>> MatchesAsync(CorridorDb db, int planId, CancellationToken ct) =>
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
