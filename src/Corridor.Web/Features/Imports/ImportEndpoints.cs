using Corridor.Web.Infrastructure.Security;
using Corridor.Data;
using Corridor.Data.Import;
using Corridor.Data.Inventory;
using Corridor.Engine.Domain;
using Corridor.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Corridor.Web.Features.Imports;

internal sealed record ImportIssueResponse(string Severity, string File, string? Sheet, int? Row, string? Column, string? Value, string Message)
{
    public static ImportIssueResponse From(ImportIssue i) =>
        new(i.Severity == IssueSeverity.Error ? "error" : "warning", i.File, i.Sheet, i.Row, i.Column, i.Value, i.Message);
}

internal sealed record ImportResponse(bool DryRun, ImportSummary Summary, IReadOnlyList<ImportIssueResponse> Warnings);

internal static class ImportEndpoints
{
    public const long MaxUploadBytes = 60L * 1024 * 1024;

    public static RouteGroupBuilder MapImports(this IEndpointRouteBuilder app)
    {
        var group = app.MapCorridorGroup("/imports").WithTags("Import");
        group.MapPost("/", Import).WithName("ImportInventory").Allow(Access.Partner)
            .WithSummary("Upload CSV/XLSX files (projects, lots, hubs). All or nothing: any error rejects every file and writes nothing; dryRun=true only checks")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> Import(int corridorId, IFormFileCollection files, CorridorDb db, CategoryIndex categories,
        CorridorActor actor, HttpContext http, CancellationToken ct, bool dryRun = false)
    {
        var scope = await ImportScopes.ForAsync(actor, db, corridorId, ct);
        if (Uploads.WithContent(files).Count == 0)
            return TypedResults.Problem("Attach one or more files (multipart/form-data): CSV or XLSX with projects, lots or hubs.",
                statusCode: StatusCodes.Status400BadRequest, title: "No file uploaded");

        ImportOutcome outcome;
        try
        {
            outcome = await Uploads.ImportAsync(files, db, corridorId, categories, dryRun, scope, ct);
        }
        catch (ImportBusyException busy)
        {
            http.Response.Headers.RetryAfter = ImportBusyException.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(busy.Message, statusCode: StatusCodes.Status409Conflict, title: "Another import is running");
        }
        if (!outcome.Succeeded)
        {
            return TypedResults.Problem(
                title: "The import was rejected; nothing was written",
                detail: $"{outcome.Errors.Count} error(s). Fix them and upload the files again.",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = outcome.Errors.Select(ImportIssueResponse.From).ToList(),
                    ["warnings"] = outcome.Warnings.Select(ImportIssueResponse.From).ToList(),
                });
        }
        return TypedResults.Ok(new ImportResponse(outcome.IsDryRun, outcome.Summary!, outcome.Warnings.Select(ImportIssueResponse.From).ToList()));
    }
}
