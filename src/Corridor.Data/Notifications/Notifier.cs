using System.Text.Json;
using Corridor.Data.Entities;
using Corridor.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Notifications;

/// <summary>
/// Creates notifications for organisations and the chain director, at most once per addressee and dedupe key, and queues
/// a webhook delivery when the organisation has a webhook. Texts are stored in English (the API's language), Dutch and
/// German; the pages show the reader's language.
/// </summary>
public static class Notifier
{
    /// <summary>A match that is still alive: proposed, agreed or under way.</summary>
    static readonly MatchStatus[] Live = [MatchStatus.Proposed, MatchStatus.Accepted, MatchStatus.Reserved, MatchStatus.Harvested,
        MatchStatus.InTransit, MatchStatus.AtHub, MatchStatus.Delivered, MatchStatus.Installed];

    /// <summary>How long before a lot's window closes the sweep warns: <see cref="AlertWindows.Days"/>.</summary>
    public static int WindowWarningDays => AlertWindows.Days;

    static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    /// <summary>Stores a notification unless the addressee has one with this dedupe key; returns it, or null when it was a repeat.</summary>
    public static async Task<Notification?> NotifyAsync(CorridorDb db, int corridorId, int? organisationId, NotificationKind kind,
        string title, string text, string? link, string dedupeKey, TimeProvider time, CancellationToken ct = default,
        string? titleNl = null, string? textNl = null, string? titleDe = null, string? textDe = null)
    {
        var addressee = Notification.AddresseeOf(organisationId);
        if (await db.Notifications.AnyAsync(n => n.CorridorId == corridorId && n.Addressee == addressee && n.DedupeKey == dedupeKey, ct)) return null;
        var now = time.GetUtcNow().UtcDateTime;
        var notification = new Notification
        {
            CorridorId = corridorId, OrganisationId = organisationId, Addressee = addressee, Kind = kind,
            Title = title, Text = text, TitleNl = titleNl, TextNl = textNl, TitleDe = titleDe, TextDe = textDe, Link = link, DedupeKey = dedupeKey, CreatedUtc = now,
        };
        db.Notifications.Add(notification);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent sweep stored the same one first: the unique index keeps it single.
            db.Entry(notification).State = EntityState.Detached;
            return null;
        }
        if (organisationId is { } org && await db.Webhooks.AsNoTracking().FirstOrDefaultAsync(w => w.OrganisationId == org, ct) is { } hook)
        {
            db.WebhookDeliveries.Add(new WebhookDelivery
            {
                CorridorId = corridorId, NotificationId = notification.Id, OrganisationId = org, Url = hook.Url,
                Payload = Payload(notification), CreatedUtc = now, NextAttemptUtc = now,
            });
            await db.SaveChangesAsync(ct);
        }
        return notification;
    }

    /// <summary>The JSON body a webhook receives.</summary>
    public static string Payload(Notification n) => JsonSerializer.Serialize(new
    {
        id = n.Id, corridorId = n.CorridorId, organisationId = n.OrganisationId,
        kind = Data.CorridorDb.SnakeCase(n.Kind.ToString()), title = n.Title, text = n.Text, titleNl = n.TitleNl, textNl = n.TextNl, titleDe = n.TitleDe, textDe = n.TextDe, link = n.Link, createdUtc = n.CreatedUtc,
    }, PayloadJson);

    /// <summary>After a plan is stored: every organisation with proposed matches on its lots, and the director, get one notification.</summary>
    public static async Task<int> ProposalsAsync(CorridorDb db, MatchPlan plan, TimeProvider time, CancellationToken ct = default)
    {
        var proposals = await db.Matches.AsNoTracking().Where(m => m.PlanId == plan.Id && m.Status == MatchStatus.Proposed)
            .Select(m => new { Supply = m.SupplyLot!.Project!.OrganisationId, Demand = m.DemandLot!.Project!.OrganisationId }).ToListAsync(ct);
        if (proposals.Count == 0) return 0;
        var link = $"/plans/{plan.Id}?corridor={plan.CorridorId}";
        var key = $"new_proposal:plan:{plan.Id}";
        var created = 0;
        var perOrganisation = proposals.SelectMany(p => new[] { p.Supply, p.Demand }.Where(o => o is not null).Distinct().Select(o => o!.Value))
            .GroupBy(o => o).OrderBy(g => g.Key);
        foreach (var g in perOrganisation)
        {
            if (await NotifyAsync(db, plan.CorridorId, g.Key, NotificationKind.NewProposal, "New match proposals",
                    $"Plan {plan.Id} proposes {g.Count()} match(es) on your lots. Accept or reject them.", link, key, time, ct,
                    "Nieuwe matchvoorstellen", $"Plan {plan.Id} stelt {g.Count()} match(es) voor op uw partijen. Accepteer of weiger ze.",
                    "Neue Zuordnungsvorschläge", $"Plan {plan.Id} schlägt {g.Count()} Zuordnung(en) für Ihre Partien vor. Nehmen Sie sie an oder lehnen Sie sie ab.") is not null) created++;
        }
        if (await NotifyAsync(db, plan.CorridorId, null, NotificationKind.NewProposal, "New match proposals",
                $"Plan {plan.Id} proposes {proposals.Count} match(es) for the partners to decide on.", link, key, time, ct,
                "Nieuwe matchvoorstellen", $"Plan {plan.Id} stelt {proposals.Count} match(es) voor waarover de partners beslissen.",
                "Neue Zuordnungsvorschläge", $"Plan {plan.Id} schlägt {proposals.Count} Zuordnung(en) vor, über die die Partner entscheiden.") is not null) created++;
        return created;
    }

    /// <summary>
    /// A project's dates moved (the project already holds the new ones): the organisations on both sides of its live matches
    /// and the director get one notification per change.
    /// </summary>
    public static async Task<int> DatesSlippedAsync(CorridorDb db, int projectId, DateOnly oldStart, DateOnly oldEnd, TimeProvider time, CancellationToken ct = default)
    {
        var project = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == projectId, ct);
        if (project.Start == oldStart && project.End == oldEnd) return 0;
        var matches = await db.Matches.AsNoTracking()
            .Where(m => (m.SupplyLot!.ProjectId == projectId || m.DemandLot!.ProjectId == projectId)
                        && Live.Contains(m.Status) && m.Status != MatchStatus.Installed)
            .Select(m => new { Supply = m.SupplyLot!.Project!.OrganisationId, Demand = m.DemandLot!.Project!.OrganisationId }).ToListAsync(ct);
        if (matches.Count == 0) return 0;
        var key = $"dates_slipped:project:{projectId}:{oldStart:yyyy-MM-dd}/{oldEnd:yyyy-MM-dd}->{project.Start:yyyy-MM-dd}/{project.End:yyyy-MM-dd}";
        var text = $"Project {project.Code} ({project.Name}) moved from {oldStart:yyyy-MM-dd}–{oldEnd:yyyy-MM-dd} to {project.Start:yyyy-MM-dd}–{project.End:yyyy-MM-dd}; {matches.Count} match(es) depend on it.";
        var textNl = $"Project {project.Code} ({project.Name}) is verschoven van {oldStart:yyyy-MM-dd}–{oldEnd:yyyy-MM-dd} naar {project.Start:yyyy-MM-dd}–{project.End:yyyy-MM-dd}; {matches.Count} match(es) hangen ervan af.";
        var textDe = $"Projekt {project.Code} ({project.Name}) wurde von {oldStart:yyyy-MM-dd}–{oldEnd:yyyy-MM-dd} auf {project.Start:yyyy-MM-dd}–{project.End:yyyy-MM-dd} verschoben; {matches.Count} Zuordnung(en) hängen davon ab.";
        var link = $"/projects/{Uri.EscapeDataString(project.Code)}?corridor={project.CorridorId}";
        var created = 0;
        foreach (var org in matches.SelectMany(m => new[] { m.Supply, m.Demand }).Where(o => o is not null).Select(o => o!.Value).Distinct().Order())
        {
            if (await NotifyAsync(db, project.CorridorId, org, NotificationKind.DatesSlipped, "Project dates changed", text, link, key, time, ct, "Projectdata gewijzigd", textNl, "Projekttermine geändert", textDe) is not null) created++;
        }
        if (await NotifyAsync(db, project.CorridorId, null, NotificationKind.DatesSlipped, "Project dates changed", text, link, key, time, ct, "Projectdata gewijzigd", textNl, "Projekttermine geändert", textDe) is not null) created++;
        return created;
    }

    /// <summary>
    /// Lots closing without a match (<see cref="AlertWindows"/>, the same rule as the home page): their organisation and the
    /// director are told, once per lot (a second sweep adds nothing). Today is <see cref="CorridorClock.Today"/> of <paramref name="time"/>.
    /// </summary>
    public static async Task<int> SweepAsync(CorridorDb db, int corridorId, TimeProvider time, CancellationToken ct = default)
    {
        var today = CorridorClock.Today(time);
        var lots = await Views.OpenLots.ClosingWithoutMatch(db, corridorId, today).AsNoTracking()
            .Select(l => new { l.Id, l.Code, l.Direction, l.CategoryKey, l.AvailableTo, l.ProjectId, ProjectCode = l.Project!.Code, l.Project.OrganisationId })
            .ToListAsync(ct);
        lots = lots.OrderBy(l => l.Id).ToList();
        var created = 0;
        foreach (var l in lots)
        {
            var what = l.Direction == LotDirection.Supply ? "available" : "needed";
            var text = $"Lot {l.ProjectCode}/{l.Code} ({l.CategoryKey}) is {what} until {l.AvailableTo:yyyy-MM-dd} and has no proposed or agreed match.";
            var textNl = $"Partij {l.ProjectCode}/{l.Code} ({l.CategoryKey}) is {(l.Direction == LotDirection.Supply ? "beschikbaar" : "nodig")} tot {l.AvailableTo:yyyy-MM-dd} en heeft geen voorgestelde of afgesproken match.";
            var textDe = $"Partie {l.ProjectCode}/{l.Code} ({l.CategoryKey}) wird bis {l.AvailableTo:yyyy-MM-dd} {(l.Direction == LotDirection.Supply ? "angeboten" : "benötigt")} und hat keine vorgeschlagene oder vereinbarte Zuordnung.";
            var link = $"/projects/{Uri.EscapeDataString(l.ProjectCode)}?corridor={corridorId}";
            var key = $"window_closing:lot:{l.Id}";
            if (l.OrganisationId is { } org &&
                await NotifyAsync(db, corridorId, org, NotificationKind.WindowClosing, "A lot's window is closing", text, link, key, time, ct, "Het venster van een partij sluit", textNl, "Das Zeitfenster einer Partie endet", textDe) is not null) created++;
            if (await NotifyAsync(db, corridorId, null, NotificationKind.WindowClosing, "A lot's window is closing", text, link, key, time, ct, "Het venster van een partij sluit", textNl, "Das Zeitfenster einer Partie endet", textDe) is not null) created++;
        }
        return created;
    }
    /// <summary>
    /// Lots whose window ended (<see cref="Views.OpenLots.ExpiredToDecide"/>: expired, and the owner may still extend or close
    /// them): their organisation (the director when the project has none) is asked to extend or close each, once per lot and
    /// window end (a second sweep adds nothing; a lot extended and expired again is asked about again).
    /// </summary>
    public static async Task<int> ExpiredAsync(CorridorDb db, int corridorId, TimeProvider time, CancellationToken ct = default)
    {
        var today = CorridorClock.Today(time);
        var lots = await Views.OpenLots.ExpiredToDecide(db.Lots.Where(l => l.CorridorId == corridorId), today).AsNoTracking()
            .Select(l => new { l.Id, l.Code, l.Direction, l.CategoryKey, l.AvailableTo, ProjectCode = l.Project!.Code, l.Project.OrganisationId })
            .ToListAsync(ct);
        var created = 0;
        foreach (var l in lots.OrderBy(l => l.Id))
        {
            var what = l.Direction == LotDirection.Supply ? "was available" : "was needed";
            var text = $"Lot {l.ProjectCode}/{l.Code} ({l.CategoryKey}) {what} until {l.AvailableTo:yyyy-MM-dd}; its window has ended. Extend it with a new end date, or close it.";
            var textNl = $"Partij {l.ProjectCode}/{l.Code} ({l.CategoryKey}) was {(l.Direction == LotDirection.Supply ? "beschikbaar" : "nodig")} tot {l.AvailableTo:yyyy-MM-dd}; het venster is verstreken. Verleng de partij met een nieuwe einddatum, of sluit haar.";
            var link = $"/projects/{Uri.EscapeDataString(l.ProjectCode)}?corridor={corridorId}#lot-{l.Id}";
            var key = $"lot_expired:lot:{l.Id}:{l.AvailableTo:yyyy-MM-dd}";
            if (await NotifyAsync(db, corridorId, l.OrganisationId, NotificationKind.LotExpired, "A lot's window has ended", text, link, key, time, ct,
                    "Het venster van een partij is verstreken", textNl) is not null) created++;
        }
        return created;
    }
}
