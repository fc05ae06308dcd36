using System.Globalization;
using Corridor.Data.Entities;
using Corridor.Engine.Domain;
using Corridor.Engine.Impact;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Impact;

/// <summary>Targets of a scope with the progress made, and the floor area per-m² targets were divided by.</summary>
/// <param name="GrossFloorAreaM2">GFA of the receiving project(s) in scope; null when none is registered.</param>
/// <param name="Scope">What the targets cover in words: corridor, project N, lot N.</param>
/// <param name="From">First day of the period (inclusive); null: from the start.</param>
/// <param name="To">Last day of the period (inclusive); null: without end.</param>
/// <param name="Targets">Each target with the progress made.</param>
/// <param name="Notes">Why a target could not be measured, in words.</param>
public sealed record TargetReport(string Scope, DateOnly? From, DateOnly? To, IReadOnlyList<TargetProgress> Targets, double? GrossFloorAreaM2, IReadOnlyList<string> Notes);

/// <summary>Impact accounts and target progress of a corridor, project or lot, computed from the database.</summary>
public static class ImpactQueries
{
    /// <summary>The basis recorded for a target stored for one project.</summary>
    public const string ProjectTargetBasis = "Target stored for this project";

    /// <summary>The corridor's impact account over a period.</summary>
    public static async Task<ImpactAccount> CorridorAsync(CorridorDb db, int corridorId, DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
        ImpactCalculator.Account(await ImpactStore.LoadAsync(db, corridorId, ct), ImpactScope.Corridor(from, to));

    /// <summary>Null when the project is not in the corridor.</summary>
    public static async Task<ImpactAccount?> ProjectAsync(CorridorDb db, int corridorId, int projectId, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        if (!await db.Projects.AnyAsync(p => p.CorridorId == corridorId && p.Id == projectId, ct)) return null;
        return ImpactCalculator.Account(await ImpactStore.LoadAsync(db, corridorId, ct), ImpactScope.Project(projectId, from, to));
    }

    /// <summary>Null when the lot is not in the corridor.</summary>
    public static async Task<ImpactAccount?> LotAsync(CorridorDb db, int corridorId, int lotId, CancellationToken ct = default)
    {
        if (!await db.Lots.AnyAsync(l => l.CorridorId == corridorId && l.Id == lotId, ct)) return null;
        return ImpactCalculator.Account(await ImpactStore.LoadAsync(db, corridorId, ct), ImpactScope.Lot(lotId));
    }

    /// <summary>The corridor's stored targets, plus the national aim when no primary-reduction target is stored.</summary>
    public static async Task<TargetReport> CorridorTargetsAsync(CorridorDb db, int corridorId, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var data = await ImpactStore.LoadAsync(db, corridorId, ct);
        var scope = ImpactScope.Corridor(from, to);
        var account = ImpactCalculator.Account(data, scope);
        var stored = await StoredTargetsAsync(db, corridorId, ct);
        var (area, notes) = await ReceivingFloorAreaAsync(db, corridorId, data, scope, ct);
        return new TargetReport("corridor", from, to, Evaluate(account, stored, DefaultCorridorTargets(stored), area), area, notes);
    }

    /// <summary>The project's targets (stored, else Het Nieuwe Normaal for its building type); null when the project is not in the corridor.</summary>
    public static async Task<TargetReport?> ProjectTargetsAsync(CorridorDb db, int corridorId, int projectId, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.CorridorId == corridorId && p.Id == projectId, ct);
        if (project is null) return null;
        var account = ImpactCalculator.Account(await ImpactStore.LoadAsync(db, corridorId, ct), ImpactScope.Project(projectId, from, to));
        var stored = new List<ImpactTarget>();
        if (project.TargetCircularInputPercent is { } c) stored.Add(new(TargetMetric.CircularInputPercent, c, null, ProjectTargetBasis));
        if (project.TargetCo2eKgPerM2 is { } k) stored.Add(new(TargetMetric.MaterialCo2eKgPerM2, k, null, ProjectTargetBasis));
        var defaults = ImpactTargets.HetNieuweNormaal(project.BuildingType).Where(d => stored.All(s => s.Metric != d.Metric)).ToList();
        var notes = new List<string>();
        if (stored.Count + defaults.Count == 0)
            notes.Add($"No targets stored and no Het Nieuwe Normaal default for building type '{project.BuildingType ?? "(none)"}'.");
        if (project.GrossFloorAreaM2 is null) notes.Add("The project has no gross floor area: per-m² figures are undefined.");
        return new TargetReport($"project {project.Code}", from, to, Evaluate(account, stored, defaults, project.GrossFloorAreaM2), project.GrossFloorAreaM2, notes);
    }

