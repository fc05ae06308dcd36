using System.Globalization;
using System.Resources;
using Corridor.Data.Impact;
using Corridor.Documents;
using Corridor.Documents.Localization;
using Corridor.Tests.Shared;
using UglyToad.PdfPig;

namespace Corridor.Data.Tests.Impact;

/// <summary>The council report's HTML and PDF in English, Dutch and German (Corridor.Documents).</summary>
public sealed class CouncilReportDocumentTests : IAsyncLifetime
{
    static readonly DateTime Now = new(2027, 12, 1, 9, 0, 0, DateTimeKind.Utc);
    static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB"), Dutch = CultureInfo.GetCultureInfo("nl-NL"), German = CultureInfo.GetCultureInfo("de-DE");
    TestDatabase tdb = null!;
    ImpactFixture.Seeded seeded = null!;

    public async Task InitializeAsync()
    {
        tdb = await TestDatabase.CreateAsync();
        seeded = await ImpactFixture.SeedAsync(tdb);
    }

    public async Task DisposeAsync() => await tdb.DisposeAsync();

    async Task<CouncilReport> ReportAsync()
    {
        await using var db = tdb.Open();
        return (await CouncilReports.BuildAsync(db, seeded.CorridorId, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), Now))!;
    }

    [Fact]
    public async Task Html_German_TextsAndNumbersInGerman()
    {
        var r = await ReportAsync();

        var html = await DocumentRenderer.RenderCouncilReportAsync(r, German);

        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains("Zirkularitätsbericht Test corridor, 01.01.2027 bis 31.12.2027", html, StringComparison.Ordinal);
        Assert.Contains("Im Vergleich zu den Zielen", html, StringComparison.Ordinal);
        Assert.Contains("<b>9,5</b>", html, StringComparison.Ordinal); // 9,500 kg reused: 9,5 t
        Assert.DoesNotContain("Against the targets", html, StringComparison.Ordinal);
        Assert.Equal(6, html.Split("<svg xmlns").Length - 1);
    }

    [Fact]
    public async Task Html_Dutch_TextsAndNumbersInDutch()
    {
        var r = await ReportAsync();

        var html = await DocumentRenderer.RenderCouncilReportAsync(r, Dutch);

        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("Afgezet tegen de doelen", html, StringComparison.Ordinal);
        Assert.Contains("Circulaire inzet per kwartaal", html, StringComparison.Ordinal);
        Assert.Contains("<b>9,5</b>", html, StringComparison.Ordinal);
        Assert.Contains("Deuren (deurbladen)", html, StringComparison.Ordinal); // the doors category in Dutch
    }

    [Theory]
    [InlineData("nl", "1.234,5")]
    [InlineData("de", "1.234,5")]
    [InlineData("en", "1,234.5")]
    public void Tonnes_FormatsByCulture(string language, string expected) =>
        Assert.Equal(expected, DocumentText.For(language).Tonnes(1_234_500));

    [Theory]
    [InlineData("de-AT", "de")]
    [InlineData("nl", "nl")]
    [InlineData("fr", "en")]
    [InlineData(null, "en")]
    public void For_FirstSupportedLanguage(string? requested, string expected) =>
        Assert.Equal(expected, DocumentText.For(requested, null).Language);

    [Theory]
    [InlineData("nl")]
    [InlineData("de")]
    public void Resources_EveryEnglishTextIsTranslated(string language)
    {
        var manager = new ResourceManager("Corridor.Documents.Localization.DocumentText", typeof(DocumentText).Assembly);
        var english = Keys(manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!);
        var translated = Keys(manager.GetResourceSet(CultureInfo.GetCultureInfo(language), true, false)!);

        Assert.True(english.Count > 100, english.Count.ToString(CultureInfo.InvariantCulture));
        Assert.Empty(english.Except(translated));
    }

    [Fact]
    public async Task Pdf_English_HasTheKeyFiguresAndTheSources()
    {
        var r = await ReportAsync();

        var pdf = DocumentRenderer.RenderCouncilReportPdf(r, English);

        var text = PdfText(pdf, out var pages);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(pages >= 2, pages.ToString(CultureInfo.InvariantCulture));
        Assert.Contains(Squash("Circularity report Test corridor"), text, StringComparison.Ordinal);
        Assert.Contains(Squash("Mass reused and recycled9.5"), text, StringComparison.Ordinal);
        Assert.Contains(Squash("Against the targets"), text, StringComparison.Ordinal);
        Assert.Contains(Squash(Engine.Impact.ImpactCalculator.CarbonMethod), text, StringComparison.Ordinal);
        Assert.All(r.Sources, s => Assert.Contains(Squash(s), text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pdf_German_InGerman()
    {
        var r = await ReportAsync();

        var text = PdfText(DocumentRenderer.RenderCouncilReportPdf(r, German), out _);

        Assert.Contains(Squash("Zirkularitätsbericht Test corridor"), text, StringComparison.Ordinal);
        Assert.Contains(Squash("Wiederverwendete und recycelte Masse"), text, StringComparison.Ordinal);
        Assert.Contains("9,5", text, StringComparison.Ordinal);
        Assert.Contains(Squash("Quellen"), text, StringComparison.Ordinal);
    }

    /// <summary>All pages' text without whitespace (PDF text has no reliable spaces or line ends), page footers removed.</summary>
    static string PdfText(byte[] pdf, out int pages)
    {
        using var document = PdfDocument.Open(pdf);
        pages = document.NumberOfPages;
        return string.Concat(document.GetPages().Select(p => Squash(string.Concat(p.GetWords().Where(w => w.BoundingBox.Bottom > 30).Select(w => w.Text)))));
    }

    static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    static HashSet<string> Keys(ResourceSet set) =>
        [.. set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key)];
}
