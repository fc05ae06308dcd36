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
            if (migrate)
            {
                var template = await PgTemplate.Value;
                if (IdlePg.TryTake(out var idle)) return new TestDatabase($"{PgBase};Database={idle}", null, idle);
                var fresh = PgName("test");
                await CreatePgDatabaseAsync(fresh, template);
                return new TestDatabase($"{PgBase};Database={fresh}", null, fresh);
            }
            var name = PgName("test");
            await CreatePgDatabaseAsync(name, null);
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
        var name = PgName("template");
        await using (var conn = new NpgsqlConnection(PgBase + ";Database=postgres"))
        {
            await conn.OpenAsync();
            var stale = new List<string>();
            await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE 'corridor\\_template\\_%' OR datname LIKE 'corridor\\_trash\\_%' OR datname LIKE 'corridor\\_test\\_%'", conn))
            await using (var reader = await list.ExecuteReaderAsync())
                while (await reader.ReadAsync())
                {
                    // Trash (a renamed test database, see DropLater) is never used again: any process may drop it.
                    if (reader.GetString(0).StartsWith("corridor_trash_", StringComparison.Ordinal)) { stale.Add(reader.GetString(0)); continue; }
                    var parts = reader.GetString(0).Split('_');
                    if (parts.Length != 4 ? parts[1] == "template" : !long.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var created) || created < now - 86_400)
                        stale.Add(reader.GetString(0));
                }
            foreach (var old in stale) DropLater(old);
        }
        await CreatePgDatabaseAsync(name, null);
        await using (var db = CorridorDatabase.Open($"{PgBase};Database={name};Pooling=false"))
            await CorridorDatabase.MigrateAsync(db);
        await using (var conn = new NpgsqlConnection($"{PgBase};Database={name};Pooling=false"))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(FingerprintSql, conn);
            pgTemplateFingerprint = (string)(await cmd.ExecuteScalarAsync())!;
        }
        DropAtExit(name);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DrainPg();
        return name;
    });

    /// <summary>
    /// corridor_{kind}_{unix time}_{random}: databases older than a day are dropped by the next test process (a killed
    /// test host cannot clean up). The random part starts with CORRIDOR_TEST_RUN when set: scripts/test.sh drops
    /// what its run left (test hosts may be stopped before their exit handlers finish).
    /// </summary>
    static string PgName(string kind)
    {
        var run = new string((Environment.GetEnvironmentVariable("CORRIDOR_TEST_RUN") ?? "").Where(char.IsAsciiLetterOrDigit).Take(8).ToArray()).ToLowerInvariant();
        return $"corridor_{kind}_{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}_{run}{Guid.NewGuid().ToString("N")[..12]}";
    }

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
            var migrated = await PgTemplate.Value;
            NpgsqlConnection.ClearAllPools();
            if (template is null && await TryEmptyPgAsync(pgName)) return;
            await MoveToTrashAsync(pgName);
            await CreatePgDatabaseAsync(pgName, template ?? migrated);
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
            var name = PgName("template");
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
            // Emptied, the database is lent to the next test that asks for a migrated one (CreateAsync).
            if (PgTemplate.IsValueCreated && await TryEmptyPgAsync(pgName)) IdlePg.Add(pgName);
            else await MoveToTrashAsync(pgName);
        }
        if (sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
                if (File.Exists(f)) File.Delete(f);
        }
    }

    // PostgreSQL: DROP DATABASE waits for a checkpoint of the whole server (1–2 s on a busy machine) and CREATE DATABASE
    // copies the template, so a disposed test database is not dropped: when its schema is still the migrated template's
    // (same tables, columns, indexes, constraints, migrations) it is emptied (TRUNCATE … RESTART IDENTITY, sequences
    // reset) and lent to the next test; otherwise it is renamed to corridor_trash_… and dropped in the background, several
    // at once (concurrent drops share their checkpoints). What is left when the process ends is dropped then.
    static readonly System.Collections.Concurrent.ConcurrentBag<string> IdlePg = [];
    static string? pgTemplateFingerprint;
    static readonly SemaphoreSlim DropSlots = new(4);
    static readonly List<Task> Drops = [];

    const string FingerprintSql = """
        SELECT md5(concat_ws('|',
          (SELECT string_agg(table_name || '.' || column_name || ':' || data_type || ':' || is_nullable || ':' || coalesce(column_default, ''), ',' ORDER BY table_name, column_name)
             FROM information_schema.columns WHERE table_schema = 'public'),
          (SELECT string_agg(indexdef, ',' ORDER BY indexdef) FROM pg_indexes WHERE schemaname = 'public'),
          (SELECT string_agg(conname || ' ' || pg_get_constraintdef(oid), ',' ORDER BY conname) FROM pg_constraint WHERE connamespace = 'public'::regnamespace),
          (SELECT string_agg("MigrationId", ',' ORDER BY "MigrationId") FROM "__corridor_migrations"),
          (SELECT count(*) FROM pg_namespace)::text,
          (SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace)::text,
          (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal)::text,
          (SELECT count(*) FROM pg_views WHERE schemaname = 'public')::text))
        """;

    const string EmptySql = """
        DO $$
        DECLARE t text;
        BEGIN
          SELECT 'TRUNCATE ' || string_agg(format('%I.%I', schemaname, tablename), ', ') || ' RESTART IDENTITY CASCADE' INTO t
            FROM pg_tables WHERE schemaname = 'public' AND tablename <> '__corridor_migrations';
          IF t IS NOT NULL THEN EXECUTE t; END IF;
          PERFORM setval(format('%I.%I', schemaname, sequencename)::regclass, start_value, false) FROM pg_sequences WHERE schemaname = 'public';
        END $$;
        """;

    /// <summary>Empties a database whose schema is the migrated template's; false (and nothing done) when it is not.</summary>
    static async Task<bool> TryEmptyPgAsync(string name)
    {
        if (pgTemplateFingerprint is null) return false;
        try
        {
            await using var conn = new NpgsqlConnection($"{PgBase};Database={name};Pooling=false");
            await conn.OpenAsync();
            // As DROP … WITH (FORCE) would: sessions a test left open must not see the next test's data.
            await using (var kick = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", conn))
                await kick.ExecuteNonQueryAsync();
            await using (var check = new NpgsqlCommand(FingerprintSql, conn))
                if ((string?)await check.ExecuteScalarAsync() != pgTemplateFingerprint) return false;
            await using var empty = new NpgsqlCommand("SET lock_timeout = '10s'; " + EmptySql, conn);
            await empty.ExecuteNonQueryAsync();
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    /// <summary>Frees the name at once (a rename is a catalogue update) and drops the database in the background.</summary>
    static async Task MoveToTrashAsync(string name)
    {
        var trash = PgName("trash");
        await using (var conn = new NpgsqlConnection(PgBase + ";Database=postgres"))
        {
            await conn.OpenAsync();
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using (var kick = new NpgsqlCommand($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'", conn))
                        await kick.ExecuteNonQueryAsync();
                    await using var rename = new NpgsqlCommand($"ALTER DATABASE {name} RENAME TO {trash}", conn);
                    await rename.ExecuteNonQueryAsync();
                    break;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 10)
                {
                    await Task.Delay(50 * attempt); // a terminated session is still on its way out
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
                {
                    return; // already gone
                }
            }
        }
        DropLater(trash);
    }

    static void DropLater(string name)
    {
        var drop = Task.Run(async () =>
        {
            await DropSlots.WaitAsync();
            try
            {
                await using var conn = new NpgsqlConnection(PgBase + ";Database=postgres;Pooling=false");
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", conn);
                await cmd.ExecuteNonQueryAsync();
            }
            catch (NpgsqlException)
            {
                // left for the next test process, which drops every corridor_trash_ database
            }
            finally
            {
                DropSlots.Release();
            }
        });
        lock (Drops) Drops.Add(drop);
    }

    /// <summary>At exit: the idle databases go to the trash, and the trash is dropped (up to a minute).</summary>
    static void DrainPg()
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            var moves = new List<Task>();
            while (IdlePg.TryTake(out var idle)) moves.Add(MoveToTrashAsync(idle));
            Task.WaitAll([.. moves], TimeSpan.FromSeconds(30));
            Task[] pending;
            lock (Drops) pending = [.. Drops];
            Task.WaitAll(pending, TimeSpan.FromSeconds(60));
        }
        catch (AggregateException) { }
    }
}
