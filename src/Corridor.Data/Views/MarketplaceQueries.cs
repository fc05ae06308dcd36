using Corridor.Data.Queries;
using Corridor.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Views;

/// <summary>
/// A supply lot as the marketplace lists it. <see cref="PriceEur"/> and <see cref="Contact"/> are the stored, private
/// values: the caller blanks or rewrites them under the corridor's rules before anyone sees them.
/// </summary>
public sealed record MarketLot(string ProjectCode, string ProjectName, string LotCode, string Category, string? Description,
    decimal Quantity, QuantityUnit Unit, double MassKg, bool MassIsEstimated, double? MassKgLow, double? MassKgHigh,
    QualityGrade? Quality, string? Ewc, bool IsHazardous, DateOnly AvailableFrom, DateOnly AvailableTo, double Latitude, double Longitude,
    int? OrganisationId, string? Organisation, decimal? PriceEur, string? Contact)
{
    /// <summary>Road distance from the chosen origin, km; null without one.</summary>
    public double? DistanceKm { get; init; }

    /// <summary>True when price and contact were kept for this viewer.</summary>
    public bool ShowsPrivate { get; init; }

    /// <summary>The window ended before <paramref name="today"/> (<see cref="LotStates.IsExpired(DateOnly, DateOnly)"/>); listed only when expired lots are asked for.</summary>
    public bool IsExpiredOn(DateOnly today) => LotStates.IsExpired(AvailableTo, today);
}

/// <summary>A project a marketplace search may measure distance from.</summary>
public sealed record ProjectPlace(string Code, string Name, double Latitude, double Longitude);

/// <summary>The marketplace's queries: the lots it offers (<see cref="LotStates.IsOfferable"/>) and the places to search from.</summary>
public static class MarketplaceQueries
{
    /// <summary>The corridor's projects as places to measure from.</summary>
    public static Task<List<ProjectPlace>> PlacesAsync(CorridorDb db, int corridorId, CancellationToken ct = default) =>
        db.Projects.AsNoTracking().Where(p => p.CorridorId == corridorId).OrderBy(p => p.Name)
            .Select(p => new ProjectPlace(p.Code, p.Name, p.Latitude, p.Longitude)).ToListAsync(ct);

    /// <summary>
    /// Offerable supply lots today, optionally of one category and available on one date; ordered by availability, project
    /// and lot. Expired lots (window ended before today) only with <paramref name="includeExpired"/>. Distances are the caller's (<see cref="WithDistance"/>).
    /// </summary>
    public static async Task<List<MarketLot>> OfferedAsync(CorridorDb db, int corridorId, string? category, DateOnly? on, DateOnly today, CancellationToken ct = default,
        bool includeExpired = false)
    {
        var query = OpenLots.Offerable(LotQueries.Filter(db, corridorId, category, LotDirection.Supply, null, null, on, on, null), today, includeExpired);
        var lots = await query.AsNoTracking()
            .Select(l => new MarketLot(l.Project!.Code, l.Project.Name, l.Code, l.CategoryKey, l.Description, l.Quantity, l.Unit,
                l.MassKg, l.MassIsEstimated, l.MassKgLow, l.MassKgHigh, l.Quality, l.Ewc, l.IsHazardous, l.AvailableFrom, l.AvailableTo,
                l.Project.Latitude, l.Project.Longitude, l.Project.OrganisationId,
                l.Project.Organisation != null ? l.Project.Organisation.Name : null, l.PriceEur,
                l.Project.Organisation != null ? l.Project.Organisation.ContactEmail : null))
            .ToListAsync(ct);
        return lots.OrderBy(l => l.AvailableFrom).ThenBy(l => l.ProjectCode).ThenBy(l => l.LotCode).ToList();
    }

    /// <summary>Great-circle distance from <paramref name="origin"/>, within <paramref name="maxKm"/> if given, nearest first.</summary>
    public static List<MarketLot> WithDistance(IEnumerable<MarketLot> lots, GeoPoint origin, double? maxKm) =>
        lots.Select(l => l with { DistanceKm = origin.DistanceKmTo(new GeoPoint(l.Latitude, l.Longitude)) })
            .Where(l => maxKm is null || l.DistanceKm <= maxKm)
            .OrderBy(l => l.DistanceKm).ThenBy(l => l.AvailableFrom).ThenBy(l => l.ProjectCode).ThenBy(l => l.LotCode)
            .ToList();
}
