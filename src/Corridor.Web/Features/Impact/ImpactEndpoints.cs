using Corridor.Web.Infrastructure.Security;
using Corridor.Data;
using Corridor.Data.Impact;
using Corridor.Engine.Domain;
using Corridor.Engine.Impact;
using Corridor.Web.Features.Corridors;
using Corridor.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Impact;

/// <param name="Metric">circular_input_percent, material_co2e_kg_per_m2, primary_raw_material_reduction_percent, secondary_input_kg or net_avoided_co2e_kg.</param>
public sealed record TargetRequest(string Metric, double Value, int? Year, string Basis);

public sealed record CorridorTargetsRequest(IReadOnlyList<TargetRequest> Targets);

/// <summary>Null clears a project's target (then Het Nieuwe Normaal defaults apply by building type).</summary>
public sealed record ProjectTargetsRequest(double? TargetCircularInputPercent, double? TargetCo2eKgPerM2);

public static class ImpactEndpoints
{
    public static RouteGroupBuilder MapImpact(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/corridors/{corridorId:int}").WithTags("Impact");
        group.MapGet("/impact", CorridorImpact).WithName("GetCorridorImpact").Allow(Access.Public)
            .WithSummary("CB'23 input/output mass split, CO2 avoided net of transport, R-ladder, per category, for lots dated from/to; accepted matches count, proposed ones are potential")
            .Produces<ImpactAccount>();
        group.MapGet("/projects/{projectId:int}/impact", ProjectImpact).WithName("GetProjectImpact").Allow(Access.Public)
            .WithSummary("The impact account of one project (its demand as input, its supply as output)").Produces<ImpactAccount>();
        group.MapGet("/lots/{lotId:int}/impact", LotImpact).WithName("GetLotImpact").Allow(Access.Public).WithSummary("The impact account of one lot").Produces<ImpactAccount>();
        group.MapGet("/targets", CorridorTargets).WithName("GetCorridorTargets").Allow(Access.Public)
            .WithSummary("The corridor's targets (stored, else the national aim) with progress for lots dated from/to").Produces<TargetReport>();
        group.MapPut("/targets", PutCorridorTargets).WithName("PutCorridorTargets").Allow(Access.Director).WithSummary("Replace the corridor's targets").Produces<TargetReport>();
        group.MapGet("/projects/{projectId:int}/targets", ProjectTargets).WithName("GetProjectTargets").Allow(Access.Public)
            .WithSummary("A project's targets (stored, else Het Nieuwe Normaal for its building type) with progress").Produces<TargetReport>();
        group.MapPut("/projects/{projectId:int}/targets", PutProjectTargets).WithName("PutProjectTargets").Allow(Access.Partner)
            .WithSummary("Set or clear a project's circular-input and CO2-per-m² targets").Produces<TargetReport>();
        return group;
    }

    static async Task<IResult> CorridorImpact(int corridorId, CorridorDb db, CancellationToken ct, DateOnly? from = null, DateOnly? to = null)
    {
        if (!await CorridorEndpoints.ExistsAsync(db, corridorId, ct)) return TypedResults.NotFound();
        if (Period(from, to) is { } problem) return problem;
        return TypedResults.Ok(await ImpactQueries.CorridorAsync(db, corridorId, from, to, ct));
    }

    static async Task<IResult> ProjectImpact(int corridorId, int projectId, CorridorDb db, CancellationToken ct, DateOnly? from = null, DateOnly? to = null)
    {
        if (Period(from, to) is { } problem) return problem;
        return await ImpactQueries.ProjectAsync(db, corridorId, projectId, from, to, ct) is { } account ? TypedResults.Ok(account) : TypedResults.NotFound();
    }

    static async Task<IResult> LotImpact(int corridorId, int lotId, CorridorDb db, CancellationToken ct) =>
        await ImpactQueries.LotAsync(db, corridorId, lotId, ct) is { } account ? TypedResults.Ok(account) : TypedResults.NotFound();

    static async Task<IResult> CorridorTargets(int corridorId, CorridorDb db, CancellationToken ct, DateOnly? from = null, DateOnly? to = null)
    {
        if (!await CorridorEndpoints.ExistsAsync(db, corridorId, ct)) return TypedResults.NotFound();
        if (Period(from, to) is { } problem) return problem;
        return TypedResults.Ok(await ImpactQueries.CorridorTargetsAsync(db, corridorId, from, to, ct));
    }

    static async Task<IResult> PutCorridorTargets(int corridorId, CorridorTargetsRequest request, CorridorDb db, TimeProvider time, CancellationToken ct)
    {
        if (!await CorridorEndpoints.ExistsAsync(db, corridorId, ct)) return TypedResults.NotFound();
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

    static async Task<IResult> ProjectTargets(int corridorId, int projectId, CorridorDb db, CancellationToken ct, DateOnly? from = null, DateOnly? to = null)
    {
        if (Period(from, to) is { } problem) return problem;
        return await ImpactQueries.ProjectTargetsAsync(db, corridorId, projectId, from, to, ct) is { } report ? TypedResults.Ok(report) : TypedResults.NotFound();
    }

    static async Task<IResult> PutProjectTargets(int corridorId, int projectId, ProjectTargetsRequest request, CorridorDb db,
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
        return TypedResults.Ok(await ImpactQueries.ProjectTargetsAsync(db, corridorId, projectId, null, null, ct));
    }

    static void CheckValue(FieldErrors errors, string field, TargetMetric metric, double value)
    {
        if (!double.IsFinite(value) || value < 0) errors.Add(field, $"Must be a number of at least zero ({ImpactTargets.Unit(metric)}).");
        else if (ImpactTargets.Unit(metric) == Figure.Percent && value > 100) errors.Add(field, "A percentage cannot exceed 100.");
    }

    /// <summary>A 400 naming "to" when the period ends before it starts; null when fine.</summary>
    public static IResult? Period(DateOnly? from, DateOnly? to)
    {
        var errors = new FieldErrors();
        errors.Ordered("to", from, to, "from");
        return errors.Any ? errors.Problem() : null;
    }
}
