using Corridor.Web.Infrastructure.Security;
using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Data.Planning;
using Corridor.Engine.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Corridor.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Plans;

internal sealed record MatchRow(
    int Id, string SupplyLot, string DemandLot, string? Hub, string Category, decimal Quantity, string Unit, double MassKg,
    DateOnly PickupDate, DateOnly DeliveryDate, double DistanceKm, double TransportCo2eKg, double AvoidedCo2eKg,
    MatchStatus Status, string? StatusReason, double SupplyLatitude, double SupplyLongitude, double DemandLatitude, double DemandLongitude,
    double? HubLatitude, double? HubLongitude);

internal sealed record MatchDecision(string Status, string? Reason);

internal static class PlanEndpoints
{
    public static RouteGroupBuilder MapPlans(this IEndpointRouteBuilder app)
    {
        var group = app.MapCorridorGroup().WithTags("Plans");
        group.MapPost("/plans", Create).WithName("CreatePlan").Allow(Access.Director)
            .WithSummary("Run the matching engine on the corridor and store the plan (matches, hub occupancy, unmatched lots, totals with lower bound and gap)")
            .Produces(StatusCodes.Status201Created, contentType: "application/json").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/plans", List).WithName("ListPlans").Allow(Access.Public).WithSummary("Stored plans, newest first, with their headline figures");
        group.MapGet("/plans/{planId:int}", Get).WithName("GetPlan").Allow(Access.Public).WithSummary("One stored plan as its full JSON document")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        group.MapGet("/plans/{planId:int}/matches", Matches).WithName("ListPlanMatches").Allow(Access.Public).WithSummary("A plan's matches with their ids, statuses and coordinates");
        group.MapPost("/matches/{matchId:int}/decision", Decide).WithName("DecideMatch").Allow(Access.Partner)
            .WithSummary("Accept or reject a proposed match (status accepted or rejected, with an optional reason)");
        return group;
    }

    static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> Create(int corridorId, CorridorDb db, TimeProvider time, CancellationToken ct, PlanRequest? request = null)
    {
        request ??= new PlanRequest();
        var invalid = await StoredPlans.CheckAsync(db, corridorId, request, ct);
        if (invalid.Count > 0)
        {
            var errors = new FieldErrors();
            foreach (var (field, message) in invalid) errors.Add(field, message);
            return errors.Problem();
        }
        MatchPlan stored;
        try
        {
            (stored, _, _) = await CorridorPlanner.RunAsync(db, corridorId, request, time, ct: ct);
        }
        catch (PlanConflictException e)
        {
            return TypedResults.Problem(title: "Agreed matches conflict with the lots", statusCode: StatusCodes.Status409Conflict,
                detail: "The plan must keep every agreed match, and these cannot be kept; resolve them and plan again.",
                extensions: new Dictionary<string, object?> { ["conflicts"] = e.Conflicts });
        }
        return TypedResults.Content(stored.Document, "application/json", statusCode: StatusCodes.Status201Created);
    }

    /// <summary>The same list as the plan page shows (<see cref="StoredPlans.ListAsync"/>).</summary>
    static async Task<Results<Ok<List<StoredPlanSummary>>, ProblemHttpResult>> List(int corridorId, CorridorDb db, CorridorActor actor, CancellationToken ct)
    {
        if (await RuleVisibility.RefusePlansAsync(db, actor, corridorId, ct) is { } refused) return refused;
        return TypedResults.Ok(await StoredPlans.ListAsync(db, corridorId, ct));
    }

    static async Task<Results<ContentHttpResult, NotFound, ProblemHttpResult>> Get(int corridorId, int planId, CorridorDb db, CorridorActor actor, CancellationToken ct)
    {
        if (await RuleVisibility.RefusePlansAsync(db, actor, corridorId, ct) is { } refused) return refused;
        if (await db.Plans.Where(p => p.CorridorId == corridorId && p.Id == planId).Select(p => p.Document).FirstOrDefaultAsync(ct) is not { } json)
            return TypedResults.NotFound();
        return TypedResults.Content(json, "application/json");
    }

    static async Task<Results<Ok<List<MatchRow>>, NotFound, ProblemHttpResult>> Matches(int corridorId, int planId, CorridorDb db, CorridorActor actor, CancellationToken ct)
    {
        if (await RuleVisibility.RefusePlansAsync(db, actor, corridorId, ct) is { } refused) return refused;
        if (!await db.Plans.AnyAsync(p => p.CorridorId == corridorId && p.Id == planId, ct)) return TypedResults.NotFound();
        var rows = await db.Matches.Where(m => m.PlanId == planId).OrderBy(m => m.Id)
            .Select(m => new MatchRow(m.Id, m.SupplyLot!.Project!.Code + "/" + m.SupplyLot.Code, m.DemandLot!.Project!.Code + "/" + m.DemandLot.Code,
                m.Hub != null ? m.Hub.Code : null, m.SupplyLot.CategoryKey, m.Quantity, m.SupplyLot.Unit.ToString().ToLower(), m.MassKg,
                m.PickupDate, m.DeliveryDate, m.DistanceKm, m.TransportCo2eKg, m.AvoidedCo2eKg, m.Status, m.StatusReason,
                m.SupplyLot.Project.Latitude, m.SupplyLot.Project.Longitude, m.DemandLot.Project.Latitude, m.DemandLot.Project.Longitude,
                m.Hub != null ? m.Hub.Latitude : null, m.Hub != null ? m.Hub.Longitude : null))
            .ToListAsync(ct);
        return TypedResults.Ok(rows);
    }

    /// <summary>The first API: accepted → "accept" (every side the caller may still accept for), rejected → "reject"; through the workflow rules.</summary>
    static async Task<Results<Ok<Workflow.MatchView>, NotFound, ValidationProblem, ProblemHttpResult>> Decide(int corridorId, int matchId, MatchDecision decision, CorridorDb db, TimeProvider time,
        CorridorActor actor, CancellationToken ct)
    {
        var status = MatchDecisions.Parse(decision.Status);
        if (status is null)
        {
            var errors = new FieldErrors();
            errors.Add("status", "Must be accepted or rejected.");
            return errors.Problem();
        }
        var (action, reason) = MatchDecisions.Step(status.Value, decision.Reason);
        return await Workflow.WorkflowEndpoints.RunAsync(db, corridorId, matchId, action, reason, null, actor, time, wrongStateIsBadRequest: true, ct);
    }
}
