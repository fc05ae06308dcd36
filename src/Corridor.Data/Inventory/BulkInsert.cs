using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Corridor.Data.Inventory;

/// <summary>
/// Inserts many new rows of one entity type inside the current transaction, bypassing the change tracker:
/// a prepared statement on SQLite, binary COPY on PostgreSQL. Columns and value conversions come from the EF model,
/// so the bulk path cannot drift from the mapped schema. Generated keys are not read back.
/// </summary>
internal static class BulkInsert
{
    public static async Task InsertAsync<T>(CorridorDb db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => p.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never)
            .Select(p => (Name: p.GetColumnName(store)!, Getter: p.GetGetter(), Converter: p.GetTypeMapping().Converter))
            .ToList();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                          ?? throw new InvalidOperationException("Bulk inserts run inside the import's transaction.");

        object? Value(int i, T row)
        {
            var value = columns[i].Getter.GetClrValue(row);
            return value is null ? null : columns[i].Converter is { } c ? c.ConvertToProvider(value) : value;
        }

        if (connection is NpgsqlConnection npgsql)
        {
            var sql = $"COPY {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
            await using var writer = await npgsql.BeginBinaryImportAsync(sql, ct);
            foreach (var row in rows)
            {
                await writer.StartRowAsync(ct);
                for (var i = 0; i < columns.Count; i++)
                {
                    if (Value(i, row) is { } v) await writer.WriteAsync(v, ct);
                    else await writer.WriteNullAsync(ct);
                }
            }
            await writer.CompleteAsync(ct);
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = columns.Select((_, i) => AddParameter(command, "@p" + i)).ToArray();
        await command.PrepareAsync(ct);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++) parameters[i].Value = Value(i, row) ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    static DbParameter AddParameter(DbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        command.Parameters.Add(p);
        return p;
    }

    static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
