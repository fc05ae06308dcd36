using System.Diagnostics;
using Corridor.Data;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Tests.Startup;

/// <summary>Issue 13 (6): a database that cannot be used stops the app with one clear line and exit code 3, not a stack trace.</summary>
public sealed class StartupFailureTests
{
    /// <summary>Runs the built web app (Corridor.Web.dll beside the tests) with these arguments until it exits.</summary>
    static async Task<(int Code, string Out, string Err)> RunWebAsync(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Corridor.Web.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); throw; }
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task UnreachablePostgreSql_ExitsWith3AndOneLineNamingTheDatabase()
    {
        var (code, output, error) = await RunWebAsync("--Corridor:Database", "Host=127.0.0.1;Port=1;Database=corridor;Username=corridor;Password=secret;Timeout=3");

        Assert.Equal(DatabasePreflight.ExitCode, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Corridor cannot start: the database 'corridor' on 127.0.0.1:1 (PostgreSQL) cannot be reached", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SchemaNewerThanThisVersion_ExitsWith3AndSaysSo()
    {
        var file = Path.Combine(Path.GetTempPath(), $"corridor-newer-{Guid.NewGuid():N}.db");
        try
        {
            await using (var db = CorridorDatabase.Open(file))
            {
                await CorridorDatabase.MigrateAsync(db);
                await db.Database.ExecuteSqlRawAsync("INSERT INTO __corridor_migrations (MigrationId, ProductVersion) VALUES ('99990101000000_FromTheFuture', '99.0')");
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

            var (code, _, error) = await RunWebAsync("--Corridor:Database", file, "--Corridor:SeedDemo", "false");

            Assert.Equal(DatabasePreflight.ExitCode, code);
            Assert.Contains("has a newer schema (99990101000000_FromTheFuture)", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        }
        finally
        {
            foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
        }
    }

    [Fact]
    public async Task Preflight_OnAUsableDatabase_FindsNoProblem()
    {
        await using var tdb = await Corridor.Tests.Shared.TestDatabase.CreateAsync();
        await using var db = tdb.Open();

        Assert.Null(await DatabasePreflight.ProblemAsync(db));
    }
}
