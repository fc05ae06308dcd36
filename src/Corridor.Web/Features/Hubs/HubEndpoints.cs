using Corridor.Web.Infrastructure.Security;
using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Engine.Domain;
using Corridor.Data.Queries;
using Corridor.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Hubs;

internal sealed record HubResponse(
    int Id, string Code, string Name, double Latitude, double Longitude, string? Operator, double StorageAreaM2,
    IReadOnlyList<string> AcceptedCategories, IReadOnlyList<string> Services, DateOnly? Opens, DateOnly? Closes)
{
    public static HubResponse From(Hub h) => new(h.Id, h.Code, h.Name, h.Latitude, h.Longitude, h.OperatorName, h.StorageAreaM2,
        h.AcceptedCategories, h.Services, h.Opens, h.Closes);
}

internal sealed record CreateHubRequest(
    string Code, string Name, double Latitude, double Longitude, double StorageAreaM2, string? Operator,
    IReadOnlyList<string>? AcceptedCategories, IReadOnlyList<string>? Services, DateOnly? Opens, DateOnly? Closes);

/// <summary>The hub list's query string: bbox=minLon,minLat,maxLon,maxLat.</summary>
internal sealed record HubListQuery(string? Bbox = null);

internal static class HubEndpoints
{
    public static RouteGroupBuilder MapHubs(this IEndpointRouteBuilder app)
    {
        var group = app.MapCorridorGroup("/hubs").WithTags("Hubs");
        group.MapGet("/", List).WithName("ListHubs").Allow(Access.Public).WithSummary("The corridor's hubs, optionally within bbox=minLon,minLat,maxLon,maxLat");
        group.MapGet("/{id:int}", Get).WithName("GetHub").Allow(Access.Public).WithSummary("One hub");
        group.MapPost("/", Create).WithName("CreateHub").Allow(Access.Director).WithSummary("Register a hub");
        return group;
    }

    static async Task<Results<Ok<List<HubResponse>>, ValidationProblem>> List(int corridorId, [AsParameters] HubListQuery q, CorridorDb db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var box = errors.Box(q.Bbox);
        if (errors.Any) return errors.Problem();
        var query = db.Hubs.Where(h => h.CorridorId == corridorId).InBox(box);
        var hubs = await query.OrderBy(h => h.Code).ToListAsync(ct);
        return TypedResults.Ok(hubs.Select(HubResponse.From).ToList());
    }

    static async Task<Results<Ok<HubResponse>, NotFound>> Get(int corridorId, int id, CorridorDb db, CancellationToken ct) =>
        await db.Hubs.FirstOrDefaultAsync(h => h.CorridorId == corridorId && h.Id == id, ct) is { } hub
            ? TypedResults.Ok(HubResponse.From(hub)) : TypedResults.NotFound();

    static async Task<Results<Created<HubResponse>, ValidationProblem>> Create(int corridorId, CreateHubRequest r, CorridorDb db, CategoryIndex categories, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Required("code", r.Code);
        errors.Required("name", r.Name);
        errors.Coordinates(r.Latitude, r.Longitude);
        errors.Positive("storageAreaM2", r.StorageAreaM2);
        errors.Ordered("closes", r.Opens, r.Closes, "opens");
        foreach (var key in r.AcceptedCategories ?? [])
            if (!categories.TryGet(key, out _)) errors.Add("acceptedCategories", $"Unknown category '{key}'.");
        if (!errors.Any && await db.Hubs.AnyAsync(h => h.CorridorId == corridorId && h.Code == r.Code.Trim(), ct))
            errors.Add("code", $"A hub with code '{r.Code}' exists already in this corridor.");
        if (errors.Any) return errors.Problem();

        var hub = new Hub
        {
            CorridorId = corridorId, Code = r.Code.Trim(), Name = r.Name.Trim(), Latitude = r.Latitude, Longitude = r.Longitude,
            StorageAreaM2 = r.StorageAreaM2, OperatorName = r.Operator,
            AcceptedCategories = (r.AcceptedCategories ?? []).Select(k => categories[k].Key).ToList(),
            Services = (r.Services ?? []).ToList(), Opens = r.Opens, Closes = r.Closes,
        };
        db.Hubs.Add(hub);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/corridors/{corridorId}/hubs/{hub.Id}", HubResponse.From(hub));
    }
}
