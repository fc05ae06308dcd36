using System.CommandLine;
using System.Globalization;
using System.Text;
using Corridor.Data.Impact;
using Corridor.Documents;
using Corridor.Documents.Localization;
using Corridor.Engine.Domain;

namespace Corridor.Cli.Commands;

/// <summary>
/// <c>corridor report [--from DATE] [--to DATE] --format html|pdf|csv|xlsx [--culture nl|en|de] [--out PATH]</c>: the council
/// report of the corridor's impact for the period (default: the span of its lots), HTML and PDF in the --culture's language
/// (default English). HTML and CSV go to stdout without --out; PDF and XLSX need a file (default <c>council-report-CODE-FROM-TO.pdf|xlsx</c>).
/// </summary>
internal static class ReportCommand
{
    public static Command Build(CliContext cx)
    {
        var command = new Command("report",
            "The council report: mass reused, CO2 avoided, circular input against the targets, for a period (default: the span of the lots).");
        var options = new TextOptions(command)
            .Add("--from", "DATE", "Start of the period, yyyy-mm-dd.")
            .Add("--to", "DATE", "End of the period, yyyy-mm-dd.")
            .Add("--format", "html|pdf|csv|xlsx", "html (default) or csv to stdout without --out; pdf and xlsx to a file.", "html", "pdf", "csv", "xlsx")
            .Add("--culture", "nl|en|de", "The report's language (default en).", "nl", "en", "de")
            .Add("--out", "PATH", "The file to write (pdf/xlsx default: council-report-CODE-FROM-TO.pdf/.xlsx).");
        var target = CliOptions.AddTarget(command);
        command.SetAction((r, _) => RunAsync(options.Values(r), CliTarget.From(r, target), cx));
        return command;
    }

    /// <summary>Runs <c>corridor report</c>; <paramref name="option"/> gives each option's text (null when absent).</summary>
    public static async Task<int> RunAsync(Func<string, string?> option, CliTarget target, CliContext cx)
    {
        ArgumentNullException.ThrowIfNull(option);
        var format = (option("--format") ?? "html").ToLowerInvariant();
        if (format is not ("html" or "pdf" or "csv" or "xlsx")) return cx.Usage("corridor report: --format must be html, pdf, csv or xlsx");
        var culture = DocumentText.Find(option("--culture") ?? "en");
        if (culture is null) return cx.Usage("corridor report: --culture must be nl, en or de");
        if (!TryDate(option("--from"), out var from)) return cx.Usage("corridor report: --from must be a date yyyy-mm-dd");
        if (!TryDate(option("--to"), out var to)) return cx.Usage("corridor report: --to must be a date yyyy-mm-dd");
        if (from is { } f && to is { } t && t < f) return cx.Usage("corridor report: --to lies before --from");

        await using var db = await CliDatabase.OpenAsync(target, cx.Time, cx.Ct);
        var (corridor, error) = await CliDatabase.ResolveCorridorAsync(db, target, cx.Time, createIfNone: false, cx.Ct);
        if (corridor is null) return cx.Fail($"corridor report: {error}");
        var report = (await CouncilReports.BuildAsync(db, corridor.Id, from, to, cx.Time.GetUtcNow().UtcDateTime, cx.Ct))!;

        var outPath = option("--out");
        switch (format)
        {
            case "xlsx":
                outPath ??= string.Create(CultureInfo.InvariantCulture, $"council-report-{report.CorridorCode}-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}.xlsx");
                await using (var file = File.Create(outPath)) CouncilReportTables.WriteXlsx(report, file);
                break;
            case "pdf":
                outPath ??= string.Create(CultureInfo.InvariantCulture, $"council-report-{report.CorridorCode}-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}.pdf");
                await File.WriteAllBytesAsync(outPath, DocumentRenderer.RenderCouncilReportPdf(report, culture), cx.Ct);
                break;
            default:
                var text = format == "csv" ? CouncilReportTables.Csv(report) : await DocumentRenderer.RenderCouncilReportAsync(report, culture);
                if (outPath is null)
                {
                    await cx.Out.WriteAsync(text);
                    return 0;
                }
                await File.WriteAllTextAsync(outPath, text, new UTF8Encoding(false), cx.Ct);
                break;
        }
        var a = report.Account;
        await cx.Err.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"wrote {outPath}: {report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd}, {Mass.KgToTonnes(a.PrimaryMaterialAvoidedKg.Value):#,0.0} t reused and recycled, " +
            $"{Mass.KgToTonnes(a.Carbon.NetAvoidedCo2eKg.Value):#,0.0} t CO2e avoided net, circular input {(a.Input.CircularInputPercent.Value is { } c ? c.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "undefined")}"));
        return 0;
    }

    static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }
}
