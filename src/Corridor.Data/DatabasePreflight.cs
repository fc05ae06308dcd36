using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data;

/// <summary>
/// What stops Corridor from starting on a database, said in one line: the database cannot be reached (no server, wrong
/// password, a SQLite file in a folder that cannot be written), or its schema is newer than this version knows (a newer
/// Corridor migrated it; running an older one on it could damage data).
/// </summary>
public static class DatabasePreflight
{
    /// <summary>The exit code of a web app or <c>corridor serve</c> that cannot start on its database.</summary>
    public const int ExitCode = 3;

    /// <summary>Null when the database can be used (it may still need migrations); otherwise the one-line reason.</summary>
    public static async Task<string?> ProblemAsync(CorridorDb db, CancellationToken ct = default)
    {
        var name = Describe(db);
        try
        {
            if (db.Database.IsSqlite() && Path.GetDirectoryName(Path.GetFullPath(db.Database.GetDbConnection().DataSource)) is { } folder)
                Directory.CreateDirectory(folder);
            await db.Database.OpenConnectionAsync(ct);
            var applied = await db.Database.GetAppliedMigrationsAsync(ct);
            var unknown = applied.Except(db.Database.GetMigrations(), StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
                return $"Corridor cannot start: the database {name} has a newer schema ({unknown[^1]}) than this version of Corridor knows " +
                       $"({db.Database.GetMigrations().LastOrDefault() ?? "none"}); run the newer Corridor, or restore a backup made for this version.";
            return null;
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException)
        {
            var reason = (e.InnerException is { } inner && e is InvalidOperationException ? inner.Message : e.Message).ReplaceLineEndings(" ").Trim();
            return $"Corridor cannot start: the database {name} cannot be reached: {reason} " +
                   "(set it with CORRIDOR_DATABASE or --Corridor:Database: a SQLite file path or a PostgreSQL connection string).";
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The database as a user would name it, without a password.</summary>
    public static string Describe(CorridorDb db)
    {
        var connection = db.Database.GetDbConnection();
        if (db.Database.IsSqlite()) return $"'{connection.DataSource}' (SQLite)";
        var builder = new DbConnectionStringBuilder { ConnectionString = connection.ConnectionString };
        var host = builder.TryGetValue("Host", out var h) ? h : "localhost";
        var port = builder.TryGetValue("Port", out var p) ? ":" + p : "";
        return $"'{connection.Database}' on {host}{port} (PostgreSQL)";
    }
}
