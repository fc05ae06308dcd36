#:package Npgsql@10.0.3
#:property ManagePackageVersionsCentrally=false
// Tries a real login with the tests' PostgreSQL connection string (scripts/test.sh runs it before the PostgreSQL pass).
// Exit 0 when the login succeeds; else prints the connection string (password masked) and the error, exit 1.
// With `--drop-run TAG` after the connection string it then drops the databases of test run TAG (CORRIDOR_TEST_RUN).
using Npgsql;

var raw = args.Length > 0 ? args[0] : "Host=localhost;Username=postgres;Password=corridor";
var builder = new NpgsqlConnectionStringBuilder(raw) { Database = "postgres", Timeout = 5, Pooling = false };
var masked = new NpgsqlConnectionStringBuilder(builder.ConnectionString);
if (!string.IsNullOrEmpty(masked.Password)) masked.Password = "****";
try
{
    await using var conn = new NpgsqlConnection(builder.ConnectionString);
    await conn.OpenAsync();
    await using var cmd = new NpgsqlCommand("SELECT 1", conn);
    await cmd.ExecuteScalarAsync();
    if (args is [_, "--drop-run", var run, ..])
    {
        // After the PostgreSQL pass: the databases its test processes left (tests/Shared/TestDatabase.cs names them
        // corridor_{kind}_{time}_{CORRIDOR_TEST_RUN}…). Dropped several at once: concurrent drops share checkpoints.
        var names = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname ~ ('^corridor_[a-z]+_[0-9]+_' || $1)", conn))
        {
            list.Parameters.AddWithValue(run.ToLowerInvariant());
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        }
        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (name, ct) =>
        {
            await using var c = new NpgsqlConnection(builder.ConnectionString);
            await c.OpenAsync(ct);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", c);
            await drop.ExecuteNonQueryAsync(ct);
        });
        Console.WriteLine($"PostgreSQL: dropped the {names.Count} databases the test run left");
        return 0;
    }
    Console.WriteLine($"PostgreSQL: logged in with {masked.ConnectionString}");
    return 0;
}
catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException)
{
    Console.Error.WriteLine($"PostgreSQL: cannot log in with {masked.ConnectionString}");
    Console.Error.WriteLine($"  {e.GetType().Name}: {e.Message}");
    return 1;
}
