using Corridor.Web.Infrastructure.Security;
using Corridor.Data;
using Corridor.Data.Impact;
using Corridor.Engine.Domain;
using Corridor.Engine.Impact;
using Microsoft.AspNetCore.Http.HttpResults;
using Corridor.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Impact;

/// <summary>One impact target of the corridor as the API takes it.</summary>
/// <param name="Metric">circular_input_percent, material_co2e_kg_per_m2, primary_raw_material_reduction_percent, secondary_input_kg or net_avoided_co2e_kg.</param>
/// <param name="Value">The target, in the metric's unit (%, kg CO2e/m², kg).</param>
/// <param name="Year">The year by which it should be met; null: no year.</param>
/// <param name="Basis">Where the target comes from (a policy, a covenant).</param>
internal sealed record TargetRequest(string Metric, double Value, int? Year, string Basis);

internal sealed record CorridorTargetsRequest(IReadOnlyList<TargetRequest> Targets);

/// <summary>Null clears a project's target (then Het Nieuwe Normaal defaults apply by building type).</summary>
internal sealed record ProjectTargetsRequest(double? TargetCircularInputPercent, double? TargetCo2eKgPerM2);

/// <summary>A period of lot dates (either end open): from..to.</summary>
internal sealed record PeriodQuery(DateOnly? From = null, DateOnly? To = null);

internal static class ImpactEndpoints
{
    public static RouteGroupBuilder MapImpact(this IEndpointRouteBuilder app)
    {
        var group = app.MapCorridorGroup().WithTags("Impact");
        group.MapGet("/impact", CorridorImpact).WithName("GetCorridorImpact").Allow(Access.Public)
            .WithSummary("CB'23 input/output mass split, CO2 avoided net of transport, R-ladder, per category, for lots dated from/to; accepted matches count, proposed ones are potential")
            ;
        group.MapGet("/projects/{projectId:int}/impact", ProjectImpact).WithName("GetProjectImpact").Allow(Access.Public)
            .WithSummary("The impact account of one project (its demand as input, its supply as output)");
        group.MapGet("/lots/{lotId:int}/impact", LotImpact).WithName("GetLotImpact").Allow(Access.Public).WithSummary("The impact account of one lot");
        group.MapGet("/targets", CorridorTargets).WithName("GetCorridorTargets").Allow(Access.Public)
            .WithSummary("The corridor's targets (stored, else the national aim) with progress for lots dated from/to");
        group.MapPut("/targets", PutCorridorTargets).WithName("PutCorridorTargets").Allow(Access.Director).WithSummary("Replace the corridor's targets");
        group.MapGet("/projects/{projectId:int}/targets", ProjectTargets).WithName("GetProjectTargets").Allow(Access.Public)
            .WithSummary("A project's targets (stored, else Het Nieuwe Normaal for its building type) with progress");
        group.MapPut("/projects/{projectId:int}/targets", PutProjectTargets).WithName("PutProjectTargets").Allow(Access.Partner)
            .WithSummary("Set or clear a project's circular-input and CO2-per-m² targets");
        return group;
    }

    static async Task<Results<Ok<ImpactAccount>, ValidationProblem>> CorridorImpact(int corridorId, [AsParameters] PeriodQuery q, CorridorDb db, CancellationToken ct)
    {
        if (Period(q.From, q.To) is { } problem) return problem;
        return TypedResults.Ok(await ImpactQueries.CorridorAsync(db, corridorId, q.From, q.To, ct));
    }

    static async Task<Results<Ok<ImpactAccount>, NotFound, ValidationProblem>> ProjectImpact(int corridorId, int projectId, [AsParameters] PeriodQuery q,
        CorridorDb db, CancellationToken ct)
    {
        if (Period(q.From, q.To) is { } problem) return problem;
        if (await ImpactQueries.ProjectAsync(db, corridorId, projectId, q.From, q.To, ct) is not { } account) return TypedResults.NotFound();
        return TypedResults.Ok(account);
    }

    static async Task<Results<Ok<ImpactAccount>, NotFound>> LotImpact(int corridorId, int lotId, CorridorDb db, CancellationToken ct) =>
        await ImpactQueries.LotAsync(db, corridorId, lotId, ct) is { } account ? TypedResults.Ok(account) : TypedResults.NotFound();

