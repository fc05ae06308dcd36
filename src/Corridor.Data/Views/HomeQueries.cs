using Corridor.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Views;

/// <summary>One project on the home page: where it is, its dates and the masses of its lots.</summary>
public sealed record HomeProject(string Code, string Name, ProjectKind Kind, ProjectStatus Status, string? Organisation, string? Address,
    double Latitude, double Longitude, DateOnly Start, DateOnly End, double SupplyKg, double DemandKg, int SupplyLots, int DemandLots)
{
    /// <summary>Donor, receiver or both.</summary>
    public ProjectRole Role => ProjectRoles.Of(Kind, SupplyLots, DemandLots);
}

/// <summary>Masses in kg of the plannable lots whose window has not ended (<see cref="OpenLots.Current"/>: expired lots are not counted); <see cref="PotentialCo2eKg"/> is Σ supply mass × the category's ICE v2.0 factor.</summary>
public sealed record HomeFigures(double SupplyKg, double SupplyEstimatedKg, double DemandKg, double PotentialCo2eKg, int SupplyLots, int DemandLots);

/// <summary>A plan's headline: reused mass in kg and its net CO2e change in kg (negative saves).</summary>
public sealed record PlanHeadline(int Id, DateTime CreatedUtc, double ReusedMassKg, double NetCo2eKg);

/// <summary>A lot on the closing-window alert list.</summary>
public sealed record ClosingLot(string ProjectCode, string ProjectName, string LotCode, LotDirection Direction, string Category,
    double MassKg, bool MassIsEstimated, DateOnly AvailableTo);

/// <summary>The chain director's home page: projects, key figures, the latest plan and the closing-window alerts.</summary>
public sealed record HomeView(IReadOnlyList<HomeProject> Projects, HomeFigures Totals, PlanHeadline? LatestPlan,
    IReadOnlyList<ClosingLot> Alerts, IReadOnlyList<ClosingLot> NextToClose, IReadOnlyList<Entities.Hub> Hubs);

/// <summary>The home page's queries.</summary>
public static class HomeQueries
{
    /// <summary>How many lots closing after the alert window the home page shows.</summary>
    public const int NextToCloseCount = 5;

    /// <summary>Everything the home page shows for a corridor.</summary>
    public static async Task<HomeView> LoadAsync(CorridorDb db, int corridorId, CategoryIndex categories, DateOnly today, CancellationToken ct = default)
    {
        var projects = await db.Projects.AsNoTracking().Where(p => p.CorridorId == corridorId).OrderBy(p => p.Start).ThenBy(p => p.Code)
            .Select(p => new HomeProject(p.Code, p.Name, p.Kind, p.Status, p.Organisation != null ? p.Organisation.Name : null, p.Address,
                p.Latitude, p.Longitude, p.Start, p.End,
                p.Lots.Where(l => l.Direction == LotDirection.Supply).Sum(l => l.MassKg),
                p.Lots.Where(l => l.Direction == LotDirection.Demand).Sum(l => l.MassKg),
                p.Lots.Count(l => l.Direction == LotDirection.Supply),
                p.Lots.Count(l => l.Direction == LotDirection.Demand)))
            .ToListAsync(ct);

        var groups = await OpenLots.Current(db.Lots.Where(l => l.CorridorId == corridorId), today)
            .GroupBy(l => new { l.Direction, l.CategoryKey, l.MassIsEstimated })
            .Select(g => new { g.Key.Direction, g.Key.CategoryKey, g.Key.MassIsEstimated, MassKg = g.Sum(l => l.MassKg), Lots = g.Count() })
            .ToListAsync(ct);
        var supply = groups.Where(g => g.Direction == LotDirection.Supply).ToList();
        var demand = groups.Where(g => g.Direction == LotDirection.Demand).ToList();
        var totals = new HomeFigures(
            supply.Sum(g => g.MassKg), supply.Where(g => g.MassIsEstimated).Sum(g => g.MassKg), demand.Sum(g => g.MassKg),
            supply.Sum(g => g.MassKg * (categories.TryGet(g.CategoryKey, out var c) ? c.EmbodiedCo2eKgPerKg : 0)),
            supply.Sum(g => g.Lots), demand.Sum(g => g.Lots));

        var latest = await db.Plans.AsNoTracking().Where(p => p.CorridorId == corridorId).OrderByDescending(p => p.Id)
            .Select(p => new PlanHeadline(p.Id, p.CreatedUtc, p.ReusedMassKg, p.NetCo2eKg)).FirstOrDefaultAsync(ct);

        var alerts = await ToClosingLots(OpenLots.ClosingWithoutMatch(db, corridorId, today)).ToListAsync(ct);
        var next = await ToClosingLots(OpenLots.ClosingAfterAlert(db, corridorId, today).Take(NextToCloseCount)).ToListAsync(ct);
        var hubs = await db.Hubs.AsNoTracking().Where(h => h.CorridorId == corridorId).OrderBy(h => h.Code).ToListAsync(ct);
        return new HomeView(projects, totals, latest, alerts, next, hubs);
    }

    static IQueryable<ClosingLot> ToClosingLots(IQueryable<Entities.MaterialLot> lots) =>
        lots.AsNoTracking().Select(l => new ClosingLot(l.Project!.Code, l.Project.Name, l.Code, l.Direction, l.CategoryKey, l.MassKg, l.MassIsEstimated, l.AvailableTo));
}
