using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Corridor.Data.Backup;

/// <summary>A backup or restore that could not be done, with the reason in one sentence.</summary>
public sealed class BackupException(string message) : Exception(message);

/// <summary>What a backup wrote.</summary>
/// <param name="Path">The backup file.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Format">"sqlite" (a SQLite database file) or "pg_dump" (PostgreSQL custom format).</param>
public sealed record BackupResult(string Path, long Bytes, string Format);

/// <summary>
/// Backups of a live corridor database, consistent while the app keeps writing: SQLite through its online backup API
/// (a page-by-page copy of one consistent snapshot into a new database file); PostgreSQL through <c>pg_dump</c> in custom
/// format (one snapshot transaction) and <c>pg_restore</c>. The file is written beside the target and renamed at the end,
/// so a failed backup never leaves half a file under the name asked for. Restore refuses a target that already holds
/// corridors unless told to replace it.
/// </summary>
public static class DatabaseBackup
{
    static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");
    static readonly byte[] PgDumpHeader = Encoding.ASCII.GetBytes("PGDMP");

    /// <summary>Backs up <paramref name="database"/> (a SQLite path or a PostgreSQL connection string) to <paramref name="outPath"/>.</summary>
    public static async Task<BackupResult> BackupAsync(string database, string outPath, CancellationToken ct = default)
    {
        var full = Path.GetFullPath(outPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var partial = full + ".partial";
        File.Delete(partial);
        string format;
        if (CorridorDatabase.DetectProvider(database) == DatabaseProvider.Sqlite)
        {
            if (!File.Exists(database)) throw new BackupException($"There is no SQLite database at '{database}'.");
            await using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString()))
            await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                await source.OpenAsync(ct);
                await target.OpenAsync(ct);
                source.BackupDatabase(target);
            }
            SqliteConnection.ClearAllPools();
            format = "sqlite";
        }
        else
        {
            await RunAsync("pg_dump", database, ["--format=custom", "--no-owner", "--no-privileges", "--file", partial], ct);
            format = "pg_dump";
        }
        File.Move(partial, full, overwrite: true);
        return new BackupResult(full, new FileInfo(full).Length, format);
    }

    /// <summary>
    /// Restores <paramref name="backupPath"/> into <paramref name="database"/>. A target that holds corridors is only
    /// replaced with <paramref name="replace"/>; a backup of the other provider is refused (use export/import to move between them).
    /// </summary>
    public static async Task RestoreAsync(string database, string backupPath, bool replace, CancellationToken ct = default)
    {
        if (!File.Exists(backupPath)) throw new BackupException($"There is no backup file '{backupPath}'.");
        var header = new byte[16];
        await using (var f = File.OpenRead(backupPath)) _ = await f.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        var isSqlite = header.AsSpan().StartsWith(SqliteHeader);
        var isDump = header.AsSpan().StartsWith(PgDumpHeader);
        var provider = CorridorDatabase.DetectProvider(database);
        if (!isSqlite && !isDump) throw new BackupException($"'{backupPath}' is neither a SQLite database nor a pg_dump custom-format file.");
        if (isSqlite != (provider == DatabaseProvider.Sqlite))
            throw new BackupException($"'{backupPath}' is a {(isSqlite ? "SQLite" : "PostgreSQL")} backup and cannot be restored into a {(isSqlite ? "PostgreSQL" : "SQLite")} database; export and import the corridor instead.");
        if (!replace && await HoldsCorridorsAsync(database, ct))
            throw new BackupException("The target database already holds corridors; restoring replaces everything in it. Say so explicitly (--replace) or restore into a new database.");

        if (isSqlite)
        {
            await using (var check = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backupPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            {
                await check.OpenAsync(ct);
                await using var cmd = check.CreateCommand();
                cmd.CommandText = "PRAGMA integrity_check";
                if (await cmd.ExecuteScalarAsync(ct) is not "ok") throw new BackupException($"'{backupPath}' is damaged (SQLite integrity check failed); nothing was restored.");
                cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = '__corridor_migrations'";
                if (Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
                    throw new BackupException($"'{backupPath}' is a SQLite database but not a Corridor one; nothing was restored.");
                // The backup API copies into the target in one go: readers of the target see the old or the new database, never a mix.
                await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
                await target.OpenAsync(ct);
                check.BackupDatabase(target);
            }
            SqliteConnection.ClearAllPools();
            return;
        }
        await RunAsync("pg_restore", database, ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", backupPath], ct);
        NpgsqlConnection.ClearAllPools();
    }

    static async Task<bool> HoldsCorridorsAsync(string database, CancellationToken ct)
    {
        if (CorridorDatabase.DetectProvider(database) == DatabaseProvider.Sqlite && !File.Exists(database)) return false;
        await using var db = CorridorDatabase.Open(database);
        try
        {
            return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Corridors, ct);
        }
        catch (Exception e) when (e is System.Data.Common.DbException)
        {
            return false; // no schema yet: an empty database
        }
    }

    /// <summary>Runs pg_dump or pg_restore against the database of a Npgsql connection string (the password through PGPASSWORD).</summary>
    static async Task RunAsync(string tool, string database, IReadOnlyList<string> args, CancellationToken ct)
    {
        var csb = new NpgsqlConnectionStringBuilder(CorridorDatabase.ToNpgsqlConnectionString(database));
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.ArgumentList.Add("--dbname");
        start.ArgumentList.Add(csb.Database ?? throw new BackupException("The PostgreSQL connection string names no Database."));
        start.Environment["PGHOST"] = csb.Host ?? "localhost";
        start.Environment["PGPORT"] = csb.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (csb.Username is { } user) start.Environment["PGUSER"] = user;
        if (csb.Password is { } password) start.Environment["PGPASSWORD"] = password;
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new BackupException($"{tool} could not be started.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new BackupException($"{tool} was not found; install the PostgreSQL client tools (Debian: apt-get install postgresql-client).");
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
                throw new BackupException($"{tool} failed (exit code {process.ExitCode}): {(await stderr).Trim().ReplaceLineEndings(" ")}");
        }
    }
}
