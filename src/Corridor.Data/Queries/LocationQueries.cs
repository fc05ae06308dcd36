using Corridor.Data.Entities;
using Corridor.Engine.Domain;

namespace Corridor.Data.Queries;

/// <summary>
/// The one bounding-box filter (bbox=minLon,minLat,maxLon,maxLat, edges included) for everything with a place:
/// projects (and through them their lots) and hubs. The API, the pages and the CLI all filter through these.
/// </summary>
public static class LocationQueries
{
    /// <summary>Projects whose location lies inside the box.</summary>
    public static IQueryable<Project> InBox(this IQueryable<Project> projects, BoundingBox box) =>
        projects.Where(p => p.Latitude >= box.MinLat && p.Latitude <= box.MaxLat && p.Longitude >= box.MinLon && p.Longitude <= box.MaxLon);

    /// <summary>Hubs whose location lies inside the box.</summary>
    public static IQueryable<Hub> InBox(this IQueryable<Hub> hubs, BoundingBox box) =>
        hubs.Where(h => h.Latitude >= box.MinLat && h.Latitude <= box.MaxLat && h.Longitude >= box.MinLon && h.Longitude <= box.MaxLon);

    /// <summary>Either filter, only when a box is given.</summary>
    public static IQueryable<Project> InBox(this IQueryable<Project> projects, BoundingBox? box) => box is { } b ? projects.InBox(b) : projects;

    /// <inheritdoc cref="InBox(IQueryable{Project}, BoundingBox?)"/>
    public static IQueryable<Hub> InBox(this IQueryable<Hub> hubs, BoundingBox? box) => box is { } b ? hubs.InBox(b) : hubs;
}
