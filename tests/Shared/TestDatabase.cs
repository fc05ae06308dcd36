using Corridor.Data;
using Npgsql;

namespace Corridor.Tests.Shared;

/// <summary>
/// A fresh, migrated, empty database for one test. The provider comes from CORRIDOR_TEST_PROVIDER
/// (sqlite, the default, or postgres); PostgreSQL is reached through CORRIDOR_TEST_PG
/// (default Host=localhost;Username=postgres;Password=corridor) and each test gets its own database, dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static DatabaseProvider Provider =>
        string.Equals(Environment.GetEnvironmentVariable("CORRIDOR_TEST_PROVIDER"), "postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;

    static string PgBase => Environment.GetEnvironmentVariable("CORRIDOR_TEST_PG") ?? "Host=localhost;Username=postgres;Password=corridor";

    public string ConnectionString { get; }
    readonly string? sqliteFile;
    readonly string? pgName;

    TestDatabase(string connectionString, string? sqliteFile, string? pgName)
    {
        ConnectionString = connectionString;
        this.sqliteFile = sqliteFile;
        this.pgName = pgName;
    }

    /// <summary>Creates an empty database; <paramref name="migrate"/> false leaves it without schema.</summary>
    public static async Task<TestDatabase> CreateAsync(bool migrate = true)
    {
        TestDatabase tdb;
        if (Provider == DatabaseProvider.PostgreSql)
        {
            var name = "corridor_test_" + Guid.NewGuid().ToString("N")[..16];
            await using (var conn = new NpgsqlConnection(PgBase + ";Database=postgres"))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
                await cmd.ExecuteNonQueryAsync();
            }
            tdb = new TestDatabase($"{PgBase};Database={name}", null, name);
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"corridor-test-{Guid.NewGuid():N}.db");
            tdb = new TestDatabase(file, file, null);
        }
        if (migrate)
        {
            await using var db = tdb.Open();
            await CorridorDatabase.MigrateAsync(db);
        }
        return tdb;
    }

    public CorridorDb Open() => CorridorDatabase.Open(ConnectionString);

    public async ValueTask DisposeAsync()
    {
        if (pgName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(PgBase + ";Database=postgres");
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {pgName} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        if (sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
                if (File.Exists(f)) File.Delete(f);
        }
    }
}
