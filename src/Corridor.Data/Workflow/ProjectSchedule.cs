using Corridor.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Workflow;

/// <summary>A slipped project: new start and/or end dates, its lots' windows shifted by the same number of days (unless asked not to), audited.</summary>
public static class ProjectSchedule
{
    /// <summary>A change of a project's dates.</summary>
    /// <param name="Start">The new first day; null keeps it.</param>
    /// <param name="End">The new last day; null keeps it.</param>
    /// <param name="ShiftLots">Whether the lots' windows move by the same number of days.</param>
    /// <param name="Reason">Why, for the audit log.</param>
    public sealed record Change(DateOnly? Start, DateOnly? End, bool ShiftLots = true, string? Reason = null);

    /// <summary>Returns (field, message) problems, or the number of days the lots moved.</summary>
    public static async Task<(IReadOnlyList<(string Field, string Message)> Errors, int ShiftedDays, int ShiftedLots)> ApplyAsync(
        CorridorDb db, Project project, Change change, AuditActor by, DateTime nowUtc, CancellationToken ct)
    {
        var start = change.Start ?? project.Start;
        var end = change.End ?? project.End;
        if (change.Start is null && change.End is null) return ([("start", "Give a new start, a new end or both.")], 0, 0);
        if (end < start) return ([("end", "Must not be before the start.")], 0, 0);

        var days = change.Start is { } s ? s.DayNumber - project.Start.DayNumber : end.DayNumber - project.End.DayNumber;
        var before = new { project.Start, project.End };
        project.Start = start;
        project.End = end;
        var lots = 0;
        if (change.ShiftLots && days != 0)
        {
            foreach (var lot in await db.Lots.Where(l => l.ProjectId == project.Id).ToListAsync(ct))
            {
                lot.AvailableFrom = lot.AvailableFrom.AddDays(days);
                lot.AvailableTo = lot.AvailableTo.AddDays(days);
                lots++;
            }
        }
        AuditLog.Add(db, project.CorridorId, by, AuditLog.Project, project.Id, "reschedule", before,
            new { project.Start, project.End, lotsShiftedDays = change.ShiftLots ? days : 0, lotsShifted = lots }, change.Reason, nowUtc);
        await db.SaveChangesAsync(ct);
        return ([], change.ShiftLots ? days : 0, lots);
    }
}
