using System.Security.Cryptography;
using Corridor.Data;
using Corridor.Data.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;
using Corridor.Web.Infrastructure;
using Corridor.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Notifications;

internal sealed record NotificationResponse(int Id, int? OrganisationId, NotificationKind Kind, string Title, string Text, string? Link, DateTime CreatedUtc, DateTime? ReadUtc, string? TitleNl, string? TextNl, string? TitleDe = null, string? TextDe = null);

internal sealed record NotificationList(int Unread, IReadOnlyList<NotificationResponse> Items);

/// <summary>The notification list's query string.</summary>
internal sealed record NotificationListQuery(bool UnreadOnly = false);

/// <summary>What a sweep did: notifications created (closing windows), reservations that ran out, and expired lots whose owners were asked to extend or close them.</summary>
internal sealed record SweepResponse(int Created, int ReservationsExpired, int LotsExpired = 0);

internal sealed record WebhookRequest(string? Url, string? Secret);

/// <summary>The secret appears only in the answer to the PUT that sets it.</summary>
internal sealed record WebhookResponse(int OrganisationId, string Url, bool SecretSet, string? Secret, DateTime UpdatedUtc, IReadOnlyList<DeliveryResponse> RecentDeliveries);

internal sealed record DeliveryResponse(int Id, int NotificationId, int Attempts, int? StatusCode, string? LastError, DateTime? DeliveredUtc, DateTime? NextAttemptUtc);

