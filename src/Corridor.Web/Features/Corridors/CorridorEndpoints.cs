using Corridor.Web.Infrastructure.Security;
using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Corridors;

internal sealed record CorridorResponse(int Id, string Code, string Name, string? Description, bool IsDemo, int Projects, int Lots, int Hubs);

internal sealed record CreateCorridorRequest(string Code, string Name, string? Description);

internal static class CorridorEndpoints
{
    public static RouteGroupBuilder MapCorridors(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/corridors").WithTags("Corridors");
        group.MapGet("/", List).WithName("ListCorridors").Allow(Access.Public).WithSummary("Every corridor with its record counts");
        group.MapGet("/{id:int}", Get).WithName("GetCorridor").Allow(Access.Public).WithSummary("One corridor");
        group.MapPost("/", Create).WithName("CreateCorridor").Allow(Access.SignedIn).WithSummary("Register a corridor (a region)");
        return group;
    }

    static async Task<Ok<List<CorridorResponse>>> List(CorridorDb db, CancellationToken ct) =>
        TypedResults.Ok(await Query(db, db.Corridors).ToListAsync(ct));

    static async Task<Results<Ok<CorridorResponse>, NotFound>> Get(int id, CorridorDb db, CancellationToken ct) =>
        await Query(db, db.Corridors.Where(c => c.Id == id)).FirstOrDefaultAsync(ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound();

    static async Task<Results<Created<CorridorResponse>, ValidationProblem>> Create(CreateCorridorRequest request, CorridorDb db, TimeProvider time, CorridorActor actor, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Required("code", request.Code);
        errors.Required("name", request.Name);
        if (!errors.Any && await db.Corridors.AnyAsync(c => c.Code == request.Code.Trim(), ct))
            errors.Add("code", $"A corridor with code '{request.Code}' exists already.");
        if (errors.Any) return errors.Problem();

        var corridor = new CorridorRegion
        {
            Code = request.Code.Trim(), Name = request.Name.Trim(), Description = request.Description,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        db.Corridors.Add(corridor);
        await db.SaveChangesAsync(ct);
        // Whoever registers a corridor directs it until they hand it over.
        await Corridor.Data.Accounts.AccountStore.AddMembershipAsync(db, actor.UserId!.Value, corridor.Id,
            Corridor.Data.Accounts.CorridorRole.ChainDirector, null, null, corridor.CreatedUtc, ct);
        return TypedResults.Created($"/api/corridors/{corridor.Id}",
            new CorridorResponse(corridor.Id, corridor.Code, corridor.Name, corridor.Description, false, 0, 0, 0));
    }

    // Filter before projecting: EF cannot translate a filter on the constructed response.
    static IQueryable<CorridorResponse> Query(CorridorDb db, IQueryable<CorridorRegion> corridors) =>
        corridors.OrderBy(c => c.Id).Select(c => new CorridorResponse(c.Id, c.Code, c.Name, c.Description, c.IsDemo,
            db.Projects.Count(p => p.CorridorId == c.Id), db.Lots.Count(l => l.CorridorId == c.Id), db.Hubs.Count(h => h.CorridorId == c.Id)));
}
