using Corridor.Web.Infrastructure.Security;
using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Data.Lots;
using Corridor.Data.Queries;
using Corridor.Data.Rules;
using Corridor.Engine.Domain;
using Corridor.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Lots;

internal sealed record LotResponse(
    int Id, string Lot, string ProjectCode, string LotCode, LotDirection Direction, string Category, string? Description,
    decimal Quantity, QuantityUnit Unit, double MassKg, bool MassIsEstimated, double? MassKgLow, double? MassKgHigh,
    QualityGrade? Quality, string? NlSfb, string? Ewc, bool IsHazardous, DateOnly AvailableFrom, DateOnly AvailableTo,
    decimal? PriceEur, LotStatus Status, double Latitude, double Longitude, int? OrganisationId, string? Organisation, string? Notes)
{
    /// <summary>
    /// The same lot as this actor may see it: notes only for the owner and the director; the price under the corridor's
    /// rules (pricing rule, shared prices; <see cref="RuleVisibility"/>), blanked otherwise.
    /// </summary>
    public LotResponse For(CorridorActor actor, int corridorId, RuleSettings rules) => this with
    {
        PriceEur = actor.VisiblePrice(rules, corridorId, OrganisationId, PriceEur, MassKg),
        Notes = actor.CanSeePrivate(corridorId, OrganisationId) ? Notes : null,
    };
}

internal sealed record CreateLotRequest(
    string LotCode, LotDirection Direction, string Category, decimal Quantity, QuantityUnit Unit,
    DateOnly AvailableFrom, DateOnly AvailableTo, string? Description, double? MassKg, QualityGrade? Quality,
    string? NlSfb, string? Ewc, decimal? PriceEur, double? LengthM, double? WidthM, double? HeightM, string? Notes = null);

/// <summary>The lot list's query string: filters (direction and status as snake_case or Dutch words), bbox=minLon,minLat,maxLon,maxLat, paging.</summary>
internal sealed record LotListQuery(
    string? Category = null, string? Direction = null, string? Status = null, int? ProjectId = null,
    DateOnly? From = null, DateOnly? To = null, string? Bbox = null, int? Page = null, int? PageSize = null);

internal static class LotEndpoints
{
    public static RouteGroupBuilder MapLots(this IEndpointRouteBuilder app)
    {
        var group = app.MapCorridorGroup().WithTags("Lots");
        group.MapGet("/lots", List).WithName("ListLots").Allow(Access.Public)
            .WithSummary("Material lots, filtered by category, direction, status, project, availability window (from/to) and bbox=minLon,minLat,maxLon,maxLat; paged");
        group.MapGet("/lots/{id:int}", Get).WithName("GetLot").Allow(Access.Public).WithSummary("One lot");
        group.MapPost("/projects/{projectId:int}/lots", Create).WithName("CreateLot").Allow(Access.Partner).WithSummary("Add a lot a project releases (supply) or needs (demand)");
        return group;
    }

    static async Task<Results<Ok<Page<LotResponse>>, ValidationProblem>> List(int corridorId, [AsParameters] LotListQuery q,
        CorridorDb db, CorridorActor actor, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Ordered("to", q.From, q.To, "from");
        var box = errors.Box(q.Bbox);
        var directionValue = errors.Enum<LotDirection>("direction", q.Direction);
        var statusValue = errors.Enum<LotStatus>("status", q.Status);
        if (errors.Any) return errors.Problem();

        var rules = await RuleSets.SettingsAsync(db, corridorId, ct);
        var query = LotQueries.Filter(db, corridorId, new LotFilter(q.Category, directionValue, statusValue, q.ProjectId, q.From, q.To, box));
        var paging = PageRequest.From(q.Page, q.PageSize);
        var total = await query.CountAsync(ct);
        var items = await ToResponse(query.OrderBy(l => l.AvailableFrom).ThenBy(l => l.Id).Skip(paging.Skip).Take(paging.PageSize)).ToListAsync(ct);
        return TypedResults.Ok(new Page<LotResponse>(items.Select(l => l.For(actor, corridorId, rules)).ToList(), paging.Page, paging.PageSize, total));
    }

    static async Task<Results<Ok<LotResponse>, NotFound>> Get(int corridorId, int id, CorridorDb db, CorridorActor actor, CancellationToken ct) =>
        await ToResponse(db.Lots.Where(l => l.CorridorId == corridorId && l.Id == id)).FirstOrDefaultAsync(ct) is { } lot
            ? TypedResults.Ok(lot.For(actor, corridorId, await RuleSets.SettingsAsync(db, corridorId, ct))) : TypedResults.NotFound();

    static async Task<Results<Created<LotResponse>, ValidationProblem, ProblemHttpResult>> Create(int corridorId, int projectId, CreateLotRequest r, CorridorDb db, CategoryIndex categories,
        CorridorActor actor, CancellationToken ct)
    {
        if (await actor.CheckProjectAsync(db, corridorId, projectId, ct) is { } refused) return refused;
        // One set of lot rules and messages for the API, the import, passports and forms; fields as the API spells them.
        var draft = new LotRules(categories.All).Draft();
        (draft.LotCode, draft.Direction, draft.Category, draft.Quantity, draft.Unit) = (r.LotCode, r.Direction, r.Category, r.Quantity, r.Unit);
        (draft.AvailableFrom, draft.AvailableTo, draft.Description, draft.MassKg, draft.Quality) = (r.AvailableFrom, r.AvailableTo, r.Description, r.MassKg, r.Quality);
        (draft.NlSfb, draft.PriceEur, draft.LengthM, draft.WidthM, draft.HeightM, draft.Notes) = (r.NlSfb, r.PriceEur, r.LengthM, r.WidthM, r.HeightM, r.Notes);
        draft.Set(LotDraft.EwcField, r.Ewc);
        var errors = new FieldErrors();
        foreach (var issue in draft.Validate()) errors.Add(LotDraft.CamelCase(issue.Field), issue.Message);
        if (!errors.Any && await db.Lots.AnyAsync(l => l.ProjectId == projectId && l.Code == r.LotCode.Trim(), ct))
            errors.Add("lotCode", $"This project has a lot '{r.LotCode}' already.");
        if (errors.Any) return errors.Problem();

        var lot = draft.ToEntity(corridorId, projectId);
        db.Lots.Add(lot);
        await db.SaveChangesAsync(ct);
        var created = await ToResponse(db.Lots.Where(l => l.Id == lot.Id)).FirstAsync(ct);
        return TypedResults.Created($"/api/corridors/{corridorId}/lots/{lot.Id}", created.For(actor, corridorId, await RuleSets.SettingsAsync(db, corridorId, ct)));
    }

    public static IQueryable<LotResponse> ToResponse(IQueryable<MaterialLot> query) =>
        query.Select(l => new LotResponse(l.Id, l.Project!.Code + "/" + l.Code, l.Project.Code, l.Code, l.Direction, l.CategoryKey,
            l.Description, l.Quantity, l.Unit, l.MassKg, l.MassIsEstimated, l.MassKgLow, l.MassKgHigh, l.Quality, l.NlSfb, l.Ewc,
            l.IsHazardous, l.AvailableFrom, l.AvailableTo, l.PriceEur, l.Status, l.Project.Latitude, l.Project.Longitude,
            l.Project.OrganisationId, l.Project.Organisation != null ? l.Project.Organisation.Name : null, l.Notes));
}