    static async Task<Results<Ok<TargetReport>, ValidationProblem>> CorridorTargets(int corridorId, [AsParameters] PeriodQuery q, CorridorDb db, CancellationToken ct)
    {
        if (Period(q.From, q.To) is { } problem) return problem;
        return TypedResults.Ok(await ImpactQueries.CorridorTargetsAsync(db, corridorId, q.From, q.To, ct));
    }

    static async Task<Results<Ok<TargetReport>, ValidationProblem>> PutCorridorTargets(int corridorId, CorridorTargetsRequest request, CorridorDb db,
        TimeProvider time, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var targets = new List<ImpactTarget>();
        var list = request.Targets ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var t = list[i];
            var field = $"targets[{i}]";
            if (!Vocab.TryEnum<TargetMetric>(t.Metric, out var metric))
            {
                errors.Add(field + ".metric", $"Unknown metric '{t.Metric}'; expected one of: {Vocab.Allowed<TargetMetric>()}.");
                continue;
            }
            if (targets.Any(x => x.Metric == metric)) errors.Add(field + ".metric", $"The metric {t.Metric} appears twice.");
            CheckValue(errors, field + ".value", metric, t.Value);
            if (t.Year is < 2000 or > 2100) errors.Add(field + ".year", "Must be a year between 2000 and 2100.");
            errors.Required(field + ".basis", t.Basis);
            targets.Add(new ImpactTarget(metric, t.Value, t.Year, t.Basis?.Trim() ?? ""));
        }
        if (errors.Any) return errors.Problem();
        await ImpactQueries.ReplaceTargetsAsync(db, corridorId, targets, time.GetUtcNow().UtcDateTime, ct);
        return TypedResults.Ok(await ImpactQueries.CorridorTargetsAsync(db, corridorId, null, null, ct));
    }

    static async Task<Results<Ok<TargetReport>, NotFound, ValidationProblem>> ProjectTargets(int corridorId, int projectId, [AsParameters] PeriodQuery q,
        CorridorDb db, CancellationToken ct)
    {
        if (Period(q.From, q.To) is { } problem) return problem;
        if (await ImpactQueries.ProjectTargetsAsync(db, corridorId, projectId, q.From, q.To, ct) is not { } report) return TypedResults.NotFound();
        return TypedResults.Ok(report);
    }

    static async Task<Results<Ok<TargetReport>, NotFound, ValidationProblem, ProblemHttpResult>> PutProjectTargets(int corridorId, int projectId, ProjectTargetsRequest request, CorridorDb db,
        CorridorActor actor, CancellationToken ct)
    {
        if (await actor.CheckProjectAsync(db, corridorId, projectId, ct) is { } refused) return refused;
        var project = await db.Projects.FirstOrDefaultAsync(p => p.CorridorId == corridorId && p.Id == projectId, ct);
        if (project is null) return TypedResults.NotFound();
        var errors = new FieldErrors();
        if (request.TargetCircularInputPercent is { } c) CheckValue(errors, "targetCircularInputPercent", TargetMetric.CircularInputPercent, c);
        if (request.TargetCo2eKgPerM2 is { } k) CheckValue(errors, "targetCo2eKgPerM2", TargetMetric.MaterialCo2eKgPerM2, k);
        if (errors.Any) return errors.Problem();
        project.TargetCircularInputPercent = request.TargetCircularInputPercent;
        project.TargetCo2eKgPerM2 = request.TargetCo2eKgPerM2;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await ImpactQueries.ProjectTargetsAsync(db, corridorId, projectId, null, null, ct))!);
    }

    static void CheckValue(FieldErrors errors, string field, TargetMetric metric, double value)
    {
        if (!double.IsFinite(value) || value < 0) errors.Add(field, $"Must be a number of at least zero ({ImpactTargets.Unit(metric)}).");
        else if (ImpactTargets.Unit(metric) == Figure.Percent && value > 100) errors.Add(field, "A percentage cannot exceed 100.");
    }

    /// <summary>A 400 naming "to" when the period ends before it starts; null when fine.</summary>
    public static ValidationProblem? Period(DateOnly? from, DateOnly? to)
    {
        var errors = new FieldErrors();
        errors.Ordered("to", from, to, "from");
        return errors.Any ? errors.Problem() : null;
    }
}
