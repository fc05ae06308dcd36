using Corridor.Data;
using Corridor.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Infrastructure;

/// <summary>
/// At start-up: applies pending migrations and, when the database holds no corridor yet and Corridor:SeedDemo is on
/// (the default), seeds the demo corridor. Runs before the server accepts requests.
/// </summary>
public sealed class DatabaseInitialiser(IServiceProvider services, IConfiguration configuration, TimeProvider time,
    ILogger<DatabaseInitialiser> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CorridorDb>();
        await CorridorDatabase.MigrateAsync(db, cancellationToken);
        if (configuration.GetValue("Corridor:SeedDemo", true) && !await db.Corridors.AnyAsync(cancellationToken))
        {
            var summary = await DemoSeeder.SeedAsync(db, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), cancellationToken);
            log.LogInformation("Seeded the demo corridor: {Projects} projects, {Lots} lots, {Hubs} hubs",
                summary.Projects.Created, summary.Lots.Created, summary.Hubs.Created);
        }
        var source = db.Database.IsSqlite() ? db.Database.GetDbConnection().DataSource : db.Database.GetDbConnection().Database;
        log.LogInformation("Database: {Provider} {Source}", db.Database.IsSqlite() ? "SQLite" : "PostgreSQL", source);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
