#:package Npgsql@10.0.3
#:property ManagePackageVersionsCentrally=false
// Tries a real login with the tests' PostgreSQL connection string (scripts/test.sh runs it before the PostgreSQL pass).
// Exit 0 when the login succeeds; else prints the connection string (password masked) and the error, exit 1.
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
    Console.WriteLine($"PostgreSQL: logged in with {masked.ConnectionString}");
    return 0;
}
catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException)
{
    Console.Error.WriteLine($"PostgreSQL: cannot log in with {masked.ConnectionString}");
    Console.Error.WriteLine($"  {e.GetType().Name}: {e.Message}");
    return 1;
}
