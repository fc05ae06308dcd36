using Corridor.Data;
using Corridor.Data.Workflow;
using Corridor.Engine.Domain;
using Corridor.Engine.Workflow;
using Corridor.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Workflow;

internal sealed record SideView(string? Organisation, DateTime? AcceptedUtc, string? AcceptedBy);

internal sealed record AuditView(long Id, DateTime AtUtc, int? UserId, string? UserName, string EntityType, int EntityId, string Action,
    System.Text.Json.JsonElement? Before, System.Text.Json.JsonElement? After, string? Reason);

internal sealed record MatchView(
    int Id, int PlanId, MatchStatus Status, int Version, string? StatusReason, string SupplyLot, string DemandLot, string? Hub,
    decimal Quantity, string Unit, DateOnly PickupDate, DateOnly DeliveryDate, SideView Supply, SideView Demand, DateTime? ReservedUntilUtc,
    decimal SupplyLotQuantity, decimal SupplyLotReservedQuantity, int SupplyLotVersion, IReadOnlyList<string> AllowedActions, IReadOnlyList<AuditView> Audit);

/// <summary>A match as the API and the plan page show it: state, both acceptances, what the caller may do, the audit trail.</summary>
internal static class MatchViews
{
    public static WorkflowActor Workflow(this CorridorActor actor, int corridorId) =>
        new(actor.UserId, actor.Name, actor.IsDirector(corridorId), actor.OrganisationIds(corridorId), actor.HubIds(corridorId));

    public static async Task<MatchView?> LoadAsync(CorridorDb db, int corridorId, int matchId, CorridorActor actor, CancellationToken ct)
    {
        var m = await db.Matches.AsNoTracking().Where(x => x.CorridorId == corridorId && x.Id == matchId)
            .Select(x => new
            {
                x.Id, x.PlanId, x.Status, x.Version, x.StatusReason, x.HubId, Hub = x.Hub != null ? x.Hub.Code : null, x.Quantity, x.PickupDate, x.DeliveryDate,
                x.SupplyAcceptedUtc, x.SupplyAcceptedBy, x.DemandAcceptedUtc, x.DemandAcceptedBy, x.ReservedUntilUtc,
                SupplyLot = x.SupplyLot!.Project!.Code + "/" + x.SupplyLot.Code, DemandLot = x.DemandLot!.Project!.Code + "/" + x.DemandLot.Code,
                x.SupplyLot.Unit, SupplyQty = x.SupplyLot.Quantity, x.SupplyLot.ReservedQuantity, SupplyVersion = x.SupplyLot.Version,
                SupplyOrgId = x.SupplyLot.Project.OrganisationId, SupplyOrg = x.SupplyLot.Project.Organisation != null ? x.SupplyLot.Project.Organisation.Name : null,
                DemandOrgId = x.DemandLot.Project.OrganisationId, DemandOrg = x.DemandLot.Project.Organisation != null ? x.DemandLot.Project.Organisation.Name : null,
            }).FirstOrDefaultAsync(ct);
        if (m is null) return null;
        var roles = MatchTransitions.RolesOf(actor.Workflow(corridorId), m.SupplyOrgId, m.DemandOrgId, m.HubId);
        var allowed = MatchWorkflow.Allowed(m.Status, m.HubId is not null, roles, m.SupplyAcceptedUtc is not null, m.DemandAcceptedUtc is not null)
            .Select(MatchWorkflow.Name).ToList();
        var audit = (await AuditLog.ForAsync(db, corridorId, AuditLog.Match, matchId, ct)).Select(ToView).ToList();
        return new MatchView(m.Id, m.PlanId, m.Status, m.Version, m.StatusReason, m.SupplyLot, m.DemandLot, m.Hub, m.Quantity,
            Vocab.ToSnake(m.Unit.ToString()), m.PickupDate, m.DeliveryDate, new SideView(m.SupplyOrg, m.SupplyAcceptedUtc, m.SupplyAcceptedBy),
            new SideView(m.DemandOrg, m.DemandAcceptedUtc, m.DemandAcceptedBy), m.ReservedUntilUtc, m.SupplyQty, m.ReservedQuantity, m.SupplyVersion, allowed, audit);
    }

    public static AuditView ToView(AuditEntry e) =>
        new(e.Id, e.AtUtc, e.UserId, e.UserName, e.EntityType, e.EntityId, e.Action, Parse(e.Before), Parse(e.After), e.Reason);

    static System.Text.Json.JsonElement? Parse(string? json) =>
        json is null ? null : System.Text.Json.JsonDocument.Parse(json).RootElement.Clone();
}
