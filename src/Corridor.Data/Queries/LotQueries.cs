using Corridor.Data.Entities;
using Corridor.Engine.Domain;

namespace Corridor.Data.Queries;

/// <summary>Lot queries shared by the API, the CLI and the benchmarks, so that what is measured is what is served.</summary>
public static class LotQueries
{
    /// <summary>The lot query behind the list endpoint; the bounding box applies to the lot's project location.</summary>
    public static IQueryable<MaterialLot> Filter(CorridorDb db, int corridorId, string? category, LotDirection? direction,
        LotStatus? status, int? projectId, DateOnly? from, DateOnly? to, BoundingBox? box)
    {
        var query = db.Lots.Where(l => l.CorridorId == corridorId);
        if (!string.IsNullOrWhiteSpace(category))
        {
            var key = category.Trim().ToLowerInvariant();
            query = query.Where(l => l.CategoryKey == key);
        }
        if (direction is { } d) query = query.Where(l => l.Direction == d);
        if (status is { } s) query = query.Where(l => l.Status == s);
        if (projectId is { } pid) query = query.Where(l => l.ProjectId == pid);
        if (from is { } f) query = query.Where(l => l.AvailableTo >= f);
        if (to is { } t) query = query.Where(l => l.AvailableFrom <= t);
        if (box is { } b)
        {
            // Projects first: the box selects few projects, and their lots come through the (project_id, code) index.
            var inBox = db.Projects.Where(p => p.CorridorId == corridorId &&
                                               p.Latitude >= b.MinLat && p.Latitude <= b.MaxLat &&
                                               p.Longitude >= b.MinLon && p.Longitude <= b.MaxLon).Select(p => p.Id);
            query = query.Where(l => inBox.Contains(l.ProjectId));
        }
        return query;
    }
}
