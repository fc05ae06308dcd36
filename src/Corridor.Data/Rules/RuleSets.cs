using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Rules;

/// <summary>Reading and adding versions of a corridor's rules of the game. No version yet means <see cref="RuleSettings.Default"/>.</summary>
public static class RuleSets
{
    /// <summary>The newest version, or null while the corridor has no rules.</summary>
    public static Task<CorridorRuleSet?> CurrentAsync(CorridorDb db, int corridorId, CancellationToken ct = default) =>
        db.Set<CorridorRuleSet>().AsNoTracking().Where(r => r.CorridorId == corridorId).OrderByDescending(r => r.Version).FirstOrDefaultAsync(ct);

    /// <summary>The rules in force: the newest version's, or the defaults.</summary>
    public static async Task<RuleSettings> SettingsAsync(CorridorDb db, int corridorId, CancellationToken ct = default) =>
        (await CurrentAsync(db, corridorId, ct))?.ToSettings() ?? RuleSettings.Default;

    /// <summary>One version of the corridor's rules, or null.</summary>
    public static Task<CorridorRuleSet?> VersionAsync(CorridorDb db, int corridorId, int version, CancellationToken ct = default) =>
        db.Set<CorridorRuleSet>().AsNoTracking().FirstOrDefaultAsync(r => r.CorridorId == corridorId && r.Version == version, ct);

    /// <summary>All versions, newest first.</summary>
    public static Task<List<CorridorRuleSet>> VersionsAsync(CorridorDb db, int corridorId, CancellationToken ct = default) =>
        db.Set<CorridorRuleSet>().AsNoTracking().Where(r => r.CorridorId == corridorId).OrderByDescending(r => r.Version).ToListAsync(ct);

    /// <summary>How long an accepted match holds its lots, days: the rules' reservation period, 30 without rules.</summary>
    public static async Task<int> ReservationDaysAsync(CorridorDb db, int corridorId, CancellationToken ct = default) =>
        await db.Set<CorridorRuleSet>().Where(r => r.CorridorId == corridorId).OrderByDescending(r => r.Version)
            .Select(r => (int?)r.ReservationDays).FirstOrDefaultAsync(ct) ?? RuleSettings.Default.ReservationDays;

    /// <summary>
    /// Adds the next version (validate <paramref name="settings"/> first). Old versions are never changed. Two saves at
    /// once clash on the unique (corridor, version) index; the loser gets a <see cref="DbUpdateException"/>.
    /// </summary>
    public static async Task<CorridorRuleSet> AddVersionAsync(CorridorDb db, int corridorId, RuleSettings settings, string createdBy, string? note,
        DateTime createdUtc, CancellationToken ct = default)
    {
        var last = await db.Set<CorridorRuleSet>().Where(r => r.CorridorId == corridorId).MaxAsync(r => (int?)r.Version, ct) ?? 0;
        var row = CorridorRuleSet.From(corridorId, last + 1, createdUtc, createdBy, note, settings);
        db.Add(row);
        await db.SaveChangesAsync(ct);
        return row;
    }
}
