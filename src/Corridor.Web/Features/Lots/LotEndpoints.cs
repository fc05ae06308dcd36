using Corridor.Web.Infrastructure.Security;
using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Data.Lots;
using Corridor.Data.Queries;
using Corridor.Data.Rules;
using Corridor.Data.Workflow;
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
    /// <summary>The lot's state today (<see cref="LotStates.State"/>): open, expired (window ended, still to extend or close) or closed.</summary>
    public LotState State { get; init; }

    /// <summary>The same lot with <see cref="State"/> as of <paramref name="today"/>.</summary>
    public LotResponse At(DateOnly today) => this with { State = LotStates.State(Direction, Status, AvailableTo, today) };

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

/// <summary>A new last day of the lot's window: after today and after the window's start.</summary>
public sealed record ExtendLotRequest(DateOnly? AvailableTo);

/// <summary>Why the lot is closed (withdrawn), optional.</summary>
public sealed record CloseLotRequest(string? Reason = null);

/// <summary>The marketplace's query string: category, a date within the window, and whether to list expired lots too (off by default).</summary>
public sealed record MarketplaceQuery(string? Category = null, DateOnly? On = null, bool IncludeExpired = false, int? Page = null, int? PageSize = null);

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
        group.MapPost("/lots/{id:int}/extend", Extend).WithName("ExtendLot").Allow(Access.Partner)
            .WithSummary("Move the end of a lot's window (availableTo, after today and after its start), e.g. when it expired; the lot's partners and the director; audited")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/lots/{id:int}/close", Close).WithName("CloseLot").Allow(Access.Partner)
            .WithSummary("Close (withdraw) a lot, e.g. when it expired: no longer offered, needed or planned; optional reason; the lot's partners and the director; audited")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/marketplace", Marketplace).WithName("Marketplace").Allow(Access.Public)
            .WithSummary("Supply lots offered in the marketplace (inventoried, harvested or stored), by category and a date in the window; includeExpired=true also lists lots whose window ended (state expired)");
        return group;
    }

    static async Task<Results<Ok<Page<LotResponse>>, ValidationProblem>> List(int corridorId, [AsParameters] LotListQuery q,
        CorridorDb db, CorridorActor actor, TimeProvider time, CancellationToken ct)
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
        var today = CorridorClock.Today(time);
        return TypedResults.Ok(new Page<LotResponse>(items.Select(l => l.For(actor, corridorId, rules).At(today)).ToList(), paging.Page, paging.PageSize, total));
    }

    static async Task<Results<Ok<LotResponse>, NotFound>> Get(int corridorId, int id, CorridorDb db, CorridorActor actor, TimeProvider time, CancellationToken ct) =>
        await ToResponse(db.Lots.Where(l => l.CorridorId == corridorId && l.Id == id)).FirstOrDefaultAsync(ct) is { } lot
            ? TypedResults.Ok(lot.For(actor, corridorId, await RuleSets.SettingsAsync(db, corridorId, ct)).At(CorridorClock.Today(time))) : TypedResults.NotFound();

    static async Task<Results<Ok<LotResponse>, ValidationProblem, ProblemHttpResult>> Extend(int corridorId, int id, ExtendLotRequest r, CorridorDb db,
        CorridorActor actor, TimeProvider time, CancellationToken ct)
    {
        if (await actor.CheckLotAsync(db, corridorId, id, ct) is { } refused) return refused;
        var outcome = await LotWindows.ExtendAsync(db, corridorId, id, r.AvailableTo, new AuditActor(actor.UserId, actor.Name), time, ct);
        return await AnswerAsync(outcome, corridorId, id, db, actor, time, ct);
    }

    static async Task<Results<Ok<LotResponse>, ValidationProblem, ProblemHttpResult>> Close(int corridorId, int id, CloseLotRequest? r, CorridorDb db,
        CorridorActor actor, TimeProvider time, CancellationToken ct)
    {
        if (await actor.CheckLotAsync(db, corridorId, id, ct) is { } refused) return refused;
        var outcome = await LotWindows.CloseAsync(db, corridorId, id, r?.Reason, new AuditActor(actor.UserId, actor.Name), time, ct);
        return await AnswerAsync(outcome, corridorId, id, db, actor, time, ct);
    }

    static async Task<Results<Ok<LotResponse>, ValidationProblem, ProblemHttpResult>> AnswerAsync(LotWindows.Outcome outcome, int corridorId, int id,
        CorridorDb db, CorridorActor actor, TimeProvider time, CancellationToken ct)
    {
        if (outcome.Errors.Count > 0)
        {
            var errors = new FieldErrors();
            foreach (var (field, message) in outcome.Errors) errors.Add(field, message);
            return errors.Problem();
        }
        if (outcome.Conflict is { } conflict)
            return TypedResults.Problem(title: "The lot cannot be changed", detail: conflict, statusCode: StatusCodes.Status409Conflict);
        if (outcome.Lot is null) return RecordAccess.Missing("lot");
        var lot = await ToResponse(db.Lots.AsNoTracking().Where(l => l.Id == id)).FirstAsync(ct);
        return TypedResults.Ok(lot.For(actor, corridorId, await RuleSets.SettingsAsync(db, corridorId, ct)).At(CorridorClock.Today(time)));
    }

    /// <summary>The marketplace as data: offered supply lots (price under the corridor's rules), expired ones only when asked.</summary>
    static async Task<Ok<Page<LotResponse>>> Marketplace(int corridorId, [AsParameters] MarketplaceQuery q, CorridorDb db, CorridorActor actor, TimeProvider time, CancellationToken ct)
    {
        var today = CorridorClock.Today(time);
        var rules = await RuleSets.SettingsAsync(db, corridorId, ct);
        var query = Corridor.Data.Views.OpenLots.Offerable(
            LotQueries.Filter(db, corridorId, new LotFilter(q.Category, LotDirection.Supply, null, null, q.On, q.On, null)), today, q.IncludeExpired);
        var paging = PageRequest.From(q.Page, q.PageSize);
        var total = await query.CountAsync(ct);
        var items = await ToResponse(query.OrderBy(l => l.AvailableFrom).ThenBy(l => l.Id).Skip(paging.Skip).Take(paging.PageSize)).ToListAsync(ct);
        return TypedResults.Ok(new Page<LotResponse>(items.Select(l => l.For(actor, corridorId, rules).At(today)).ToList(), paging.Page, paging.PageSize, total));
    }

    static async Task<Results<Created<LotResponse>, ValidationProblem, ProblemHttpResult>> Create(int corridorId, int projectId, CreateLotRequest r, CorridorDb db, CategoryIndex categories,
        CorridorActor actor, TimeProvider time, CancellationToken ct)
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
        return TypedResults.Created($"/api/corridors/{corridorId}/lots/{lot.Id}", created.For(actor, corridorId, await RuleSets.SettingsAsync(db, corridorId, ct)).At(CorridorClock.Today(time)));
    }

    public static IQueryable<LotResponse> ToResponse(IQueryable<MaterialLot> query) =>
        query.Select(l => new LotResponse(l.Id, l.Project!.Code + "/" + l.Code, l.Project.Code, l.Code, l.Direction, l.CategoryKey,
            l.Description, l.Quantity, l.Unit, l.MassKg, l.MassIsEstimated, l.MassKgLow, l.MassKgHigh, l.Quality, l.NlSfb, l.Ewc,
            l.IsHazardous, l.AvailableFrom, l.AvailableTo, l.PriceEur, l.Status, l.Project.Latitude, l.Project.Longitude,
            l.Project.OrganisationId, l.Project.Organisation != null ? l.Project.Organisation.Name : null, l.Notes));
}
