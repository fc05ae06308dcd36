using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Inventory;

/// <summary>Another import of the same corridor is being written; try again shortly (HTTP 409 with Retry-After).</summary>
public sealed class ImportBusyException(int corridorId)
    : Exception($"Another import into corridor {corridorId} is being written right now; nothing was changed. Try again in a few seconds.")
{
    /// <summary>Seconds after which a retry is sensible.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>The corridor being imported into.</summary>
    public int CorridorId { get; } = corridorId;
}

/// <summary>
/// Serialises the imports of one corridor, so that overlapping uploads never race on the same project or lot codes
/// (which answered 500 with a UNIQUE violation): the first takes the gate, the others get <see cref="ImportBusyException"/>
/// at once. <see cref="BeginAsync"/> opens the import's transaction together with the gate. PostgreSQL: a transaction-level
/// advisory lock (held by whichever node runs the import, released at commit or rollback). SQLite: a process-wide gate per
/// database file and corridor, taken before the transaction; other processes on the same file are serialised by SQLite's
/// write lock, which the transaction takes when it begins (BEGIN IMMEDIATE), so they wait instead.
/// </summary>
public static class ImportGate
{
    const int AdvisoryLockClass = 0x436F7272; // "Corr": keeps Corridor's advisory locks apart from anyone else's on the server
    static readonly ConcurrentDictionary<string, SemaphoreSlim> Local = new(StringComparer.Ordinal);

    /// <summary>Begins the import's transaction holding the gate of <paramref name="corridorId"/>, or throws <see cref="ImportBusyException"/>.</summary>
    public static async Task<ImportTransaction> BeginAsync(CorridorDb db, int corridorId, CancellationToken ct)
    {
        SemaphoreSlim? local = null;
        if (db.Database.IsSqlite())
        {
            local = Local.GetOrAdd(db.Database.GetDbConnection().DataSource + "#" + corridorId, _ => new SemaphoreSlim(1, 1));
            if (!await local.WaitAsync(0, ct)) throw new ImportBusyException(corridorId);
        }
        try
        {
            var tx = await db.Database.BeginTransactionAsync(ct);
            if (local is null &&
                !await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({AdvisoryLockClass}, {corridorId}) AS \"Value\"").SingleAsync(ct))
            {
                await tx.DisposeAsync();
                throw new ImportBusyException(corridorId);
            }
            return new ImportTransaction(tx, local);
        }
        catch
        {
            local?.Release();
            throw;
        }
    }
}

/// <summary>An import's transaction with its corridor's gate; disposing rolls back what was not committed and frees the gate.</summary>
public sealed class ImportTransaction : IAsyncDisposable
{
    readonly Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx;
    SemaphoreSlim? local;

    internal ImportTransaction(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, SemaphoreSlim? local) => (this.tx, this.local) = (tx, local);

    /// <summary>Commits the import.</summary>
    public Task CommitAsync(CancellationToken ct) => tx.CommitAsync(ct);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await tx.DisposeAsync();
        Interlocked.Exchange(ref local, null)?.Release();
    }
}
