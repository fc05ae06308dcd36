using Corridor.Web.Infrastructure.Security;
using Corridor.Data;
using Corridor.Data.Impact;
using Corridor.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Web.Features.Estimates;

/// <summary>The five facts of a building. For a project, a null field takes the project's own value.</summary>
/// <param name="BuildingType">Words such as office, school, rijwoning, apartment, or a Heeren &amp; Fishman type such as NR_office_low.</param>
/// <param name="YearBuilt">Year of construction.</param>
/// <param name="Structure">concrete, masonry, steel or timber (Dutch words too); empty when unknown.</param>
/// <param name="GrossFloorAreaM2">Gross floor area, m².</param>
/// <param name="Latitude">WGS84 decimal degrees.</param>
/// <param name="Longitude">WGS84 decimal degrees.</param>
internal sealed record EstimateRequest(string? BuildingType, int? YearBuilt, string? Structure, double? GrossFloorAreaM2, double? Latitude, double? Longitude)
{
    public BuildingFactsRequest ToFacts() => new(BuildingType, YearBuilt, Structure, GrossFloorAreaM2, Latitude, Longitude);
}

internal static class EstimateEndpoints
{
    public static RouteGroupBuilder MapEstimates(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Estimates");
        group.MapPost("/estimates", FromFacts).WithName("EstimateBuilding").Allow(Access.Public)
            .WithSummary("Estimate what an unsurveyed building contains (kg per category, p25–p75) from type, year, structure, floor area and location; nothing is stored");
        var project = app.MapCorridorGroup("/projects/{projectId:int}").WithTags("Estimates");
        project.MapGet("/estimate", Preview).WithName("PreviewProjectEstimate").Allow(Access.Public)
            .WithSummary("The estimated inventory of a demolition, renovation or vacant-building project from its own facts; nothing is stored");
        project.MapPost("/estimate", ForProject).WithName("EstimateProject").Allow(Access.Partner)
            .WithSummary("Estimate a project's inventory (body facts override the project's) and store the facts and the estimated lots through the import, all or nothing; dryRun=true only previews");
        return group;
    }

    static Results<Ok<EstimateOutcome>, ValidationProblem> FromFacts(EstimateRequest request)
    {
        var (facts, errors) = InventoryEstimates.Facts(request.ToFacts());
        if (facts is null) return Problem(errors);
        return TypedResults.Ok(InventoryEstimates.FromFacts(facts));
    }

    static async Task<Results<Ok<EstimateOutcome>, NotFound, ValidationProblem>> Preview(int corridorId, int projectId, CorridorDb db, CancellationToken ct)
    {
        var result = await InventoryEstimates.ForProjectAsync(db, corridorId, projectId, new EstimateRequest(null, null, null, null, null, null).ToFacts(), dryRun: true, ct);
        if (result is not { } r) return TypedResults.NotFound();
        if (r.Outcome is not { } outcome) return Problem(r.Errors);
        return TypedResults.Ok(outcome);
    }

    static async Task<Results<Ok<EstimateOutcome>, NotFound, ValidationProblem, ProblemHttpResult>> ForProject(int corridorId, int projectId,
        EstimateRequest request, CorridorDb db, CorridorActor actor, CancellationToken ct, bool dryRun = false)
    {
        if (await actor.CheckProjectAsync(db, corridorId, projectId, ct) is { } refused) return refused;
        var result = await InventoryEstimates.ForProjectAsync(db, corridorId, projectId, request.ToFacts(), dryRun, ct);
        if (result is not { } r) return TypedResults.NotFound();
        if (r.Outcome is not { } outcome) return Problem(r.Errors);
        return TypedResults.Ok(outcome);
    }

    static ValidationProblem Problem(Dictionary<string, string> errors)
    {
        var problem = new FieldErrors();
        foreach (var (field, message) in errors) problem.Add(field, message);
        return problem.Problem();
    }
}
