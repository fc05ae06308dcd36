using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Corridor.Data;

/// <summary>The database engines Corridor runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite (a file; the default).</summary>
    Sqlite,
    /// <summary>PostgreSQL.</summary>
    PostgreSql,
}

/// <summary>
/// Opens the corridor database from what a user types: a SQLite file path (the embedded default) or a PostgreSQL
/// connection string (<c>Host=...;Database=...</c> or a <c>postgres://</c> URL).
/// </summary>
public static class CorridorDatabase
{
    /// <summary>The SQLite file used when no database is named.</summary>
    public const string DefaultSqliteFile = "corridor.db";

    /// <summary>
    /// The database the web app and the CLI share when none is named: CORRIDOR_DATABASE if set, else
    /// corridor.db in the user's local application-data folder (created on first use).
    /// </summary>
    public static string DefaultLocation()
    {
        var fromEnv = Environment.GetEnvironmentVariable("CORRIDOR_DATABASE");
        if (!string.IsNullOrWhiteSpace(fromEnv)) return fromEnv;
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(root)) root = Path.Combine(Path.GetTempPath(), "corridor-data");
        var dir = Path.Combine(root, "corridor");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, DefaultSqliteFile);
    }

    /// <summary>PostgreSQL for a <c>postgres://</c> URL or a connection string with <c>Host=</c>; SQLite (a file path) otherwise.</summary>
    public static DatabaseProvider DetectProvider(string database) =>
        database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) ||
        database.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.PostgreSql
            : DatabaseProvider.Sqlite;

    /// <summary>Configures EF Core for the database's provider.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string database)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        if (DetectProvider(database) == DatabaseProvider.PostgreSql)
        {
            builder.UseNpgsql(ToNpgsql(database), o => o.MigrationsHistoryTable("__corridor_migrations"));
        }
        else
        {
            builder.UseSqlite(ToSqlite(database), o => o.MigrationsHistoryTable("__corridor_migrations"));
        }
        // Migrations are hand-written (docs/decisions/0002), so there is no model snapshot to compare against;
        // SchemaMatchesModel tests prove the migrated schema equals the model instead.
        return builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>A context on the named database.</summary>
    public static CorridorDb Open(string database) =>
        new(Configure(new DbContextOptionsBuilder<CorridorDb>(), database).Options as DbContextOptions<CorridorDb>
            ?? throw new InvalidOperationException("unreachable"));

    /// <summary>Creates the database if needed and applies every pending migration.</summary>
    public static async Task MigrateAsync(CorridorDb db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets the web app read while an import writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    static string ToSqlite(string database) =>
        database.Contains("Data Source=", StringComparison.OrdinalIgnoreCase)
            ? database
            : new SqliteConnectionStringBuilder { DataSource = database, ForeignKeys = true }.ToString();

    /// <summary>A Npgsql connection string from what a user typed (a connection string or a postgres:// URL).</summary>
    public static string ToNpgsqlConnectionString(string database) => ToNpgsql(database);

    static string ToNpgsql(string database)
    {
        if (!database.Contains("://", StringComparison.Ordinal)) return database;
        var uri = new Uri(database);
        var userInfo = uri.UserInfo.Split(':', 2);
        var parts = new List<string> { $"Host={uri.Host}", $"Database={uri.AbsolutePath.TrimStart('/')}" };
        if (uri.Port > 0) parts.Add($"Port={uri.Port}");
        if (userInfo.Length > 0 && userInfo[0].Length > 0) parts.Add($"Username={Uri.UnescapeDataString(userInfo[0])}");
        if (userInfo.Length > 1) parts.Add($"Password={Uri.UnescapeDataString(userInfo[1])}");
        return string.Join(';', parts);
    }
}
