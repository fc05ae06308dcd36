using Corridor.Web.Infrastructure.Security;
using Corridor.Data;
using Corridor.Data.Impact;
using Corridor.Web.Infrastructure;

namespace Corridor.Web.Features.Estimates;

/// <summary>The five facts of a building. For a project, a null field takes the project's own value.</summary>
/// <param name="BuildingType">Words such as office, school, rijwoning, apartment, or a Heeren &amp; Fishman type such as NR_office_low.</param>
/// <param name="Structure">concrete, masonry, steel or timber (Dutch words too); empty when unknown.</param>
public sealed record EstimateRequest(string? BuildingType, int? YearBuilt, string? Structure, double? GrossFloorAreaM2, double? Latitude, double? Longitude)
{
    public BuildingFactsRequest ToFacts() => new(BuildingType, YearBuilt, Structure, GrossFloorAreaM2, Latitude, Longitude);
}

public static class EstimateEndpoints
{
    public static RouteGroupBuilder MapEstimates(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Estimates");
        group.MapPost("/estimates", FromFacts).WithName("EstimateBuilding").Allow(Access.Public)
            .WithSummary("Estimate what an unsurveyed building contains (kg per category, p25–p75) from type, year, structure, floor area and location; nothing is stored")
            .Produces<EstimateOutcome>().ProducesValidationProblem();
        group.MapGet("/corridors/{corridorId:int}/projects/{projectId:int}/estimate", Preview).WithName("PreviewProjectEstimate").Allow(Access.Public)
            .WithSummary("The estimated inventory of a demolition, renovation or vacant-building project from its own facts; nothing is stored")
            .Produces<EstimateOutcome>().ProducesValidationProblem();
        group.MapPost("/corridors/{corridorId:int}/projects/{projectId:int}/estimate", ForProject).WithName("EstimateProject").Allow(Access.Partner)
            .WithSummary("Estimate a project's inventory (body facts override the project's) and store the facts and the estimated lots through the import, all or nothing; dryRun=true only previews")
            .Produces<EstimateOutcome>().ProducesValidationProblem();
        return group;
    }

    static IResult FromFacts(EstimateRequest request)
    {
        var (facts, errors) = InventoryEstimates.Facts(request.ToFacts());
        return facts is null ? Problem(errors) : TypedResults.Ok(InventoryEstimates.FromFacts(facts));
    }

    static Task<IResult> Preview(int corridorId, int projectId, CorridorDb db, CancellationToken ct) =>
        Run(corridorId, projectId, new EstimateRequest(null, null, null, null, null, null), dryRun: true, db, ct);

    static async Task<IResult> ForProject(int corridorId, int projectId, EstimateRequest request, CorridorDb db, CorridorActor actor,
        CancellationToken ct, bool dryRun = false) =>
        await actor.CheckProjectAsync(db, corridorId, projectId, ct) ?? await Run(corridorId, projectId, request, dryRun, db, ct);

    static async Task<IResult> Run(int corridorId, int projectId, EstimateRequest request, bool dryRun, CorridorDb db, CancellationToken ct)
    {
        var result = await InventoryEstimates.ForProjectAsync(db, corridorId, projectId, request.ToFacts(), dryRun, ct);
        if (result is not { } r) return TypedResults.NotFound();
        return r.Outcome is { } outcome ? TypedResults.Ok(outcome) : Problem(r.Errors);
    }

    static IResult Problem(Dictionary<string, string> errors)
    {
        var problem = new FieldErrors();
        foreach (var (field, message) in errors) problem.Add(field, message);
        return problem.Problem();
    }
}
