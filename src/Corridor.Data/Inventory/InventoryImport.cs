using Corridor.Data.Import;
using Corridor.Engine.Domain;

namespace Corridor.Data.Inventory;

/// <summary>One uploaded or named file.</summary>
public sealed record ImportFile(string Name, Stream Content);

/// <summary>
/// The whole import as partners meet it (API upload and CLI alike): parse and validate every file, check the lots
/// against the corridor, then write everything in one transaction, or nothing. A dry run stops before writing.
/// </summary>
public static class InventoryImport
{
    /// <summary>Reads, checks and (unless a dry run) writes the files; all or nothing.</summary>
    public static async Task<ImportOutcome> RunAsync(
        CorridorDb db, int corridorId, IReadOnlyList<ImportFile> files, CategoryIndex categories,
        ImportLimits? limits = null, bool dryRun = false,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default, ImportScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        progress?.Report(new ImportProgress("reading", 0, files.Count));
        var batch = InventoryFileReader.Read(files.Select(f => (f.Name, f.Content)), categories.All, limits ?? new ImportLimits());
        progress?.Report(new ImportProgress("reading", files.Count, files.Count));
        if (scope is not null && !batch.HasErrors)
            batch.Issues.AddRange(await scope.CheckAsync(db, corridorId, batch, ct));
        if (dryRun || batch.HasErrors)
        {
            return batch.HasErrors
                ? new ImportOutcome(null, batch.Errors.ToList(), batch.Warnings.ToList())
                : new ImportOutcome(new ImportSummary(new(batch.Projects.Count, 0, 0), new(batch.Lots.Count, 0, 0), new(batch.Hubs.Count, 0, 0), 0),
                    [], batch.Warnings.ToList()) { IsDryRun = true };
        }
        return await InventoryStore.ApplyAsync(db, corridorId, batch, progress, ct);
    }
}
