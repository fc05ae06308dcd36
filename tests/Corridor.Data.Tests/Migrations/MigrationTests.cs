using System.Data.Common;
using Corridor.Data;
using Corridor.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Tests.Migrations;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrate_EmptyDatabase_CreatesEveryTableAndRecordsTheMigration()
    {
        await using var tdb = await TestDatabase.CreateAsync(migrate: false);
        await using var db = tdb.Open();

        await CorridorDatabase.MigrateAsync(db);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains("20261122000001_Initial", await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.Lots.CountAsync());
    }

    [Fact]
    public async Task Migrate_RunTwice_IsANoOp()
    {
        await using var tdb = await TestDatabase.CreateAsync();
        await using var db = tdb.Open();

        await CorridorDatabase.MigrateAsync(db);

        Assert.Equal(db.Database.GetMigrations().Count(), (await db.Database.GetAppliedMigrationsAsync()).Count());
    }

    /// <summary>
    /// The migrations are hand-written, so this is what keeps them honest: a database built by the migrations
    /// must have exactly the columns (name, type, nullability) and indexes that the EF model creates by itself.
    /// </summary>
    [Fact]
    public async Task Migrations_ProduceTheSchemaTheModelDescribes()
    {
        await using var migrated = await TestDatabase.CreateAsync();
        await using var created = await TestDatabase.CreateAsync(migrate: false);
        await using (var db = created.Open()) await db.Database.EnsureCreatedAsync();

        var a = await DescribeAsync(migrated);
        var b = await DescribeAsync(created);

        Assert.Equal(b, a);
    }

    static async Task<List<string>> DescribeAsync(TestDatabase tdb)
    {
        await using var db = tdb.Open();
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        var rows = new List<string>();
        if (TestDatabase.Provider == DatabaseProvider.Sqlite)
        {
            foreach (var table in await ColumnAsync(conn, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"))
            {
                rows.AddRange((await RowsAsync(conn, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')")).Select(r => $"{table}.{r}"));
                rows.AddRange((await RowsAsync(conn, $"SELECT il.name, il.\"unique\", group_concat(ii.name) FROM pragma_index_list('{table}') il JOIN pragma_index_info(il.name) ii GROUP BY il.name")).Select(r => $"{table} index {r}"));
                rows.AddRange((await RowsAsync(conn, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')")).Select(r => $"{table} fk {r}"));
            }
        }
        else
        {
            rows.AddRange(await RowsAsync(conn, "SELECT table_name, column_name, data_type, is_nullable, coalesce(numeric_precision, 0), coalesce(numeric_scale, 0), coalesce(is_identity, '') FROM information_schema.columns WHERE table_schema = 'public'"));
            rows.AddRange(await RowsAsync(conn, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"));
            rows.AddRange(await RowsAsync(conn, "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace"));
        }
        rows.RemoveAll(r => r.Contains("__", StringComparison.Ordinal));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    static async Task<List<string>> ColumnAsync(DbConnection conn, string sql) =>
        (await RowsAsync(conn, sql)).ToList();

    static async Task<List<string>> RowsAsync(DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var result = new List<string>();
        while (await reader.ReadAsync())
            result.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return result;
    }
}
