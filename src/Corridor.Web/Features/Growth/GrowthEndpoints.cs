using Corridor.Data;
using Corridor.Data.Growth;
using Microsoft.AspNetCore.Http.HttpResults;
using Corridor.Web.Infrastructure;
using Corridor.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Growth;

internal sealed record GrowthCellResponse(GrowthElement Element, int Level, string LevelEn, string LevelNl, string DescriptionEn, string DescriptionNl,
    string? LevelDe = null, string? DescriptionDe = null);

internal sealed record AssessmentRequest(GrowthElement? Element, int Level, string? Evidence, string? EvidenceLink, int? OrganisationId, DateOnly? AssessedOn);

internal sealed record AssessmentResponse(int Id, int? OrganisationId, GrowthElement Element, int Level, string Evidence, string? EvidenceLink, DateOnly AssessedOn, string AssessedBy);

internal sealed record LevelResponse(GrowthElement Element, int? Level, int SupportedLevel, DateOnly? AssessedOn, string? Evidence, string? EvidenceLink, string? AssessedBy);

internal sealed record SnapshotResponse(DateOnly Date, IReadOnlyList<int?> Levels);

internal sealed record GrowthResponse(IReadOnlyList<GrowthElement> Elements, IReadOnlyList<LevelResponse> Levels, IReadOnlyList<GrowthIndicator> Indicators, IReadOnlyList<SnapshotResponse> History);

/// <summary>The assessments list's query string: one organisation's, or (without it) the corridor's.</summary>
internal sealed record AssessmentListQuery(int? OrganisationId = null);

/// <summary>The growth model: the matrix (public), self-assessments (director; partners for their own organisation), and levels with indicators.</summary>
internal static class GrowthEndpoints
{
    public static RouteGroupBuilder MapGrowth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/growth/model", () => TypedResults.Ok(GrowthMatrix.Cells.Select(Cell).ToList()))
            .WithTags("Growth").WithName("GrowthModel").Allow(Access.Public).WithSummary("The growth model: 5 elements × 5 levels, in English and Dutch");
        var group = app.MapCorridorGroup("/growth").WithTags("Growth");
        group.MapGet("/", Get).WithName("GetGrowth").Allow(Access.Member)
            .WithSummary("Self-assessed level per element, indicators computed from the data with the level each supports, and the history");
        group.MapGet("/assessments", List).WithName("ListAssessments").Allow(Access.Member)
            .WithSummary("Self-assessments of the corridor, or of one organisation (?organisationId=)");
        group.MapPost("/assessments", Create).WithName("CreateAssessment").Allow(Access.Partner)
            .WithSummary("Add a dated self-assessment: the director for the corridor or any organisation, a partner for its own organisation");
        return group;
    }

    static GrowthCellResponse Cell(GrowthCell c) => new(c.Element, c.Level, c.LevelEn, c.LevelNl, c.DescriptionEn, c.DescriptionNl, c.LevelDe, c.DescriptionDe);

    static AssessmentResponse ToResponse(GrowthAssessment a) => new(a.Id, a.OrganisationId, a.Element, a.Level, a.Evidence, a.EvidenceLink, a.AssessedOn, a.AssessedBy);

    public static async Task<GrowthResponse> ReadAsync(CorridorDb db, int corridorId, DateOnly today, CancellationToken ct)
    {
        var history = await GrowthStore.HistoryAsync(db, corridorId, null, ct);
        var indicators = await GrowthIndicators.ComputeAsync(db, corridorId, today, ct);
        var levels = GrowthStore.Current(history).Select(l => new LevelResponse(l.Element, l.Level,
            indicators.Where(i => i.Element == l.Element).Select(i => i.SupportedLevel).DefaultIfEmpty(1).Max(),
            l.AssessedOn, l.Evidence, l.EvidenceLink, l.AssessedBy)).ToList();
        return new GrowthResponse(GrowthMatrix.Elements, levels, indicators,
            GrowthStore.Snapshots(history).Select(s => new SnapshotResponse(s.Date, s.Levels)).ToList());
    }

    static async Task<Ok<GrowthResponse>> Get(int corridorId, CorridorDb db, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(await ReadAsync(db, corridorId, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), ct));

    static async Task<Ok<List<AssessmentResponse>>> List(int corridorId, [AsParameters] AssessmentListQuery q, CorridorDb db, CancellationToken ct) =>
        TypedResults.Ok((await GrowthStore.HistoryAsync(db, corridorId, q.OrganisationId, ct)).Select(ToResponse).ToList());

    /// <summary>Validates and authorises an assessment; shared with the growth page's form.</summary>
    public static async Task<(GrowthAssessment? Assessment, Results<ValidationProblem, ProblemHttpResult>? Refusal)> PrepareAsync(
        int corridorId, AssessmentRequest request, CorridorActor actor, CorridorDb db, DateOnly today, CancellationToken ct)
    {
        if (request.OrganisationId is { } org && !await db.Organisations.AnyAsync(o => o.Id == org && o.CorridorId == corridorId, ct))
            return (null, RecordAccess.Missing("organisation"));
        if (!actor.IsDirector(corridorId) && !actor.IsPartnerOf(corridorId, request.OrganisationId))
            return (null, Denied.Forbidden("The chain director assesses the corridor; a partner assesses only its own organisation."));
        var errors = new FieldErrors();
        if (request.Element is null) errors.Add("element", "Choose an element: " + string.Join(", ", GrowthMatrix.Elements.Select(GrowthMatrix.Key)) + ".");
        if (request.Level is < 1 or > 5) errors.Add("level", "Must be 1 (Ad-hoc) to 5 (Network).");
        errors.Required("evidence", request.Evidence);
        if (request.EvidenceLink is { Length: > 0 } link && !Corridor.Data.Notifications.WebhookDispatcher.IsValidUrl(link)) errors.Add("evidenceLink", "Must be an http or https address.");
        if (request.AssessedOn is { } on && on > today) errors.Add("assessedOn", "Must not lie in the future.");
        if (errors.Any) return (null, errors.Problem());
        return (new GrowthAssessment
        {
            CorridorId = corridorId, OrganisationId = request.OrganisationId, Element = request.Element!.Value, Level = request.Level,
            Evidence = request.Evidence!.Trim(), EvidenceLink = request.EvidenceLink is { Length: > 0 } l ? l.Trim() : null,
            AssessedOn = request.AssessedOn ?? today, AssessedByUserId = actor.UserId, AssessedBy = actor.Name ?? "?",
        }, null);
    }

    static async Task<Results<Created<AssessmentResponse>, ValidationProblem, ProblemHttpResult>> Create(int corridorId, AssessmentRequest request,
        CorridorActor actor, CorridorDb db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var (assessment, refusal) = await PrepareAsync(corridorId, request, actor, db, DateOnly.FromDateTime(now), ct);
        switch (refusal?.Result)
        {
            case ValidationProblem invalid: return invalid;
            case ProblemHttpResult problem: return problem;
        }
        assessment!.CreatedUtc = now;
        await GrowthStore.AddAsync(db, assessment, ct);
        return TypedResults.Created($"/api/corridors/{corridorId}/growth/assessments/{assessment.Id}", ToResponse(assessment));
    }
}