/// <summary>
/// Notifications for the caller (the director's, and those of the organisations a partner acts for), the sweep on demand,
/// and organisations' outgoing webhooks.
/// </summary>
internal static class NotificationEndpoints
{
    public static RouteGroupBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        var group = app.MapCorridorGroup().WithTags("Notifications");
        group.MapGet("/notifications", List).WithName("ListNotifications").Allow(Access.Partner)
            .WithSummary("The caller's notifications, newest first, with the unread count");
        group.MapPost("/notifications/{notificationId:int}/read", Read).WithName("ReadNotification").Allow(Access.Partner)
            .WithSummary("Mark one of the caller's notifications read");
        group.MapPost("/notifications/sweep", Sweep).WithName("SweepNotifications").Allow(Access.Director)
            .WithSummary("Warn now about lots whose window closes within four weeks without a match, and ask owners to extend or close expired lots (also runs daily)");
        group.MapGet("/organisations/{organisationId:int}/webhook", GetWebhook).WithName("GetWebhook").Allow(Access.Partner)
            .WithSummary("The organisation's webhook (without its secret) and its recent deliveries");
        group.MapPut("/organisations/{organisationId:int}/webhook", PutWebhook).WithName("SetWebhook").Allow(Access.Partner)
            .WithSummary("Set the organisation's webhook URL and secret (a secret is generated when none is given); director or the organisation's partner");
        return group;
    }

    /// <summary>Notifications addressed to the actor in a corridor: the director's when they direct it, plus their organisations'.</summary>
    public static IQueryable<Notification> Mine(CorridorDb db, CorridorActor actor, int corridorId)
        => NotificationInbox.Of(db, corridorId, actor.IsDirector(corridorId), actor.OrganisationIds(corridorId).ToList());

    /// <summary>Unread notifications across every corridor the actor directs or partners in (the header's badge).</summary>
    public static async Task<int> UnreadAsync(CorridorDb db, CorridorActor actor, CancellationToken ct)
    {
        var count = 0;
        foreach (var corridorId in actor.Memberships.Select(m => m.CorridorId).Distinct())
            count += await Mine(db, actor, corridorId).CountAsync(n => n.ReadUtc == null, ct);
        return count;
    }

    public static NotificationResponse ToResponse(Notification n) => new(n.Id, n.OrganisationId, n.Kind, n.Title, n.Text, n.Link, n.CreatedUtc, n.ReadUtc, n.TitleNl, n.TextNl, n.TitleDe, n.TextDe);

    static async Task<Ok<NotificationList>> List(int corridorId, [AsParameters] NotificationListQuery q, CorridorActor actor, CorridorDb db, CancellationToken ct)
    {
        var unreadOnly = q.UnreadOnly;
        var mine = Mine(db, actor, corridorId);
        var unread = await mine.CountAsync(n => n.ReadUtc == null, ct);
        var items = await mine.Where(n => !unreadOnly || n.ReadUtc == null).OrderByDescending(n => n.Id).Take(200).ToListAsync(ct);
        return TypedResults.Ok(new NotificationList(unread, items.Select(ToResponse).ToList()));
    }

    /// <summary>Marks read when the notification is the actor's; null on success, else the refusal.</summary>
    public static async Task<ProblemHttpResult?> MarkReadAsync(int corridorId, int notificationId, CorridorActor actor, CorridorDb db, DateTime now, CancellationToken ct)
    {
        var n = await db.Notifications.FirstOrDefaultAsync(x => x.Id == notificationId && x.CorridorId == corridorId, ct);
        if (n is null) return RecordAccess.Missing("notification");
        var allowed = n.OrganisationId is null ? actor.IsDirector(corridorId) : actor.IsPartnerOf(corridorId, n.OrganisationId);
        if (!allowed) return Denied.Forbidden("This notification is addressed to someone else.");
        n.ReadUtc ??= now;
        await db.SaveChangesAsync(ct);
        return null;
    }

    static async Task<Results<NoContent, ProblemHttpResult>> Read(int corridorId, int notificationId, CorridorActor actor, CorridorDb db, TimeProvider time, CancellationToken ct) =>
        await MarkReadAsync(corridorId, notificationId, actor, db, time.GetUtcNow().UtcDateTime, ct) is { } refusal ? refusal : TypedResults.NoContent();

    static async Task<Ok<SweepResponse>> Sweep(int corridorId, CorridorDb db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var expired = await Corridor.Data.Workflow.MatchTransitions.ExpireReservationsAsync(db, corridorId, now, ct);
        var created = await Notifier.SweepAsync(db, corridorId, time, ct);
        var lotsExpired = await Notifier.ExpiredAsync(db, corridorId, time, ct);
        return TypedResults.Ok(new SweepResponse(created, expired, lotsExpired));
    }

    static async Task<ProblemHttpResult?> CheckOrganisationAsync(int corridorId, int organisationId, CorridorActor actor, CorridorDb db, CancellationToken ct)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId && o.CorridorId == corridorId, ct)) return RecordAccess.Missing("organisation");
        return actor.CanEdit(corridorId, organisationId) ? null : Denied.NotYours("organisation");
    }

    static async Task<Results<Ok<WebhookResponse>, NotFound, ProblemHttpResult>> GetWebhook(int corridorId, int organisationId, CorridorActor actor, CorridorDb db, CancellationToken ct)
    {
        if (await CheckOrganisationAsync(corridorId, organisationId, actor, db, ct) is { } refusal) return refusal;
        var hook = await db.Webhooks.AsNoTracking().FirstOrDefaultAsync(w => w.OrganisationId == organisationId, ct);
        if (hook is null) return TypedResults.NotFound();
        return TypedResults.Ok(await ResponseAsync(db, hook, null, ct));
    }

    static async Task<Results<Ok<WebhookResponse>, ValidationProblem, ProblemHttpResult>> PutWebhook(int corridorId, int organisationId, WebhookRequest request, CorridorActor actor, CorridorDb db, TimeProvider time, CancellationToken ct)
    {
        if (await CheckOrganisationAsync(corridorId, organisationId, actor, db, ct) is { } refusal) return refusal;
        var errors = new FieldErrors();
        if (!WebhookDispatcher.IsValidUrl(request.Url)) errors.Add("url", "Must be an absolute http or https URL.");
        if (request.Secret is { Length: > 0 and < 16 }) errors.Add("secret", "Must have at least 16 characters (or leave it out to have one generated).");
        if (errors.Any) return errors.Problem();
        var secret = request.Secret is { Length: > 0 } given ? given : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var hook = await db.Webhooks.FirstOrDefaultAsync(w => w.OrganisationId == organisationId, ct);
        if (hook is null)
        {
            hook = new OrganisationWebhook { CorridorId = corridorId, OrganisationId = organisationId, Url = request.Url!, Secret = secret };
            db.Webhooks.Add(hook);
        }
        hook.Url = request.Url!;
        hook.Secret = secret;
        hook.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ResponseAsync(db, hook, secret, ct));
    }

    static async Task<WebhookResponse> ResponseAsync(CorridorDb db, OrganisationWebhook hook, string? secret, CancellationToken ct)
    {
        var deliveries = await db.WebhookDeliveries.AsNoTracking().Where(d => d.OrganisationId == hook.OrganisationId).OrderByDescending(d => d.Id).Take(20)
            .Select(d => new DeliveryResponse(d.Id, d.NotificationId, d.Attempts, d.StatusCode, d.LastError, d.DeliveredUtc, d.NextAttemptUtc)).ToListAsync(ct);
        return new WebhookResponse(hook.OrganisationId, hook.Url, hook.Secret.Length > 0, secret, hook.UpdatedUtc, deliveries);
    }
}