    /// <summary>The targets the corridor stored.</summary>
    public static async Task<IReadOnlyList<ImpactTarget>> StoredTargetsAsync(CorridorDb db, int corridorId, CancellationToken ct = default) =>
        (await db.CorridorTargets.AsNoTracking().Where(t => t.CorridorId == corridorId).ToListAsync(ct))
            .OrderBy(t => t.Metric).Select(t => new ImpactTarget(t.Metric, t.Value, t.Year, t.Basis)).ToList();

    /// <summary>Replaces the corridor's targets with <paramref name="targets"/> (one per metric).</summary>
    public static async Task ReplaceTargetsAsync(CorridorDb db, int corridorId, IReadOnlyList<ImpactTarget> targets, DateTime nowUtc, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.CorridorTargets.RemoveRange(await db.CorridorTargets.Where(t => t.CorridorId == corridorId).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        db.CorridorTargets.AddRange(targets.Select(t => new CorridorTarget
        {
            CorridorId = corridorId, Metric = t.Metric, Value = t.Value, Year = t.Year, Basis = t.Basis, UpdatedUtc = nowUtc,
        }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The default targets for the metrics the corridor stored none for.</summary>
    public static IReadOnlyList<ImpactTarget> DefaultCorridorTargets(IReadOnlyList<ImpactTarget> stored) =>
        stored.Any(s => s.Metric == TargetMetric.PrimaryRawMaterialReductionPercent) ? [] : [ImpactTargets.NationalPrimaryReduction];

    internal static IReadOnlyList<TargetProgress> Evaluate(ImpactAccount account, IEnumerable<ImpactTarget> stored, IEnumerable<ImpactTarget> defaults, double? area) =>
        [.. stored.Select(t => ImpactTargets.Evaluate(t, account, area, isDefault: false)),
         .. defaults.Select(t => ImpactTargets.Evaluate(t, account, area, isDefault: true))];

    /// <summary>GFA summed over the projects whose demand lots fall in the scope, with a note when some have none.</summary>
    internal static async Task<(double? AreaM2, List<string> Notes)> ReceivingFloorAreaAsync(
        CorridorDb db, int corridorId, ImpactData data, ImpactScope scope, CancellationToken ct)
    {
        var ids = data.Lots.Where(l => l.Direction == LotDirection.Demand && scope.Includes(l) && scope.InPeriod(l.AvailableFrom))
            .Select(l => l.ProjectId).Distinct().ToList();
        var areas = await db.Projects.AsNoTracking().Where(p => p.CorridorId == corridorId && ids.Contains(p.Id))
            .Select(p => new { p.Code, p.GrossFloorAreaM2 }).ToListAsync(ct);
        var notes = new List<string>();
        var missing = areas.Where(a => a.GrossFloorAreaM2 is null).Select(a => a.Code).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            notes.Add($"Receiving projects without gross floor area, left out of per-m² figures' area: {string.Join(", ", missing)}.");
        var sum = areas.Sum(a => a.GrossFloorAreaM2 ?? 0);
        return (sum > 0 ? sum : null, notes);
    }

    /// <summary>Calendar quarters covering [from, to], each clipped to the range, labelled like <c>2027-Q3</c>.</summary>
    /// <exception cref="ArgumentException">to before from.</exception>
    public static IReadOnlyList<(string Label, DateOnly From, DateOnly To)> Quarters(DateOnly from, DateOnly to)
    {
        if (to < from) throw new ArgumentException("The end of the period lies before its start.", nameof(to));
        var result = new List<(string, DateOnly, DateOnly)>();
        var start = new DateOnly(from.Year, (from.Month - 1) / 3 * 3 + 1, 1);
        while (start <= to)
        {
            var end = start.AddMonths(3).AddDays(-1);
            result.Add((string.Create(CultureInfo.InvariantCulture, $"{start.Year}-Q{(start.Month - 1) / 3 + 1}"),
                start < from ? from : start, end > to ? to : end));
            start = start.AddMonths(3);
        }
        return result;
    }
}
