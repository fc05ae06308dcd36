using System.Globalization;
using System.Text;
using Corridor.Data.Impact;
using Corridor.Engine.Domain;

namespace Corridor.Cli.Commands;

/// <summary>
/// <c>corridor report [--from DATE] [--to DATE] --format html|csv|xlsx [--out PATH]</c>: the council report of the corridor's
/// impact for the period (default: the span of its lots). HTML and CSV go to stdout without --out; XLSX needs a file
/// (default <c>council-report-CODE-FROM-TO.xlsx</c>).
/// </summary>
public static class ReportCommand
{
    public static async Task<int> RunAsync(CliArgs args, CliContext cx)
    {
        var format = (args.Option("--format") ?? "html").ToLowerInvariant();
        if (format is not ("html" or "csv" or "xlsx")) return cx.Usage("corridor report: --format must be html, csv or xlsx");
        if (!TryDate(args.Option("--from"), out var from)) return cx.Usage("corridor report: --from must be a date yyyy-mm-dd");
        if (!TryDate(args.Option("--to"), out var to)) return cx.Usage("corridor report: --to must be a date yyyy-mm-dd");
        if (from is { } f && to is { } t && t < f) return cx.Usage("corridor report: --to lies before --from");

        await using var db = await CliDatabase.OpenAsync(args, cx.Time, cx.Ct);
        var (corridor, error) = await CliDatabase.ResolveCorridorAsync(db, args, cx.Time, createIfNone: false, cx.Ct);
        if (corridor is null) return cx.Fail($"corridor report: {error}");
        var report = (await CouncilReports.BuildAsync(db, corridor.Id, from, to, cx.Time.GetUtcNow().UtcDateTime, cx.Ct))!;

        var outPath = args.Option("--out");
        switch (format)
        {
            case "xlsx":
                outPath ??= string.Create(CultureInfo.InvariantCulture, $"council-report-{report.CorridorCode}-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}.xlsx");
                await using (var file = File.Create(outPath)) CouncilReportTables.WriteXlsx(report, file);
                break;
            default:
                var text = format == "csv" ? CouncilReportTables.Csv(report) : CouncilReportHtml.Render(report);
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
