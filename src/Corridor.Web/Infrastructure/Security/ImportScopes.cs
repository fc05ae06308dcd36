using Corridor.Data;
using Corridor.Data.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Infrastructure.Security;

internal static class ImportScopes
{
    /// <summary>No scope for the chain director; a partner's organisations otherwise.</summary>
    public static async Task<ImportScope?> ForAsync(CorridorActor actor, CorridorDb db, int corridorId, CancellationToken ct)
    {
        if (actor.IsDirector(corridorId)) return null;
        var ids = actor.OrganisationIds(corridorId);
        var names = await db.Organisations.Where(o => o.CorridorId == corridorId && ids.Contains(o.Id)).OrderBy(o => o.Name).Select(o => o.Name).ToListAsync(ct);
        return new ImportScope(names);
    }
}
