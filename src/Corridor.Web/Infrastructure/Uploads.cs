using Corridor.Data;
using Corridor.Data.Import;
using Corridor.Data.Inventory;
using Corridor.Engine.Domain;

namespace Corridor.Web.Infrastructure;

/// <summary>
/// Uploaded inventory files into the one import (<see cref="InventoryImport.RunAsync"/>), for the import API and the
/// project page alike: empty parts are skipped, each file is known by its name without any folder the browser sent,
/// and every stream is closed afterwards.
/// </summary>
internal static class Uploads
{
    /// <summary>The uploaded files that have content.</summary>
    public static IReadOnlyList<IFormFile> WithContent(IEnumerable<IFormFile> files) => [.. files.Where(f => f.Length > 0)];

    /// <summary>Runs the import over <paramref name="files"/> (all or nothing; a dry run only checks).</summary>
    public static async Task<ImportOutcome> ImportAsync(IEnumerable<IFormFile> files, CorridorDb db, int corridorId, CategoryIndex categories,
        bool dryRun, ImportScope? scope, CancellationToken ct)
    {
        var streams = new List<Stream>();
        try
        {
            var inputs = new List<ImportFile>();
            foreach (var file in WithContent(files))
            {
                var stream = file.OpenReadStream();
                streams.Add(stream);
                inputs.Add(new ImportFile(Path.GetFileName(file.FileName), stream));
            }
            return await InventoryImport.RunAsync(db, corridorId, inputs, categories, dryRun: dryRun, ct: ct, scope: scope);
        }
        finally
        {
            foreach (var s in streams) await s.DisposeAsync();
        }
    }
}
