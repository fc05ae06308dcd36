using Microsoft.AspNetCore.Http.HttpResults;
using Corridor.Web.Infrastructure.Security;
using System.Globalization;
using System.Text;
using Corridor.Data;
using Corridor.Data.Impact;
using Corridor.Documents;
using Corridor.Web.Infrastructure;

namespace Corridor.Web.Features.Reports;

internal static class ReportEndpoints
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/corridors/{corridorId:int}/reports").WithTags("Reports");
        group.MapGet("/council", Council).WithName("GetCouncilReport").Allow(Access.Public)
            .WithSummary("The corridor's impact for a period (from/to; default: the span of its lots) against its targets: format=html (printable, charts), pdf, csv or xlsx; culture=nl, en or de (default: the language cookie, else Accept-Language)")
            .Produces(StatusCodes.Status200OK, contentType: "text/html").Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: XlsxType).ProducesValidationProblem();
        return group;
    }

    static async Task<Results<FileContentHttpResult, ContentHttpResult, ValidationProblem, NotFound>> Council(int corridorId, CorridorDb db, TimeProvider time, HttpContext context, CancellationToken ct,
        DateOnly? from = null, DateOnly? to = null, string? format = null, string? culture = null)
    {
        var kind = (format ?? "html").Trim().ToLowerInvariant();
        var errors = new FieldErrors();
        errors.Ordered("to", from, to, "from");
        if (kind is not ("html" or "pdf" or "csv" or "xlsx")) errors.Add("format", $"Unknown format '{format}'; expected html, pdf, csv or xlsx.");
        var text = DocumentLanguage.For(context, culture, errors);
        if (errors.Any) return errors.Problem();

        var report = await CouncilReports.BuildAsync(db, corridorId, from, to, time.GetUtcNow().UtcDateTime, ct);
        if (report is null) return TypedResults.NotFound();
        var name = string.Create(CultureInfo.InvariantCulture, $"council-report-{report.CorridorCode}-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}");
        switch (kind)
        {
            case "csv":
                return TypedResults.File(Encoding.UTF8.GetBytes(CouncilReportTables.Csv(report)), "text/csv; charset=utf-8", name + ".csv");
            case "xlsx":
                using (var stream = new MemoryStream())
                {
                    CouncilReportTables.WriteXlsx(report, stream);
                    return TypedResults.File(stream.ToArray(), XlsxType, name + ".xlsx");
                }
            case "pdf":
                return TypedResults.File(DocumentRenderer.RenderCouncilReportPdf(report, text.Culture), "application/pdf", name + ".pdf");
            default:
                return TypedResults.Content(await DocumentRenderer.RenderCouncilReportAsync(report, text.Culture), "text/html; charset=utf-8");
        }
    }
}
