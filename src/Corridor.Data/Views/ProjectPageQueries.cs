using Corridor.Data.Entities;
using Corridor.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Views;

/// <summary>One lot as the project page lists it; <see cref="PriceEur"/> and <see cref="Notes"/> are the stored, private values (the caller blanks them).</summary>
public sealed record ProjectLot(string Code, LotDirection Direction, string Category, string? Description, string? NlSfb, string? Ewc,
    bool IsHazardous, decimal Quantity, QuantityUnit Unit, double MassKg, bool MassIsEstimated, double? MassKgLow, double? MassKgHigh,
    QualityGrade? Quality, DateOnly AvailableFrom, DateOnly AvailableTo, LotStatus Status, decimal? PriceEur = null, string? Notes = null, int Id = 0)
{
    /// <summary>The lot's state on <paramref name="today"/> (<see cref="LotStates.State"/>).</summary>
    public LotState StateOn(DateOnly today) => LotStates.State(Direction, Status, AvailableTo, today);

    /// <summary>Expired and still the owner's to extend or close (<see cref="LotStates.CanExtendOrClose"/>).</summary>
    public bool AwaitsDecision(DateOnly today) => StateOn(today) == LotState.Expired && LotStates.CanExtendOrClose(Direction, Status);
}

/// <summary>A project with its organisation's name and its lots (supply first, then by availability and code).</summary>
public sealed record ProjectPage(Project Project, string? OrganisationName, IReadOnlyList<ProjectLot> Lots)
{
    /// <summary>Donor, receiver or both.</summary>
    public ProjectRole Role => ProjectRoles.Of(Project.Kind, Lots.Count(l => l.Direction == LotDirection.Supply), Lots.Count(l => l.Direction == LotDirection.Demand));
}

/// <summary>The project page's queries.</summary>
public static class ProjectPageQueries
{
    /// <summary>The project of the corridor with this code, or null.</summary>
    public static async Task<ProjectPage?> LoadAsync(CorridorDb db, int corridorId, string code, CancellationToken ct = default)
    {
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.CorridorId == corridorId && p.Code == code, ct);
        if (project is null) return null;
        var organisation = project.OrganisationId is { } orgId
            ? await db.Organisations.Where(o => o.Id == orgId).Select(o => o.Name).FirstOrDefaultAsync(ct)
            : null;
        var lots = await db.Lots.AsNoTracking().Where(l => l.ProjectId == project.Id)
            .OrderBy(l => l.Direction).ThenBy(l => l.AvailableFrom).ThenBy(l => l.Code)
            .Select(l => new ProjectLot(l.Code, l.Direction, l.CategoryKey, l.Description, l.NlSfb, l.Ewc, l.IsHazardous, l.Quantity, l.Unit,
                l.MassKg, l.MassIsEstimated, l.MassKgLow, l.MassKgHigh, l.Quality, l.AvailableFrom, l.AvailableTo, l.Status, l.PriceEur, l.Notes, l.Id))
            .ToListAsync(ct);
        return new ProjectPage(project, organisation, lots);
    }
}
