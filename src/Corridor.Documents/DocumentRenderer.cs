using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Corridor.Data.Impact;
using Corridor.Data.Passports;
using Corridor.Documents.Components;
using Corridor.Documents.Localization;
using Corridor.Documents.Pdf;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Corridor.Documents;

/// <summary>
/// The one place the API, the CLI and the pages turn a council report or a passport into a document: standalone HTML
/// from the Razor components (through <see cref="HtmlRenderer"/>) and the council report as PDF. Texts, numbers and
/// dates follow <c>culture</c>; languages without a resource file fall back to English texts.
/// </summary>
public static class DocumentRenderer
{
    // Letters such as ä, é, · and − are written as themselves (the page is UTF-8), not as character references; markup
    // characters (<, >, &, quotes) are still encoded.
    static readonly IServiceProvider Services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    /// <summary>The council report as one self-contained HTML page in <paramref name="culture"/>'s language.</summary>
    public static Task<string> RenderCouncilReportAsync(CouncilReport report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(report);
        return RenderAsync<CouncilReportDocument>(culture, new Dictionary<string, object?>
        {
            [nameof(CouncilReportDocument.Report)] = report, [nameof(CouncilReportDocument.Text)] = new DocumentText(culture),
        });
    }

    /// <summary>A material passport as one self-contained, printable HTML page in <paramref name="culture"/>'s language.</summary>
    public static Task<string> RenderPassportAsync(PassportDocument passport, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(passport);
        return RenderAsync<PassportDocumentPage>(culture, new Dictionary<string, object?>
        {
            [nameof(PassportDocumentPage.Passport)] = passport, [nameof(PassportDocumentPage.Text)] = new DocumentText(culture),
        });
    }

    /// <summary>The council report as a PDF (A4): the same figures, tables, charts, methods and sources as the HTML.</summary>
    public static byte[] RenderCouncilReportPdf(CouncilReport report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(report);
        return CouncilReportPdf.Render(report, new DocumentText(culture));
    }

    static async Task<string> RenderAsync<TComponent>(CultureInfo culture, Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(culture);
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            // The components format with DocumentText's culture, never the thread's.
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
