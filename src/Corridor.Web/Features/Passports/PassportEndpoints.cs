using Microsoft.AspNetCore.Http.HttpResults;
using Corridor.Web.Infrastructure.Security;
using System.Text;
using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Data.Passports;
using Corridor.Documents;
using Corridor.Web.Features.Reports;
using Corridor.Web.Features.Corridors;
using Corridor.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Passports;

internal sealed record CertificateRequest(string Kind, string Reference, string? Issuer, DateOnly? IssuedOn, DateOnly? ValidUntil, string? Url);

internal sealed record CertificateResponse(int Id, string Kind, string Reference, string? Issuer, DateOnly? IssuedOn, DateOnly? ValidUntil, string? Url);

internal static class PassportEndpoints
{
    public static RouteGroupBuilder MapPassports(this IEndpointRouteBuilder app)
    {
        var group = app.MapCorridorGroup().WithTags("Passports");
        group.MapGet("/lots/{lotId:int}/passport", LotPassport).WithName("GetLotPassport").Allow(Access.Public)
            .WithSummary("A lot's material passport: format=json (default, docs/passport-schema.md; download=true as a file) or format=html (printable; culture=nl, en or de)")
            .Produces<PassportDocument>().Produces(StatusCodes.Status200OK, contentType: "text/html");
        group.MapGet("/projects/{projectId:int}/passport", ProjectPassport).WithName("GetProjectPassport").Allow(Access.Public)
            .WithSummary("A project's material passport with all its lots: format=json or html (culture=nl, en or de)")
            .Produces<PassportDocument>().Produces(StatusCodes.Status200OK, contentType: "text/html");
        group.MapPost("/passports", Import).WithName("ImportPassport").Allow(Access.Partner)
            .WithSummary("Import a passport (JSON body): creates its project when missing and its lots, all or nothing; dryRun=true only checks")
            .Accepts<PassportDocument>("application/json").Produces<PassportImportResult>().ProducesValidationProblem();
        group.MapPost("/lots/{lotId:int}/certificates", AddCertificate).WithName("AddLotCertificate").Allow(Access.Partner)
            .WithSummary("Attach a certificate, declaration or test report to a lot").Produces<CertificateResponse>(StatusCodes.Status201Created);
        return group;
    }

    static async Task<Results<Ok<PassportDocument>, FileContentHttpResult, ContentHttpResult, ValidationProblem, NotFound>> LotPassport(int corridorId, int lotId, CorridorDb db, TimeProvider time, HttpContext context, CancellationToken ct,
        string? format = null, bool download = false, string? culture = null) =>
        await PassportBuilder.ForLotAsync(db, corridorId, lotId, time.GetUtcNow().UtcDateTime, ct) is { } doc
            ? await RenderAsync(doc, context, format, culture, download, $"passport-{doc.Building.ProjectCode}-{doc.Elements[0].Products[0].LotCode}")
            : TypedResults.NotFound();

    static async Task<Results<Ok<PassportDocument>, FileContentHttpResult, ContentHttpResult, ValidationProblem, NotFound>> ProjectPassport(int corridorId, int projectId, CorridorDb db, TimeProvider time, HttpContext context, CancellationToken ct,
        string? format = null, bool download = false, string? culture = null) =>
        await PassportBuilder.ForProjectAsync(db, corridorId, projectId, time.GetUtcNow().UtcDateTime, ct) is { } doc
            ? await RenderAsync(doc, context, format, culture, download, $"passport-{doc.Building.ProjectCode}")
            : TypedResults.NotFound();

    static async Task<Results<Ok<PassportDocument>, FileContentHttpResult, ContentHttpResult, ValidationProblem, NotFound>> RenderAsync(PassportDocument doc, HttpContext context, string? format, string? culture, bool download, string name)
    {
        var kind = (format ?? "json").Trim().ToLowerInvariant();
        var errors = new FieldErrors();
        if (kind is not ("json" or "html")) errors.Add("format", $"Unknown format '{format}'; expected json or html.");
        var text = DocumentLanguage.For(context, culture, errors);
        if (errors.Any) return errors.Problem();
        if (kind == "html") return TypedResults.Content(await DocumentRenderer.RenderPassportAsync(doc, text.Culture), "text/html; charset=utf-8");
        return download
            ? TypedResults.File(Encoding.UTF8.GetBytes(PassportJson.Serialize(doc)), "application/json", FileName(name) + ".json")
            : TypedResults.Ok(doc);
    }

    static async Task<Results<Ok<PassportImportResult>, Created<PassportImportResult>, ValidationProblem, ProblemHttpResult>> Import(int corridorId, HttpRequest request, CorridorDb db, TimeProvider time, CorridorActor actor,
        CancellationToken ct, bool dryRun = false)
    {
        var (doc, readErrors) = await PassportImport.ReadAsync(request.Body, ct);
        if (doc is null) return Problem(readErrors);
        if (!actor.IsDirector(corridorId))
        {
            // A partner adds passports to its own registered projects; new projects come through the import or the director.
            var projectId = await db.Projects.Where(p => p.CorridorId == corridorId && p.Code == doc.Building.ProjectCode).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
            if (projectId is null) return Denied.Forbidden("Register the project first (import or POST projects); a partner's passport adds to its own project.");
            if (await actor.CheckProjectAsync(db, corridorId, projectId.Value, ct) is { } refused) return refused;
        }
        var result = await PassportImport.ApplyAsync(db, corridorId, doc, time.GetUtcNow().UtcDateTime, dryRun, ct);
        if (!result.Succeeded) return Problem(result.Errors);
        return dryRun ? TypedResults.Ok(result) : TypedResults.Created($"/api/corridors/{corridorId}/projects?q={Uri.EscapeDataString(result.ProjectCode ?? "")}", result);
    }

    static ValidationProblem Problem(IReadOnlyList<PassportIssue> issues)
    {
        var errors = new FieldErrors();
        foreach (var issue in issues) errors.Add(issue.Path, issue.Message);
        return errors.Problem();
    }

    static async Task<Results<Created<CertificateResponse>, ValidationProblem, ProblemHttpResult>> AddCertificate(int corridorId, int lotId, CertificateRequest r, CorridorDb db, CorridorActor actor, CancellationToken ct)
    {
        if (await actor.CheckLotAsync(db, corridorId, lotId, ct) is { } refused) return refused;
        var errors = new FieldErrors();
        errors.Required("kind", r.Kind);
        errors.Required("reference", r.Reference);
        errors.Ordered("validUntil", r.IssuedOn, r.ValidUntil, "issuedOn");
        if (r.Url is not null && !(Uri.TryCreate(r.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            errors.Add("url", "Must be an absolute http or https address.");
        if (errors.Any) return errors.Problem();
        var certificate = new LotCertificate
        {
            CorridorId = corridorId, LotId = lotId, Kind = r.Kind.Trim(), Reference = r.Reference.Trim(), Issuer = r.Issuer,
            IssuedOn = r.IssuedOn, ValidUntil = r.ValidUntil, Url = r.Url,
        };
        db.LotCertificates.Add(certificate);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/corridors/{corridorId}/lots/{lotId}/passport",
            new CertificateResponse(certificate.Id, certificate.Kind, certificate.Reference, certificate.Issuer, certificate.IssuedOn, certificate.ValidUntil, certificate.Url));
    }

    static string FileName(string name) => string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
