using Corridor.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Corridor.Tests.Shared;

/// <summary>
/// A fresh, migrated, empty database for one test. The provider comes from CORRIDOR_TEST_PROVIDER
/// (sqlite, the default, or postgres); PostgreSQL is reached through CORRIDOR_TEST_PG
/// (default Host=localhost;Username=postgres;Password=corridor) and each test gets its own database, dropped afterwards.
/// A migrated database is a copy of a template migrated once per test process (a file copy on SQLite,
/// CREATE DATABASE … TEMPLATE on PostgreSQL), which is much faster than migrating each one.
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
        if (Provider == DatabaseProvider.PostgreSql)
        {
            var name = "corridor_test_" + Guid.NewGuid().ToString("N")[..16];
            await CreatePgDatabaseAsync(name, migrate ? await PgTemplate.Value : null);
            return new TestDatabase($"{PgBase};Database={name}", null, name);
        }
        var file = Path.Combine(Path.GetTempPath(), $"corridor-test-{Guid.NewGuid():N}.db");
        if (migrate) File.Copy(await SqliteTemplate.Value, file);
        return new TestDatabase(file, file, null);
    }

    // One migrated template per test process: tests in other processes (or other clones) may change the schema.
    static readonly Lazy<Task<string>> SqliteTemplate = new(async () =>
    {
        var file = Path.Combine(Path.GetTempPath(), $"corridor-template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        await using (var db = CorridorDatabase.Open(file))
        {
            await CorridorDatabase.MigrateAsync(db);
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        DeleteAtExit(file);
        return file;
    });

    static readonly Lazy<Task<string>> PgTemplate = new(async () =>
    {
        // Named with its creation time: a test host that is killed leaves its template behind, so templates older
        // than a day are dropped here (no test process runs that long).
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var name = $"corridor_template_{now}_{Guid.NewGuid().ToString("N")[..8]}";
        await using (var conn = new NpgsqlConnection(PgBase + ";Database=postgres"))
        {
            await conn.OpenAsync();
            var stale = new List<string>();
            await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE 'corridor\\_template\\_%'", conn))
            await using (var reader = await list.ExecuteReaderAsync())
                while (await reader.ReadAsync())
                {
                    var parts = reader.GetString(0).Split('_');
                    if (parts.Length != 4 || !long.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var created) || created < now - 86_400)
                        stale.Add(reader.GetString(0));
                }
            foreach (var old in stale)
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {old} WITH (FORCE)", conn);
                await drop.ExecuteNonQueryAsync();
            }
        }
        await CreatePgDatabaseAsync(name, null);
        await using (var db = CorridorDatabase.Open($"{PgBase};Database={name};Pooling=false"))
            await CorridorDatabase.MigrateAsync(db);
        DropAtExit(name);
        return name;
    });

    static async Task CreatePgDatabaseAsync(string name, string? template)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var conn = new NpgsqlConnection(PgBase + ";Database=postgres");
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand(template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}", conn);
                await cmd.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 10)
            {
                await Task.Delay(50 * attempt); // another session still on the template: try again
            }
        }
    }

    public CorridorDb Open() => CorridorDatabase.Open(ConnectionString);

    /// <summary>
    /// The same database under a handle whose disposal leaves it in place: for a host that outlives one test (the web
    /// tests' host pool), which resets the database with <see cref="ResetAsync"/> before the next test.
    /// </summary>
    public TestDatabase Borrow() => new(ConnectionString, null, null);

    /// <summary>
    /// Throws the content away: afterwards the database is a fresh copy of <paramref name="template"/> (from
    /// <see cref="SnapshotAsync"/>), or of the migrated template when null. Nothing may be connected to it but idle pools.
    /// </summary>
    public async Task ResetAsync(string? template = null)
    {
        if (pgName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using (var conn = new NpgsqlConnection(PgBase + ";Database=postgres"))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {pgName} WITH (FORCE)", conn);
                await cmd.ExecuteNonQueryAsync();
            }
            await CreatePgDatabaseAsync(pgName, template ?? await PgTemplate.Value);
        }
        if (sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { sqliteFile + "-wal", sqliteFile + "-shm" })
                if (File.Exists(f)) File.Delete(f);
            File.Copy(template ?? await SqliteTemplate.Value, sqliteFile, overwrite: true);
        }
    }

    /// <summary>
    /// A template holding this database's current content, for <see cref="ResetAsync"/> (a file on SQLite, a database on
    /// PostgreSQL); removed when the test process ends. Nothing may be connected to the database but idle pools.
    /// </summary>
    public async Task<string> SnapshotAsync()
    {
        if (pgName is not null)
        {
            var name = $"corridor_template_{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}_{Guid.NewGuid().ToString("N")[..8]}";
            NpgsqlConnection.ClearAllPools();
            await CreatePgDatabaseAsync(name, pgName);
            DropAtExit(name);
            return name;
        }
        var file = Path.Combine(Path.GetTempPath(), $"corridor-template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        var vacuum = "VACUUM INTO '" + file.Replace("'", "''", StringComparison.Ordinal) + "';";
        await using (var db = Open())
            await db.Database.ExecuteSqlRawAsync(vacuum);
        DeleteAtExit(file);
        return file;
    }

    static void DeleteAtExit(string file) =>
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
                try { File.Delete(f); } catch (IOException) { }
        };

    static void DropAtExit(string name) =>
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                using var conn = new NpgsqlConnection(PgBase + ";Database=postgres;Pooling=false");
                conn.Open();
                using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", conn);
                cmd.ExecuteNonQuery();
            }
            catch (NpgsqlException) { }
        };

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
