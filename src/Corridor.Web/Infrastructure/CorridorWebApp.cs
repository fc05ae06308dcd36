using Corridor.Web.Infrastructure.Security;
using Corridor.Web.Localization;
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
using Microsoft.AspNetCore.DataProtection;
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
        builder.Services.AddCorridorHardening();
        builder.Services.AddPublicPageCache(builder.Configuration);
        // One key ring for every node, in the database: a cookie issued by one node is valid on the others (M0008).
        builder.Services.AddDataProtection().SetApplicationName("Corridor").PersistKeysToDbContext<CorridorDb>();
        builder.Services.AddRazorPages();
        // Page texts: IStringLocalizer<UiText> over Resources/Localization/UiText.xx.resx ([assembly: ResourceLocation]
        // in UiText.cs, so that other assemblies' localizers keep their own paths); the culture per request from
        // ?culture=, the language cookie, Accept-Language (docs/decisions/0013-ui-localisation.md).
        builder.Services.AddLocalization();
        // Pages write ü, ë, € as themselves (UTF-8) rather than as &#xFC; character references.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.Configure<RequestLocalizationOptions>(UiText.ConfigureRequestLocalization);
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));

        var app = builder.Build();
        app.UseRequestLocalization();
        app.Use(UiText.UseLanguageCulture);
        app.UseCorridorErrorPages(); // problem details for /api, HTML error pages for browsers (ErrorPages)
        app.UseCorridorHardening(app.Configuration); // security headers, cross-site write check, rate limits (Hardening)
        app.UseStaticFiles();
        app.UseCorridorSecurity();
        app.UseOutputCache(); // after authentication: signed-in requests are never served from the cache (PublicPages)
        app.MapOpenApi().Allow(Access.Public);
        app.MapGet("/health", async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> (CorridorDb db, CancellationToken ct) =>
            {
                if (!await db.Database.CanConnectAsync(ct)) return TypedResults.Problem("The database cannot be reached.", statusCode: 503);
                return TypedResults.Ok(new HealthResponse("ok", db.Database.ProviderName));
            })
            .WithTags("Health").WithSummary("Liveness and database reachability").Allow(Access.Public);
        // For a load balancer: live = the process answers; ready = the database answers and its schema is up to date.
        app.MapGet("/health/live", () => TypedResults.Ok(new HealthResponse("live", null)))
            .WithTags("Health").WithSummary("The process answers (no database check)").Allow(Access.Public);
        app.MapGet("/health/ready", async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> (CorridorDb db, CancellationToken ct) =>
            {
                if (!await db.Database.CanConnectAsync(ct)) return TypedResults.Problem("The database cannot be reached.", statusCode: 503);
                if ((await db.Database.GetPendingMigrationsAsync(ct)).Any()) return TypedResults.Problem("The database schema is not up to date yet (migrations pending).", statusCode: 503);
                return TypedResults.Ok(new HealthResponse("ready", db.Database.ProviderName));
            })
            .WithTags("Health").WithSummary("Ready for traffic: database reachable, migrations applied").Allow(Access.Public);
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

    /// <summary>
    /// Builds and runs the app (Program and <c>corridor serve</c>); a database that cannot be used stops it with one line on
    /// stderr and exit code <see cref="DatabasePreflight.ExitCode"/> instead of a stack trace.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var app = Create(args);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            if (await DatabasePreflight.ProblemAsync(scope.ServiceProvider.GetRequiredService<CorridorDb>()) is { } problem)
            {
                await Console.Error.WriteLineAsync(problem);
                return DatabasePreflight.ExitCode;
            }
        }
        await app.RunAsync();
        return 0;
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
