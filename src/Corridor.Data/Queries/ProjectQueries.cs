using Corridor.Data.Entities;
using Corridor.Engine.Domain;

namespace Corridor.Data.Queries;

/// <summary>
/// Which projects a list shows: kind, status, schedule overlapping <see cref="From"/>..<see cref="To"/>, location inside
/// <see cref="Box"/>, and <see cref="Text"/> found in the code or the name. Null means "any".
/// </summary>
public sealed record ProjectFilter(
    ProjectKind? Kind = null, ProjectStatus? Status = null, DateOnly? From = null, DateOnly? To = null,
    BoundingBox? Box = null, string? Text = null);

/// <summary>Project queries shared by the API and the pages.</summary>
public static class ProjectQueries
{
    /// <summary>The corridor's projects under the filter (the API's and the pages' one definition).</summary>
    public static IQueryable<Project> Filter(CorridorDb db, int corridorId, ProjectFilter filter)
    {
        var query = db.Projects.Where(p => p.CorridorId == corridorId);
        if (filter.Kind is { } k) query = query.Where(p => p.Kind == k);
        if (filter.Status is { } s) query = query.Where(p => p.Status == s);
        if (filter.From is { } f) query = query.Where(p => p.End >= f);
        if (filter.To is { } t) query = query.Where(p => p.Start <= t);
        query = query.InBox(filter.Box);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var q = filter.Text;
            query = query.Where(p => p.Code.Contains(q) || p.Name.Contains(q));
        }
        return query;
    }
}
