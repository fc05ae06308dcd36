using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Growth;

/// <summary>The corridor's self-assessed level of one element: its latest corridor-wide assessment.</summary>
public sealed record GrowthLevel(GrowthElement Element, int? Level, DateOnly? AssessedOn, string? Evidence, string? EvidenceLink, string? AssessedBy);

/// <summary>Self-assessments: stored as given, read back as the current level per element and as history per date.</summary>
public static class GrowthStore
{
    /// <summary>Stores an assessment.</summary>
    public static async Task<GrowthAssessment> AddAsync(CorridorDb db, GrowthAssessment assessment, CancellationToken ct = default)
    {
        if (assessment.Level is < 1 or > 5) throw new ArgumentOutOfRangeException(nameof(assessment), "Level must be 1–5.");
        db.GrowthAssessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        return assessment;
    }

    /// <summary>Assessments of the corridor (organisationId null) or of one organisation, oldest first.</summary>
    public static async Task<IReadOnlyList<GrowthAssessment>> HistoryAsync(CorridorDb db, int corridorId, int? organisationId, CancellationToken ct = default) =>
        await db.GrowthAssessments.AsNoTracking()
            .Where(a => a.CorridorId == corridorId && a.OrganisationId == organisationId)
            .OrderBy(a => a.AssessedOn).ThenBy(a => a.Id).ToListAsync(ct);

    /// <summary>The latest assessment of each element (the later one wins on the same date).</summary>
    public static IReadOnlyList<GrowthLevel> Current(IReadOnlyList<GrowthAssessment> history) =>
        GrowthMatrix.Elements.Select(e => history.Where(a => a.Element == e).OrderBy(a => a.AssessedOn).ThenBy(a => a.Id).LastOrDefault() is { } a
            ? new GrowthLevel(e, a.Level, a.AssessedOn, a.Evidence, a.EvidenceLink, a.AssessedBy)
            : new GrowthLevel(e, null, null, null, null, null)).ToList();

    /// <summary>
    /// The levels as they stood at each assessment date (each element carries its last level forward), for the radar chart
    /// over time; an element not yet assessed is null.
    /// </summary>
    public static IReadOnlyList<(DateOnly Date, IReadOnlyList<int?> Levels)> Snapshots(IReadOnlyList<GrowthAssessment> history) =>
        history.Select(a => a.AssessedOn).Distinct().Order()
            .Select(d => (d, (IReadOnlyList<int?>)Current(history.Where(a => a.AssessedOn <= d).ToList()).Select(l => l.Level).ToList()))
            .ToList();
}
