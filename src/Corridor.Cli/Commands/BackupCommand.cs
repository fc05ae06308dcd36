using System.CommandLine;
using System.Globalization;
using Corridor.Data;
using Corridor.Data.Backup;

namespace Corridor.Cli.Commands;

/// <summary>
/// <c>corridor backup --out FILE [--database DB]</c> and <c>corridor restore FILE [--database DB] [--replace]</c>: a consistent
/// backup of a live database (SQLite online backup; PostgreSQL pg_dump) and its restore (<see cref="DatabaseBackup"/>).
/// </summary>
internal static class BackupCommand
{
    /// <summary>The <c>backup</c> command.</summary>
    public static Command BuildBackup(CliContext cx)
    {
        var output = CliOptions.Text("--out", "FILE", "The backup file to write (SQLite: a database file; PostgreSQL: pg_dump custom format).");
        var database = CliOptions.Database();
        var command = new Command("backup", "Back up the database while it is in use: every committed record, consistent.") { output, database };
        command.SetAction((r, _) => BackupAsync(r.GetValue(output), r.GetValue(database), cx));
        return command;
    }

    /// <summary>The <c>restore</c> command.</summary>
    public static Command BuildRestore(CliContext cx)
    {
        var file = CliOptions.RejectOptions(new Argument<string>("FILE") { Description = "A backup written by corridor backup." });
        var database = CliOptions.Database();
        var replace = new Option<bool>("--replace") { Description = "Replace a database that already holds corridors (everything in it is overwritten)." };
        var command = new Command("restore", "Restore a backup into a database (stop the web app first, or restore into a new database).") { file, database, replace };
        command.SetAction((r, _) => RestoreAsync(r.GetValue(file), r.GetValue(database), r.GetValue(replace), cx));
        return command;
    }

    /// <summary>Runs <c>corridor backup</c>.</summary>
    public static async Task<int> BackupAsync(string? outPath, string? database, CliContext cx)
    {
        ArgumentNullException.ThrowIfNull(cx);
        if (string.IsNullOrWhiteSpace(outPath)) return cx.Usage("corridor backup: say where to write the backup with --out FILE");
        try
        {
            var result = await DatabaseBackup.BackupAsync(database ?? CorridorDatabase.DefaultLocation(), outPath, cx.Ct);
            await cx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"wrote {result.Path} ({result.Bytes:N0} bytes, {result.Format})"));
            return 0;
        }
        catch (BackupException e)
        {
            return cx.Fail($"corridor backup: {e.Message}");
        }
    }

    /// <summary>Runs <c>corridor restore</c>.</summary>
    public static async Task<int> RestoreAsync(string? file, string? database, bool replace, CliContext cx)
    {
        ArgumentNullException.ThrowIfNull(cx);
        if (string.IsNullOrWhiteSpace(file)) return cx.Usage("corridor restore: name the backup FILE");
        var target = database ?? CorridorDatabase.DefaultLocation();
        try
        {
            await DatabaseBackup.RestoreAsync(target, file, replace, cx.Ct);
            await cx.Out.WriteLineAsync($"restored {file}");
            return 0;
        }
        catch (BackupException e)
        {
            return cx.Fail($"corridor restore: {e.Message}");
        }
    }
}
