using Corridor.Data;
using Corridor.Data.Workflow;
using Corridor.Web.Infrastructure;
using Corridor.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Workflow;

internal sealed record TransitionRequest(string? Action, string? Reason, int? Version);

internal sealed record ProjectPatch(DateOnly? Start, DateOnly? End, bool? ShiftLots, string? Reason);

/// <summary>A rescheduled project: its new dates, how far and how many of its lots moved, how many were told.</summary>
internal sealed record RescheduleResponse(int Id, string Code, DateOnly Start, DateOnly End, int LotsShiftedDays, int LotsShifted, int Notified);

/// <summary>The audit log's query string: filter by entity type and id; paging.</summary>
internal sealed record AuditQuery(string? EntityType = null, int? EntityId = null, int? Page = null, int? PageSize = null);

/// <summary>The match workflow (docs/decisions/0009): transitions, one match with its audit trail, the audit log, rescheduling a project.</summary>
internal static class WorkflowEndpoints
{
    public static RouteGroupBuilder MapWorkflow(this IEndpointRouteBuilder app)
    {
        var group = app.MapCorridorGroup().WithTags("Workflow");
        group.MapPost("/matches/{matchId:int}/transitions", Transition).WithName("TransitionMatch").Allow(Access.Member)
            .WithSummary("Move a match on: accept (or accept_supply / accept_demand), reject, reserve, harvest, ship, arrive_at_hub, deliver, install, cancel; with the version read (409 when stale)")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/matches/{matchId:int}", Get).WithName("GetMatch").Allow(Access.Member)
            .WithSummary("One match: status, version, both acceptances, the actions the caller may take and its audit trail");
        group.MapGet("/audit", Audit).WithName("ListAudit").Allow(Access.Member)
            .WithSummary("The audit log, newest first (director: all; partners and hub operators: entries about their matches and projects); filter by entityType and entityId");
        group.MapPatch("/projects/{projectId:int}", Reschedule).WithName("RescheduleProject").Allow(Access.Partner)
            .WithSummary("Change a project's start and/or end; its lots' windows shift by the same number of days unless shiftLots is false; audited");
        return group;
    }

    /// <summary>Shared with the old decision endpoint and the plan page.</summary>
    public static async Task<Results<Ok<MatchView>, NotFound, ValidationProblem, ProblemHttpResult>> RunAsync(CorridorDb db, int corridorId, int matchId, string? action, string? reason, int? version,
        CorridorActor actor, TimeProvider time, bool wrongStateIsBadRequest, CancellationToken ct)
    {
        var result = await MatchTransitions.ApplyAsync(db, corridorId, matchId, action, reason, version, actor.Workflow(corridorId), time.GetUtcNow().UtcDateTime, ct);
        db.ChangeTracker.Clear();
        async Task<MatchView?> Current() => await MatchViews.LoadAsync(db, corridorId, matchId, actor, ct);
        switch (result.Outcome)
        {
            case TransitionOutcome.Done: return TypedResults.Ok((await Current())!);
            case TransitionOutcome.NotFound: return TypedResults.NotFound();
            case TransitionOutcome.Forbidden: return Denied.Forbidden(result.Message!);
            case TransitionOutcome.Invalid:
            case TransitionOutcome.WrongState when wrongStateIsBadRequest:
                var errors = new FieldErrors();
                errors.Add(result.Field == TransitionField.Reason ? "reason" : "action", result.Message!);
                return errors.Problem();
            default:
                var title = result.Outcome switch
                {
                    TransitionOutcome.Stale => "The match has changed",
                    TransitionOutcome.Insufficient => "Not enough left on the lot",
                    _ => "Not possible in the match's current state",
                };
                // The match as it is now, so the client can show it and retry with its version.
                return TypedResults.Problem(title: title, detail: result.Message, statusCode: StatusCodes.Status409Conflict,
                    extensions: new Dictionary<string, object?> { ["current"] = await Current() });
        }
    }

    static async Task<Results<Ok<MatchView>, NotFound, ValidationProblem, ProblemHttpResult>> Transition(int corridorId, int matchId, TransitionRequest request, CorridorDb db, TimeProvider time, CorridorActor actor, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Required("action", request.Action);
        if (request.Version is null) errors.Add("version", "Required: the match's version as last read (GET .../matches/{id}).");
        if (errors.Any) return errors.Problem();
        return await RunAsync(db, corridorId, matchId, request.Action, request.Reason, request.Version, actor, time, wrongStateIsBadRequest: false, ct);
    }

    static async Task<Results<Ok<MatchView>, NotFound>> Get(int corridorId, int matchId, CorridorDb db, CorridorActor actor, CancellationToken ct) =>
        await MatchViews.LoadAsync(db, corridorId, matchId, actor, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    static async Task<Ok<Page<AuditView>>> Audit(int corridorId, [AsParameters] AuditQuery q, CorridorDb db, CorridorActor actor, CancellationToken ct)
    {
        var paging = PageRequest.From(q.Page, q.PageSize);
        var orgs = actor.IsDirector(corridorId) ? null : actor.OrganisationIds(corridorId);
        var (total, entries) = await AuditLog.PageAsync(db, corridorId, orgs, actor.HubIds(corridorId), q.EntityType, q.EntityId, paging.Skip, paging.PageSize, ct);
        return TypedResults.Ok(new Page<AuditView>(entries.Select(MatchViews.ToView).ToList(), paging.Page, paging.PageSize, total));
    }

    static async Task<Results<Ok<RescheduleResponse>, ValidationProblem, ProblemHttpResult>> Reschedule(int corridorId, int projectId, ProjectPatch patch, CorridorDb db, TimeProvider time, CorridorActor actor, CancellationToken ct)
    {
        if (await actor.CheckProjectAsync(db, corridorId, projectId, ct) is { } refused) return refused;
        var project = await db.Projects.SingleAsync(p => p.CorridorId == corridorId && p.Id == projectId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var (oldStart, oldEnd) = (project.Start, project.End);
        var (problems, days, lots) = await ProjectSchedule.ApplyAsync(db, project,
            new ProjectSchedule.Change(patch.Start, patch.End, patch.ShiftLots ?? true, patch.Reason), actor.Workflow(corridorId).Audit, now, ct);
        if (problems.Count > 0)
        {
            var errors = new FieldErrors();
            foreach (var (field, message) in problems) errors.Add(field, message);
            return errors.Problem();
        }
        // Partners with matches on this project's lots, and the director, hear of the slip (in-app and by webhook).
        var notified = await Corridor.Data.Notifications.Notifier.DatesSlippedAsync(db, project.Id, oldStart, oldEnd, time, ct);
        return TypedResults.Ok(new RescheduleResponse(project.Id, project.Code, project.Start, project.End, days, lots, notified));
    }
}
