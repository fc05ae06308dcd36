using System.Globalization;
using Corridor.Data;
using Corridor.Data.Impact;
using Corridor.Documents.Localization;
using Corridor.Web.Features.Reports;
using Corridor.Web.Infrastructure;

namespace Corridor.Web.Pages.Reports;

/// <summary>
/// The council report inside the site's layout: the same component as the standalone HTML and the same figures as the
/// PDF, in the language of <c>?culture=</c>, else the language switch; links to the printable HTML, PDF, CSV and XLSX.
/// </summary>
internal sealed class CouncilModel(CorridorDb db, TimeProvider time) : CorridorPageModel(db)
{
    public CouncilReport? Report { get; private set; }
    public DocumentText Text { get; private set; } = DocumentText.English;
    public string? Error { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }

    public async Task OnGetAsync(int? corridor, DateOnly? from, DateOnly? to, string? culture, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Text = DocumentLanguage.For(HttpContext, culture, errors);
        From = from;
        To = to;
        if (!await LoadCorridorAsync(corridor, ct)) return;
        if (to < from)
        {
            Error = T["The end of the period lies before its start."];
            return;
        }
        Report = await CouncilReports.BuildAsync(Db, Corridor!.Id, from, to, time.GetUtcNow().UtcDateTime, ct);
    }

    /// <summary>The report endpoint for a format, with this page's period and language.</summary>
    public string Link(string format) =>
        string.Create(CultureInfo.InvariantCulture,
            $"/api/corridors/{Corridor!.Id}/reports/council?format={format}&from={Report!.From:yyyy-MM-dd}&to={Report.To:yyyy-MM-dd}&culture={Text.Language}");
}
