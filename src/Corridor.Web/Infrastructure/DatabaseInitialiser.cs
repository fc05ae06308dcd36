using Corridor.Data;
using Corridor.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Infrastructure;

/// <summary>
/// At start-up: applies pending migrations and, when the database holds no corridor yet and Corridor:SeedDemo is on
/// (the default), seeds the demo corridor. Runs before the server accepts requests.
/// </summary>
internal sealed class DatabaseInitialiser(IServiceProvider services, IConfiguration configuration, TimeProvider time,
    ILogger<DatabaseInitialiser> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CorridorDb>();
        var source = db.Database.IsSqlite() ? db.Database.GetDbConnection().DataSource : db.Database.GetDbConnection().Database;
        // Progress, so that a first start does not sit silent: creating the database, migrating, seeding the demo.
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            var fresh = pending.Count == db.Database.GetMigrations().Count();
            log.LogInformation(fresh ? "Creating the database {Source} and applying {Count} migrations…" : "Database {Source}: applying {Count} migrations…",
                source, pending.Count);
        }
        await CorridorDatabase.MigrateAsync(db, cancellationToken);
        if (configuration.GetValue("Corridor:SeedDemo", true) && !await db.Corridors.AnyAsync(cancellationToken))
        {
            log.LogInformation("Seeding the demo corridor (Amersfoort region; estimating the donor buildings' inventories)…");
            var summary = await DemoSeeder.SeedAsync(db, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), cancellationToken);
            log.LogInformation("Seeded the demo corridor: {Projects} projects, {Lots} lots, {Hubs} hubs",
                summary.Projects.Created, summary.Lots.Created, summary.Hubs.Created);
        }
        log.LogInformation("Database: {Provider} {Source}", db.Database.IsSqlite() ? "SQLite" : "PostgreSQL", source);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
