using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Corridor.Data.Impact;

/// <summary>
/// Keeps SQLite's temporary files in memory on every connection EF opens. The lot-history triggers (M0003) make each
/// insert into material_lots a two-table statement, for which SQLite opens a statement journal; as a temporary file that
/// tripled the CPU time of a 100,000-lot import, in memory it costs a fraction (docs/decisions/0007).
/// </summary>
internal sealed class SqliteTempStore : DbConnectionInterceptor
{
    public static SqliteTempStore Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is not SqliteConnection) return;
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA temp_store = MEMORY;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is not SqliteConnection) return;
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA temp_store = MEMORY;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
