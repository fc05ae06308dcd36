using Corridor.Data;
using Corridor.Data.Demo;
using Corridor.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Cli;

/// <summary>
/// Opens the database a command works on. Named with --database it is used as is (a new one starts empty);
/// without, it is the default database shared with the web app, which holds the demo corridor.
/// </summary>
internal static class CliDatabase
{
    public static async Task<CorridorDb> OpenAsync(CliTarget target, TimeProvider time, CancellationToken ct)
    {
        var named = target.Database;
        var db = CorridorDatabase.Open(named ?? CorridorDatabase.DefaultLocation());
        await CorridorDatabase.MigrateAsync(db, ct);
        if (named is null && !await db.Corridors.AnyAsync(ct))
            await DemoSeeder.SeedAsync(db, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), ct);
        return db;
    }

    /// <summary>
    /// The corridor named with --corridor, or the database's only corridor. With <paramref name="createIfNone"/> an empty
    /// database gets a corridor (code from --corridor, else "default") so that a first import has somewhere to go.
    /// </summary>
    public static async Task<(CorridorRegion? Corridor, string? Error)> ResolveCorridorAsync(
        CorridorDb db, CliTarget target, TimeProvider time, bool createIfNone, CancellationToken ct)
    {
        var code = target.Corridor;
        var all = await db.Corridors.OrderBy(c => c.Id).ToListAsync(ct);
        if (code is not null)
        {
            var found = all.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
            if (found is not null) return (found, null);
            if (!createIfNone) return (null, $"no corridor with code '{code}'. Known: {Known(all)}");
        }
        else if (all.Count == 1) return (all[0], null);
        else if (all.Count > 1) return (null, $"this database holds {all.Count} corridors; choose one with --corridor CODE ({Known(all)}).");
        else if (!createIfNone) return (null, "this database holds no corridor yet; import files first.");

        var corridor = new CorridorRegion { Code = code ?? "default", Name = code ?? "Default corridor", CreatedUtc = time.GetUtcNow().UtcDateTime };
        db.Corridors.Add(corridor);
        await db.SaveChangesAsync(ct);
        return (corridor, null);
    }

    static string Known(IEnumerable<CorridorRegion> all) => string.Join(", ", all.Select(c => c.Code).DefaultIfEmpty("(none)"));
}
