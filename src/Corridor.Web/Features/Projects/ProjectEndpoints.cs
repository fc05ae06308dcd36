using Corridor.Web.Infrastructure.Security;
using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Engine.Domain;
using Corridor.Data.Queries;
using Corridor.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Projects;

internal sealed record ProjectResponse(
    int Id, string Code, string Name, ProjectKind Kind, ProjectStatus Status, string? Organisation,
    double Latitude, double Longitude, string? Address, DateOnly Start, DateOnly End,
    double? GrossFloorAreaM2, string? BuildingType, int? YearBuilt, string? Structure,
    int SupplyLots, double SupplyMassKg, int DemandLots, double DemandMassKg);

internal sealed record CreateProjectRequest(
    string Code, string Name, ProjectKind Kind, double Latitude, double Longitude, DateOnly Start, DateOnly End,
    ProjectStatus? Status, int? OrganisationId, string? Address, double? GrossFloorAreaM2, string? BuildingType,
    int? YearBuilt, string? Structure);

/// <summary>The project list's query string: kind and status (snake_case or Dutch words), schedule window, bbox, text q in code or name, paging.</summary>
internal sealed record ProjectListQuery(
    string? Kind = null, string? Status = null, DateOnly? From = null, DateOnly? To = null,
    string? Bbox = null, string? Q = null, int? Page = null, int? PageSize = null);

internal static class ProjectEndpoints
{
    public static RouteGroupBuilder MapProjects(this IEndpointRouteBuilder app)
    {
        var group = app.MapCorridorGroup("/projects").WithTags("Projects");
        group.MapGet("/", List).WithName("ListProjects").Allow(Access.Public)
            .WithSummary("Projects, filtered by kind, status, schedule window (from/to) and bbox=minLon,minLat,maxLon,maxLat; paged");
        group.MapGet("/{id:int}", Get).WithName("GetProject").Allow(Access.Public).WithSummary("One project with its supply and demand totals");
        group.MapPost("/", Create).WithName("CreateProject").Allow(Access.Partner).WithSummary("Register a project");
        return group;
    }

    static async Task<Results<Ok<Page<ProjectResponse>>, ValidationProblem>> List(int corridorId, [AsParameters] ProjectListQuery q,
        CorridorDb db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Ordered("to", q.From, q.To, "from");
        var box = errors.Box(q.Bbox);
        var kindValue = errors.Enum<ProjectKind>("kind", q.Kind);
        var statusValue = errors.Enum<ProjectStatus>("status", q.Status);
        if (errors.Any) return errors.Problem();

        var query = ProjectQueries.Filter(db, corridorId, new ProjectFilter(kindValue, statusValue, q.From, q.To, box, q.Q));

        var paging = PageRequest.From(q.Page, q.PageSize);
        var total = await query.CountAsync(ct);
        var items = await Project(db, query.OrderBy(p => p.Start).ThenBy(p => p.Code).Skip(paging.Skip).Take(paging.PageSize)).ToListAsync(ct);
        return TypedResults.Ok(new Page<ProjectResponse>(items, paging.Page, paging.PageSize, total));
    }

    static async Task<Results<Ok<ProjectResponse>, NotFound>> Get(int corridorId, int id, CorridorDb db, CancellationToken ct) =>
        await Project(db, db.Projects.Where(p => p.CorridorId == corridorId && p.Id == id)).FirstOrDefaultAsync(ct) is { } p
            ? TypedResults.Ok(p) : TypedResults.NotFound();

    static async Task<Results<Created<ProjectResponse>, ValidationProblem, ProblemHttpResult>> Create(int corridorId, CreateProjectRequest r,
        CorridorDb db, CorridorActor actor, TimeProvider time, CancellationToken ct)
    {
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
        var currentYear = time.GetUtcNow().Year; // as the import reads it (ImportSession.CurrentYear)
        if (r.YearBuilt is { } year && !BuildingYear.IsPlausible(year, currentYear))
            errors.Add("yearBuilt", $"Must be a year between {BuildingYear.Earliest} and {BuildingYear.Latest(currentYear)}.");
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
