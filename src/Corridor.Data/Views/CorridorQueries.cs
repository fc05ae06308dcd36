using Corridor.Data.Accounts;
using Corridor.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Views;

/// <summary>A record to choose in a form: its id and name.</summary>
public sealed record NamedOption(int Id, string Name);

/// <summary>The small reads every page shares: the corridors, their hubs and organisations, memberships and tokens.</summary>
public static class CorridorQueries
{
    /// <summary>Every corridor, in the order they were created.</summary>
    public static Task<List<CorridorRegion>> CorridorsAsync(CorridorDb db, CancellationToken ct = default) =>
        db.Corridors.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);

    /// <summary>Whether a demo corridor exists (the sign-in page then lists the demo accounts).</summary>
    public static Task<bool> HasDemoAsync(CorridorDb db, CancellationToken ct = default) => db.Corridors.AnyAsync(c => c.IsDemo, ct);

    /// <summary>The corridor's hubs by code (maps), or by name (lists).</summary>
    public static Task<List<Hub>> HubsAsync(CorridorDb db, int corridorId, CancellationToken ct = default, bool byName = false)
    {
        var hubs = db.Hubs.AsNoTracking().Where(h => h.CorridorId == corridorId);
        return (byName ? hubs.OrderBy(h => h.Name) : hubs.OrderBy(h => h.Code)).ToListAsync(ct);
    }

    /// <summary>The corridor's organisations by name; only those in <paramref name="only"/> when given.</summary>
    public static Task<List<Organisation>> OrganisationsAsync(CorridorDb db, int corridorId, IReadOnlyCollection<int>? only = null, CancellationToken ct = default)
    {
        var ids = only?.ToList();
        return db.Organisations.AsNoTracking().Where(o => o.CorridorId == corridorId && (ids == null || ids.Contains(o.Id))).OrderBy(o => o.Name).ToListAsync(ct);
    }

    /// <summary>The corridor's organisations for a select list.</summary>
    public static Task<List<NamedOption>> OrganisationOptionsAsync(CorridorDb db, int corridorId, CancellationToken ct = default) =>
        db.Organisations.Where(o => o.CorridorId == corridorId).OrderBy(o => o.Name).Select(o => new NamedOption(o.Id, o.Name)).ToListAsync(ct);

    /// <summary>The corridor's hubs for a select list.</summary>
    public static Task<List<NamedOption>> HubOptionsAsync(CorridorDb db, int corridorId, CancellationToken ct = default) =>
        db.Hubs.Where(h => h.CorridorId == corridorId).OrderBy(h => h.Name).Select(h => new NamedOption(h.Id, h.Name)).ToListAsync(ct);

    /// <summary>The corridor's memberships (<see cref="MembershipQueries.Describe"/>).</summary>
    public static Task<List<MembershipView>> MembersAsync(CorridorDb db, int corridorId, CancellationToken ct = default) =>
        MembershipQueries.Describe(db, db.Memberships.Where(m => m.CorridorId == corridorId)).ToListAsync(ct);

    /// <summary>One user's memberships across corridors (<see cref="MembershipQueries.Describe"/>).</summary>
    public static Task<List<MembershipView>> RolesOfAsync(CorridorDb db, int userId, CancellationToken ct = default) =>
        MembershipQueries.Describe(db, db.Memberships.Where(m => m.UserId == userId)).ToListAsync(ct);

    /// <summary>One user's API tokens, newest first.</summary>
    public static Task<List<ApiToken>> TokensOfAsync(CorridorDb db, int userId, CancellationToken ct = default) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(ct);
}
