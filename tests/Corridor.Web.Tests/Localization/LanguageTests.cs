using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Corridor.Tests.Shared;
using Corridor.Web.Localization;
using Corridor.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Tests.Localization;

/// <summary>
/// Page texts in Dutch, English and German from the resource files (docs/decisions/0013-ui-localisation.md): the
/// resource files are complete and agree with the code (the same rules as <c>scripts/i18n.py check</c>), and a request
/// gets its language from ?culture=, the language cookie or Accept-Language, English otherwise.
/// </summary>
public sealed partial class LanguageTests(LanguageFixture fixture) : IClassFixture<LanguageFixture>
{
    const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    // ---------------------------------------------------------------- resource files against the code

    [Fact]
    public void ResourceFiles_HaveEveryKeyInDutchAndGerman_WithTheSamePlaceholders()
    {
        var nl = Resx("nl");
        var de = Resx("de");

        Assert.True(nl.Count > 500, $"UiText.nl.resx has only {nl.Count} texts");
        Assert.Equal(nl.Keys.Order(StringComparer.Ordinal), de.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, dutch) in nl)
        {
            Assert.False(string.IsNullOrWhiteSpace(dutch), $"empty Dutch text for '{key}'");
            Assert.False(string.IsNullOrWhiteSpace(de[key]), $"empty German text for '{key}'");
            Assert.True(Placeholders(key).SequenceEqual(Placeholders(dutch)), $"placeholders differ in Dutch for '{key}': '{dutch}'");
            Assert.True(Placeholders(key).SequenceEqual(Placeholders(de[key])), $"placeholders differ in German for '{key}': '{de[key]}'");
        }
    }

    [Fact]
    public void Code_HasNoEnglishDutchPairLeft_AndEveryKeyItUsesIsTranslated_AndEveryTranslationIsUsed()
    {
        var pairs = new List<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in SourceFiles())
        {
            var text = CommentLine().Replace(File.ReadAllText(file), "");
            var name = Path.GetFileName(file);
            pairs.AddRange(Pair().Matches(text).Select(m => $"{name}: {m.Value}"));
            foreach (Match m in KeyUse().Matches(text)) used.Add(Unescape(m.Groups["key"].Value));
            foreach (Match m in VerbatimKeyUse().Matches(text)) used.Add(m.Groups["key"].Value.Replace("\"\"", "\"", StringComparison.Ordinal));
            if (name == "UiText.cs")
                foreach (Match m in ThisKeyUse().Matches(text)) used.Add(Unescape(m.Groups["key"].Value));
        }

        Assert.Empty(pairs);
        Assert.True(used.Count > 500, $"only {used.Count} text keys found in the code");
        foreach (var language in new[] { "nl", "de" })
        {
            var entries = Resx(language);
            Assert.Empty(used.Where(k => !entries.ContainsKey(k)).Select(k => $"missing from UiText.{language}.resx: '{k}'"));
            Assert.Empty(entries.Keys.Where(k => !used.Contains(k)).Select(k => $"unused in UiText.{language}.resx: '{k}'"));
        }
    }

    // ---------------------------------------------------------------- the request's language

    [Fact]
    public async Task HomePage_WithoutAPreference_IsEnglish()
    {
        var html = await GetHtmlAsync("/");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains(">Overview</a>", html, StringComparison.Ordinal);
        Assert.Contains("Skip to content", html, StringComparison.Ordinal);
        Assert.Contains("value=\"de\" lang=\"de\" aria-pressed=\"false\">Deutsch</button>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePage_WithDutchAcceptLanguage_IsDutchAsBefore()
    {
        var html = await GetHtmlAsync("/", acceptLanguage: "nl-NL,nl;q=0.9,en;q=0.5");

        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains(">Overzicht</a>", html, StringComparison.Ordinal);
        Assert.Contains("Naar de inhoud", html, StringComparison.Ordinal);
        Assert.Contains("value=\"nl\" lang=\"nl\" aria-pressed=\"true\">Nederlands</button>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePage_WithCultureDeInTheQuery_IsGerman_EvenAgainstCookieAndBrowser()
    {
        var html = await GetHtmlAsync("/?culture=de", acceptLanguage: "nl-NL", cookie: "c=en|uic=en");

        AssertGerman(html);
    }

    [Fact]
    public async Task HomePage_WithTheGermanLanguageCookie_IsGerman_EvenAgainstTheBrowser()
    {
        var html = await GetHtmlAsync("/", acceptLanguage: "en-GB", cookie: UiText.CookieValue("de"));

        AssertGerman(html);
    }

    [Fact]
    public async Task HomePage_WithGermanAcceptLanguage_IsGerman()
    {
        AssertGerman(await GetHtmlAsync("/", acceptLanguage: "de-DE,de;q=0.9"));
        AssertGerman(await GetHtmlAsync("/", acceptLanguage: "fr-FR, de-AT;q=0.8"));
    }

    [Fact]
    public async Task HomePage_WithAnUnsupportedLanguage_IsEnglish()
    {
        var html = await GetHtmlAsync("/?culture=fr", acceptLanguage: "fr-FR");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains(">Overview</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_Deutsch_SetsTheCookie_AndTheNextPageIsGerman()
    {
        using var client = fixture.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.Accept.ParseAdd(BrowserAccept);
        using var pageResponse = await client.SendAsync(page);
        var html = await pageResponse.Content.ReadAsStringAsync();
        // The switch carries no antiforgery token, so that public pages set no cookie and can come from the output cache;
        // a cross-site post is refused by the Origin check (HardeningTests).
        Assert.False(pageResponse.Headers.Contains("Set-Cookie"), "an anonymous page sets no cookie");
        Assert.Contains("name=\"lang\" value=\"de\"", html, StringComparison.Ordinal);

        using var post = new HttpRequestMessage(HttpMethod.Post, "/Language")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["lang"] = "de", ["returnUrl"] = "/hubs" }),
        };
        post.Headers.Add("Origin", "http://localhost");
        using var switched = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/hubs", switched.Headers.Location?.OriginalString);
        var cookie = switched.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(UiText.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("uic%3Dde", cookie, StringComparison.Ordinal);
        AssertGerman(await GetHtmlAsync("/", acceptLanguage: "nl-NL", cookie: Uri.UnescapeDataString(cookie.Split(';')[0][(UiText.CookieName.Length + 1)..])));
    }

    [Fact]
    public async Task MissingPage_InGerman_IsTheGerman404Page()
    {
        using var client = fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        request.Headers.Accept.ParseAdd(BrowserAccept);
        request.Headers.AcceptLanguage.ParseAdd("de-DE");
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains("Seite nicht gefunden", html, StringComparison.Ordinal);
        Assert.Contains("Unter dieser Adresse gibt es keine Seite.", html, StringComparison.Ordinal);
        Assert.Contains("Zurück zur Übersicht", html, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- texts and formats per culture

    [Theory]
    [InlineData("nl", "1.234,5", "1.234,5 t", "Aanbod", "aanbod")]
    [InlineData("de", "1.234,5", "1.234,5 t", "Angebot", "Angebot")]
    [InlineData("en", "1,234.5", "1,234.5 t", "Supply", "supply")]
    public void Texts_AndNumbers_FollowTheCulture(string language, string number, string tonnes, string supplyHeading, string supplyWord)
    {
        var t = Text(language);

        Assert.Equal(language, t.Language);
        Assert.Equal(number, t.Number(1234.5, 1));
        Assert.Equal(tonnes, t.Tonnes(1_234_500));
        // Keys that differ only in case are both found (the resource files store the second as "~supply").
        Assert.Equal(supplyHeading, t["Supply"]);
        Assert.Equal(supplyWord, t["supply"]);
    }

    [Fact]
    public void German_FormatsDatesAndFillsPlaceholders_AndFallsBackToEnglish()
    {
        var t = Text("de");

        Assert.Equal("4. Dez. 2026", t.Date(new DateOnly(2026, 12, 4)));
        Assert.Equal("in 12 Tagen", t.Format("in {0} days", 12));
        Assert.Equal("{0} in {1} Angebotspartien".Replace("{0}", "1.234,5 t").Replace("{1}", "3"), t.Format("{0} in {1} supply lots", t.Tonnes(1_234_500), 3));
        Assert.Equal("eingebaut", t.Status(Corridor.Engine.Domain.LotStatus.Installed));
        Assert.Equal("zu weit", t.UnmatchedReason("too far"));
        Assert.Equal("A text nobody translated", t["A text nobody translated"]);
        Assert.Equal("Angebot", Text("de")["Supply"]);
    }

    [Fact]
    public void Dutch_StatusAndReasonTexts_AreUnchanged()
    {
        var t = Text("nl");

        Assert.Equal("ingebouwd", t.Status(Corridor.Engine.Domain.LotStatus.Installed));
        Assert.Equal("geaccepteerd", t.Status(Corridor.Engine.Domain.MatchStatus.Accepted));
        Assert.Equal("te ver", t.UnmatchedReason("too far"));
        Assert.Equal("Ketenregisseur", t.Role(Corridor.Data.Accounts.CorridorRole.ChainDirector));
        Assert.Equal("Kettenkoordination", Text("de").Role(Corridor.Data.Accounts.CorridorRole.ChainDirector));
        Assert.Equal("Chain director", Text("en").Role(Corridor.Data.Accounts.CorridorRole.ChainDirector));
    }

    [Fact]
    public void EstimateDescriptions_CarryNoRecordIds_AndAreWrittenInTheReadersLanguage()
    {
        var stored = Corridor.Data.Impact.EstimateExplanation.Describe(Corridor.Engine.Estimation.EstimateBasis.Records, 12, 80_000, 140_000);
        const string old = "Estimate, not surveyed: p25-p75 80,000-140,000 kg. corridor-mi-nearest/1: fallback to RASMI OECD_EU15 (csv index 24) (1 of 3 records needed). Comparable buildings: use W.";

        Assert.Equal("Estimate, not surveyed: from 12 comparable Dutch buildings (Heeren & Fishman 2019), likely 80–140 t.", stored);
        Assert.Equal("Estimated from 12 comparable Dutch buildings (Heeren & Fishman 2019), likely 80.0–140.0 t.", Text("en").LotDescription(stored, 80_000, 140_000));
        Assert.Equal("Geschätzt aus 12 vergleichbaren niederländischen Gebäuden (Heeren & Fishman 2019), voraussichtlich 80,0–140,0 t.", Text("de").LotDescription(stored, 80_000, 140_000));
        Assert.Equal("Geschat uit Europese bandbreedtes voor vergelijkbare gebouwen (RASMI), waarschijnlijk 80,0–140,0 t.", Text("nl").LotDescription(old, 80_000, 140_000));
        Assert.Equal("Two pallets, kept dry", Text("de").LotDescription("Two pallets, kept dry", null, null));
    }

    [Fact]
    public void ReferenceData_InGerman_HasCategoryNamesAndGrowthLevels_OtherLanguagesUnchanged()
    {
        var doors = Corridor.Data.ReferenceData.ReferenceCatalog.CategoriesByKey["doors"];
        var pioneer = Corridor.Data.Growth.GrowthMatrix.Cell(Corridor.Data.Growth.GrowthElement.MaterialInventory, 2);

        Assert.All(Corridor.Data.ReferenceData.ReferenceCatalog.Categories, c => Assert.False(string.IsNullOrWhiteSpace(c.NameDe), c.Key));
        Assert.All(Corridor.Data.Growth.GrowthMatrix.Cells, c => Assert.False(string.IsNullOrWhiteSpace(c.DescriptionDe), $"{c.Element} {c.Level}"));
        Assert.Equal("Türen (Türblätter, innen und außen)", Text("de").Category(doors));
        Assert.Equal("Deuren (deurbladen)", Text("nl").Category(doors));
        Assert.Equal("Doors (leaf, interior and exterior)", Text("en").Category(doors));
        Assert.Equal("Pionier", Text("de").Choose(pioneer.LevelEn, pioneer.LevelNl, pioneer.LevelDe));
        Assert.Equal("Pioneer", Text("en").Choose(pioneer.LevelEn, pioneer.LevelNl, pioneer.LevelDe));
    }

    // ---------------------------------------------------------------- helpers

    static void AssertGerman(string html)
    {
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains(">Übersicht</a>", html, StringComparison.Ordinal);
        Assert.Contains(">Marktplatz</a>", html, StringComparison.Ordinal);
        Assert.Contains("Zum Inhalt springen", html, StringComparison.Ordinal);
        Assert.Contains("Offene Software für Korridore der Kreislaufwirtschaft.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"de\" lang=\"de\" aria-pressed=\"true\">Deutsch</button>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Overview</a>", html, StringComparison.Ordinal);
    }

    async Task<string> GetHtmlAsync(string path, string? acceptLanguage = null, string? cookie = null)
    {
        using var client = fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(BrowserAccept);
        if (acceptLanguage is not null) request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        if (cookie is not null) request.Headers.Add("Cookie", $"{UiText.CookieName}={Uri.EscapeDataString(cookie)}");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    UiText Text(string language) =>
        new(fixture.Factory.Services.GetRequiredService<IStringLocalizer<UiText>>(), UiText.CultureFor(language)!);

    static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Corridor.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Corridor.slnx not found above " + AppContext.BaseDirectory);
    }

    static string WebDir => Path.Combine(Root(), "src", "Corridor.Web");

    static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(WebDir, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains("node_modules", StringComparison.Ordinal));

    /// <summary>Key → text of UiText.xx.resx; names with a leading "~" (keys differing from another only in case) as their key.</summary>
    static Dictionary<string, string> Resx(string language)
    {
        var doc = XDocument.Load(Path.Combine(WebDir, "Resources", "Localization", $"UiText.{language}.resx"));
        return doc.Root!.Elements("data").ToDictionary(
            d => d.Attribute("name")!.Value.TrimStart('~'), d => d.Element("value")?.Value ?? "", StringComparer.Ordinal);
    }

    static IEnumerable<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);

    static string Unescape(string literal) => Regex.Unescape(literal);

    const string Literal = "\"(?:[^\"\\\\\\n]|\\\\.)*\"";

    [GeneratedRegex(@"(?<!\w)\w+\[\s*[$@]*" + Literal + @"\s*,\s*[$@]*" + Literal + @"\s*\]")]
    private static partial Regex Pair();

    [GeneratedRegex(@"(?<!\w)(?:(?:t|T|Text)\[\s*""(?<key>(?:[^""\\\n]|\\.)*)""\s*\]|(?:t|T|this|Text)\s*\.\s*Format\s*\(\s*""(?<key>(?:[^""\\\n]|\\.)*)""|UiText\s*\.\s*Key\s*\(\s*""(?<key>(?:[^""\\\n]|\\.)*)"")")]
    private static partial Regex KeyUse();

    [GeneratedRegex(@"(?<!\w)(?:t|T|Text)\[\s*@""(?<key>(?:[^""]|"""")*)""\s*\]")]
    private static partial Regex VerbatimKeyUse();

    [GeneratedRegex(@"(?<!\w)this\[\s*""(?<key>(?:[^""\\\n]|\\.)*)""\s*\]")]
    private static partial Regex ThisKeyUse();

    [GeneratedRegex(@"^[ \t]*(//|@\*).*$", RegexOptions.Multiline)]
    private static partial Regex CommentLine();

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}

/// <summary>One app for the language tests (no demo data: the layout and the error pages are what they read).</summary>
public sealed class LanguageFixture : IAsyncLifetime
{
    TestDatabase database = null!;

    public CorridorApiFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (Factory, database) = await CorridorApiFactory.StartAsync();
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database.DisposeAsync();
    }
}
