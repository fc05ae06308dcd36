using Corridor.Data.Entities;
using Corridor.Engine.Domain;

namespace Corridor.Data.Queries;

/// <summary>
/// Which lots a list shows: category key, direction, status, project, availability window overlapping
/// <see cref="From"/>..<see cref="To"/>, and the project's location inside <see cref="Box"/>. Null means "any".
/// </summary>
public sealed record LotFilter(
    string? Category = null, LotDirection? Direction = null, LotStatus? Status = null, int? ProjectId = null,
    DateOnly? From = null, DateOnly? To = null, BoundingBox? Box = null);

/// <summary>Lot queries shared by the API, the CLI and the benchmarks, so that what is measured is what is served.</summary>
public static class LotQueries
{
    /// <summary>The lot query behind the list endpoint; the bounding box applies to the lot's project location.</summary>
    public static IQueryable<MaterialLot> Filter(CorridorDb db, int corridorId, LotFilter filter)
    {
        var query = db.Lots.Where(l => l.CorridorId == corridorId);
        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            var key = filter.Category.Trim().ToLowerInvariant();
            query = query.Where(l => l.CategoryKey == key);
        }
        if (filter.Direction is { } d) query = query.Where(l => l.Direction == d);
        if (filter.Status is { } s) query = query.Where(l => l.Status == s);
        if (filter.ProjectId is { } pid) query = query.Where(l => l.ProjectId == pid);
        if (filter.From is { } f) query = query.Where(l => l.AvailableTo >= f);
        if (filter.To is { } t) query = query.Where(l => l.AvailableFrom <= t);
        if (filter.Box is { } b)
        {
            // Projects first: the box selects few projects, and their lots come through the (project_id, code) index.
            var inBox = db.Projects.Where(p => p.CorridorId == corridorId).InBox(b).Select(p => p.Id);
            query = query.Where(l => inBox.Contains(l.ProjectId));
        }
        return query;
    }

    /// <summary>The same query with the filter spelled out (the CLI and the pages call this form).</summary>
    public static IQueryable<MaterialLot> Filter(CorridorDb db, int corridorId, string? category, LotDirection? direction,
        LotStatus? status, int? projectId, DateOnly? from, DateOnly? to, BoundingBox? box) =>
        Filter(db, corridorId, new LotFilter(category, direction, status, projectId, from, to, box));
}
