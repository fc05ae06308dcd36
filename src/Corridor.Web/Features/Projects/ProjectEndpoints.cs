using Corridor.Web.Infrastructure.Security;
using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Engine.Domain;
using Corridor.Web.Features.Corridors;
using Corridor.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Projects;

public sealed record ProjectResponse(
    int Id, string Code, string Name, ProjectKind Kind, ProjectStatus Status, string? Organisation,
    double Latitude, double Longitude, string? Address, DateOnly Start, DateOnly End,
    double? GrossFloorAreaM2, string? BuildingType, int? YearBuilt, string? Structure,
    int SupplyLots, double SupplyMassKg, int DemandLots, double DemandMassKg);

public sealed record CreateProjectRequest(
    string Code, string Name, ProjectKind Kind, double Latitude, double Longitude, DateOnly Start, DateOnly End,
    ProjectStatus? Status, int? OrganisationId, string? Address, double? GrossFloorAreaM2, string? BuildingType,
    int? YearBuilt, string? Structure);

public static class ProjectEndpoints
{
    public static RouteGroupBuilder MapProjects(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/corridors/{corridorId:int}/projects").WithTags("Projects");
        group.MapGet("/", List).WithName("ListProjects").Allow(Access.Public)
            .WithSummary("Projects, filtered by kind, status, schedule window (from/to) and bbox=minLon,minLat,maxLon,maxLat; paged");
        group.MapGet("/{id:int}", Get).WithName("GetProject").Allow(Access.Public).WithSummary("One project with its supply and demand totals");
        group.MapPost("/", Create).WithName("CreateProject").Allow(Access.Partner).WithSummary("Register a project");
        return group;
    }

    static async Task<IResult> List(int corridorId, CorridorDb db, CancellationToken ct,
        string? kind = null, string? status = null, DateOnly? from = null, DateOnly? to = null,
        string? bbox = null, string? q = null, int? page = null, int? pageSize = null)
    {
        if (!await CorridorEndpoints.ExistsAsync(db, corridorId, ct)) return TypedResults.NotFound();
        var errors = new FieldErrors();
        errors.Ordered("to", from, to, "from");
        var box = errors.Box(bbox);
        var kindValue = errors.Enum<ProjectKind>("kind", kind);
        var statusValue = errors.Enum<ProjectStatus>("status", status);
        if (errors.Any) return errors.Problem();

        var query = db.Projects.Where(p => p.CorridorId == corridorId);
        if (kindValue is { } k) query = query.Where(p => p.Kind == k);
        if (statusValue is { } s) query = query.Where(p => p.Status == s);
        if (from is { } f) query = query.Where(p => p.End >= f);
        if (to is { } t) query = query.Where(p => p.Start <= t);
        if (box is { } b) query = query.Where(p => p.Latitude >= b.MinLat && p.Latitude <= b.MaxLat && p.Longitude >= b.MinLon && p.Longitude <= b.MaxLon);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(p => p.Code.Contains(q) || p.Name.Contains(q));

        var paging = PageRequest.From(page, pageSize);
        var total = await query.CountAsync(ct);
        var items = await Project(db, query.OrderBy(p => p.Start).ThenBy(p => p.Code).Skip(paging.Skip).Take(paging.PageSize)).ToListAsync(ct);
        return TypedResults.Ok(new Page<ProjectResponse>(items, paging.Page, paging.PageSize, total));
    }

    static async Task<Results<Ok<ProjectResponse>, NotFound>> Get(int corridorId, int id, CorridorDb db, CancellationToken ct) =>
        await Project(db, db.Projects.Where(p => p.CorridorId == corridorId && p.Id == id)).FirstOrDefaultAsync(ct) is { } p
            ? TypedResults.Ok(p) : TypedResults.NotFound();

    static async Task<IResult> Create(int corridorId, CreateProjectRequest r, CorridorDb db, CorridorActor actor, CancellationToken ct)
    {
        if (!await CorridorEndpoints.ExistsAsync(db, corridorId, ct)) return TypedResults.NotFound();
        var organisationId = r.OrganisationId;
        if (!actor.IsDirector(corridorId))
        {
            // A partner registers projects for its own organisation(s) only.
            var own = actor.OrganisationIds(corridorId);
            organisationId ??= own.Count == 1 ? own[0] : null;
            if (organisationId is null || !own.Contains(organisationId.Value))
                return Denied.Forbidden("A partner registers projects for its own organisation only: set organisationId to it.");
        }
        var errors = new FieldErrors();
        errors.Required("code", r.Code);
        errors.Required("name", r.Name);
        errors.Coordinates(r.Latitude, r.Longitude);
        errors.Ordered("end", r.Start, r.End, "start");
        errors.Positive("grossFloorAreaM2", r.GrossFloorAreaM2);
        if (r.YearBuilt is < 1000 or > 2100) errors.Add("yearBuilt", "Must be a year between 1000 and 2100.");
        if (organisationId is { } orgId && !await db.Organisations.AnyAsync(o => o.Id == orgId && o.CorridorId == corridorId, ct))
            errors.Add("organisationId", "No such organisation in this corridor.");
        if (!errors.Any && await db.Projects.AnyAsync(p => p.CorridorId == corridorId && p.Code == r.Code.Trim(), ct))
            errors.Add("code", $"A project with code '{r.Code}' exists already in this corridor.");
        if (errors.Any) return errors.Problem();

        var project = new Project
        {
            CorridorId = corridorId, Code = r.Code.Trim(), Name = r.Name.Trim(), Kind = r.Kind, Latitude = r.Latitude,
            Longitude = r.Longitude, Start = r.Start, End = r.End, Status = r.Status ?? ProjectStatus.Planned,
            OrganisationId = organisationId, Address = r.Address, GrossFloorAreaM2 = r.GrossFloorAreaM2,
            BuildingType = r.BuildingType, YearBuilt = r.YearBuilt, Structure = r.Structure,
        };
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        var created = await Project(db, db.Projects.Where(p => p.Id == project.Id)).FirstAsync(ct);
        return TypedResults.Created($"/api/corridors/{corridorId}/projects/{project.Id}", created);
    }

    static IQueryable<ProjectResponse> Project(CorridorDb db, IQueryable<Project> query) =>
        query.Select(p => new ProjectResponse(p.Id, p.Code, p.Name, p.Kind, p.Status, p.Organisation != null ? p.Organisation.Name : null,
            p.Latitude, p.Longitude, p.Address, p.Start, p.End, p.GrossFloorAreaM2, p.BuildingType, p.YearBuilt, p.Structure,
            p.Lots.Count(l => l.Direction == LotDirection.Supply), p.Lots.Where(l => l.Direction == LotDirection.Supply).Sum(l => l.MassKg),
            p.Lots.Count(l => l.Direction == LotDirection.Demand), p.Lots.Where(l => l.Direction == LotDirection.Demand).Sum(l => l.MassKg)));
}
