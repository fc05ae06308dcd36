using Corridor.Web.Infrastructure.Security;
using System.Text.Json;
using System.Text.Json.Serialization;
using Corridor.Data;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;
using Corridor.Web.Features.Accounts;
using Corridor.Web.Features.Categories;
using Corridor.Web.Features.Corridors;
using Corridor.Web.Features.Estimates;
using Corridor.Web.Features.Growth;
using Corridor.Web.Features.Notifications;
using Corridor.Web.Features.Hubs;
using Corridor.Web.Features.Impact;
using Corridor.Web.Features.Imports;
using Corridor.Web.Features.Lots;
using Corridor.Web.Features.Organisations;
using Corridor.Web.Features.Plans;
using Corridor.Web.Features.Passports;
using Corridor.Web.Features.Projects;
using Corridor.Web.Features.Reports;
using Corridor.Web.Features.Workflow;
using Corridor.Web.Features.Rules;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Infrastructure;

/// <summary>The database the app runs on: a SQLite path or a PostgreSQL connection string.</summary>
internal sealed record DatabaseSetting(string Database);

/// <summary>The answer of <c>/health</c>: "ok" and the EF provider in use.</summary>
internal sealed record HealthResponse(string Status, string? Database);

/// <summary>Builds the web app; shared by Program (dotnet run), <c>corridor serve</c> and the tests.</summary>
public static class CorridorWebApp
{
    /// <summary>
    /// Settings: <c>Corridor:Database</c> (a SQLite path or a PostgreSQL connection string; default
    /// <see cref="CorridorDatabase.DefaultLocation"/>) and <c>Corridor:SeedDemo</c> (default true: an empty database gets the demo corridor).
    /// </summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        // Read when first needed, not now: test hosts and `corridor serve` add their settings after this point.
        builder.Services.AddSingleton(sp => new DatabaseSetting(
            sp.GetRequiredService<IConfiguration>()["Corridor:Database"] is { Length: > 0 } named ? named : CorridorDatabase.DefaultLocation()));
        builder.Services.AddDbContext<CorridorDb>((sp, o) => CorridorDatabase.Configure(o, sp.GetRequiredService<DatabaseSetting>().Database));
        builder.Services.AddSingleton(new CategoryIndex(ReferenceCatalog.Categories));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<DatabaseInitialiser>();
        builder.Services.AddHostedService<NotificationJobs>();
        builder.Services.AddProblemDetails();
        // Malformed parameters are the client's mistake: 400 with a problem, also in Development.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        builder.Services.AddOpenApi();
        builder.Services.AddCorridorSecurity();
        builder.Services.AddRazorPages();
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));

        var app = builder.Build();
        app.UseCorridorErrorPages(); // problem details for /api, HTML error pages for browsers (ErrorPages)
        app.UseStaticFiles();
        app.UseCorridorSecurity();
        app.MapOpenApi().Allow(Access.Public);
        app.MapGet("/health", async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> (CorridorDb db, CancellationToken ct) =>
            {
                if (!await db.Database.CanConnectAsync(ct)) return TypedResults.Problem("The database cannot be reached.", statusCode: 503);
                return TypedResults.Ok(new HealthResponse("ok", db.Database.ProviderName));
            })
            .WithTags("Health").WithSummary("Liveness and database reachability").Allow(Access.Public);
        app.MapCorridors();
        app.MapOrganisations();
        app.MapProjects();
        app.MapLots();
        app.MapHubs();
        app.MapCategories();
        app.MapImports();
        app.MapPlans();
        app.MapRules();
        app.MapImpact();
        app.MapPassports();
        app.MapEstimates();
        app.MapReports();
        app.MapAccounts();
        app.MapGrowth();
        app.MapNotifications();
        app.MapWorkflow();
        app.MapRazorPages();
        return app;
    }

    static string Describe(CorridorDb db) =>
        db.Database.IsSqlite() ? db.Database.GetDbConnection().DataSource : db.Database.GetDbConnection().Database;

    /// <summary>The API's JSON settings: enums as snake_case strings, null values written out. Shared with test clients.</summary>
    public static void ConfigureJson(JsonSerializerOptions o)
    {
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        o.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    }
}
