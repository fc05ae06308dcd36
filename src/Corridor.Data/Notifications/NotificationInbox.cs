using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Notifications;

/// <summary>Whose notifications are whose: the director reads the corridor's (no organisation), a partner its organisations'.</summary>
public static class NotificationInbox
{
    /// <summary>The notifications addressed to the director or to one of the organisations.</summary>
    public static IQueryable<Notification> Of(CorridorDb db, int corridorId, bool isDirector, IReadOnlyCollection<int> organisationIds)
    {
        var orgs = organisationIds.ToList();
        return db.Notifications.Where(n => n.CorridorId == corridorId &&
            ((isDirector && n.OrganisationId == null) || (n.OrganisationId != null && orgs.Contains(n.OrganisationId.Value))));
    }

    /// <summary>The inbox's unread count and its newest <paramref name="take"/> notifications.</summary>
    public static async Task<(int Unread, List<Notification> Items)> ReadAsync(CorridorDb db, int corridorId, bool isDirector,
        IReadOnlyCollection<int> organisationIds, int take = 200, CancellationToken ct = default)
    {
        var mine = Of(db, corridorId, isDirector, organisationIds);
        var unread = await mine.CountAsync(n => n.ReadUtc == null, ct);
        var items = await mine.AsNoTracking().OrderByDescending(n => n.Id).Take(take).ToListAsync(ct);
        return (unread, items);
    }
}
