using System.Globalization;
using Corridor.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Views;

/// <summary>A lot's window on the calendar: direction, category, mass in kg and its dates.</summary>
public sealed record LotWindow(LotDirection Direction, string Category, double MassKg, DateOnly From, DateOnly To);

/// <summary>One project on the calendar's timeline with the windows of its lots that pass the filters.</summary>
public sealed record ProjectLine(string Code, string Name, ProjectKind Kind, string? Address, DateOnly Start, DateOnly End, IReadOnlyList<LotWindow> Lots);

/// <summary>
/// The calendar's filters: a category, a direction, a place (text in the address or name) or a box, and a period.
/// A project without lots that pass is shown only when no lot filter is set and its own dates overlap the period.
/// </summary>
public sealed record CalendarFilter(string? Category = null, LotDirection? Direction = null, string? Place = null, BoundingBox? Box = null,
    DateOnly? From = null, DateOnly? To = null);

/// <summary>The calendar page's queries.</summary>
public static class CalendarQueries
{
    /// <summary>How many projects the corridor has.</summary>
    public static Task<int> ProjectCountAsync(CorridorDb db, int corridorId, CancellationToken ct = default) =>
        db.Projects.CountAsync(p => p.CorridorId == corridorId, ct);

    /// <summary>The projects and lot windows the filter selects, by project start and code.</summary>
    public static async Task<List<ProjectLine>> LinesAsync(CorridorDb db, int corridorId, CalendarFilter filter, CancellationToken ct = default)
    {
        var projects = db.Projects.AsNoTracking().Where(p => p.CorridorId == corridorId);
        if (!string.IsNullOrWhiteSpace(filter.Place))
        {
            var place = filter.Place.Trim().ToLower(CultureInfo.InvariantCulture);
            projects = projects.Where(p => (p.Address ?? "").ToLower().Contains(place) || p.Name.ToLower().Contains(place));
        }
        if (filter.Box is { } box)
            projects = projects.Where(p => p.Latitude >= box.MinLat && p.Latitude <= box.MaxLat && p.Longitude >= box.MinLon && p.Longitude <= box.MaxLon);

        var lots = db.Lots.Where(l => l.CorridorId == corridorId);
        if (!string.IsNullOrWhiteSpace(filter.Category)) lots = lots.Where(l => l.CategoryKey == filter.Category);
        if (filter.Direction is { } d) lots = lots.Where(l => l.Direction == d);
        if (filter.From is { } f) lots = lots.Where(l => l.AvailableTo >= f);
        if (filter.To is { } t) lots = lots.Where(l => l.AvailableFrom <= t);
        var filteredByLots = !string.IsNullOrWhiteSpace(filter.Category) || filter.Direction is not null;

        var rows = await projects.OrderBy(p => p.Start).ThenBy(p => p.Code)
            .Select(p => new
            {
                p.Code, p.Name, p.Kind, p.Address, p.Start, p.End,
                Lots = lots.Where(l => l.ProjectId == p.Id)
                    .Select(l => new LotWindow(l.Direction, l.CategoryKey, l.MassKg, l.AvailableFrom, l.AvailableTo)).ToList(),
            })
            .ToListAsync(ct);
        var (from, to) = (filter.From, filter.To);
        return rows
            .Where(p => p.Lots.Count > 0 || (!filteredByLots && (from is null || p.End >= from) && (to is null || p.Start <= to)))
            .Select(p => new ProjectLine(p.Code, p.Name, p.Kind, p.Address, p.Start, p.End, p.Lots))
            .ToList();
    }
}
