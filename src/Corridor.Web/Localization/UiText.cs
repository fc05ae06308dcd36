using System.Globalization;
using Corridor.Engine.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

[assembly: Microsoft.Extensions.Localization.ResourceLocation("Resources")]

namespace Corridor.Web.Localization;

/// <summary>
/// The texts and formats of one request's language: Dutch, English or German. The request-localisation middleware
/// (<see cref="ConfigureRequestLocalization"/>) picks the culture from <c>?culture=</c>, then the language cookie (the
/// switch in the page header), then Accept-Language, else English. Texts are written in code in English,
/// <c>t["Sign in"]</c>, and looked up through <see cref="IStringLocalizer{UiText}"/> in
/// <c>Resources/Localization/UiText.xx.resx</c>, keyed by that English text; a missing entry shows the English.
/// A translator adds a language by adding <c>UiText.xx.resx</c> and its culture to <see cref="Languages"/>
/// (docs/decisions/0013-ui-localisation.md; <c>scripts/i18n.py check</c> finds missing texts).
/// </summary>
internal sealed class UiText
{
    /// <summary>The standard ASP.NET Core culture cookie, which the request-localisation middleware reads.</summary>
    public static readonly string CookieName = CookieRequestCultureProvider.DefaultCookieName;

    /// <summary>The supported languages, in the order of the header's switch, with the culture each formats with.</summary>
    public static IReadOnlyList<(string Code, string Name, CultureInfo Culture)> Languages { get; } =
    [
        ("nl", "Nederlands", CultureInfo.GetCultureInfo("nl-NL")),
        ("en", "English", CultureInfo.GetCultureInfo("en-GB")),
        ("de", "Deutsch", CultureInfo.GetCultureInfo("de-DE")),
    ];

    public static CultureInfo DefaultCulture => Languages[1].Culture;

    readonly IStringLocalizer localizer;

    public UiText(IStringLocalizer<UiText> localizer, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        this.localizer = localizer;
        Culture = CultureFor(culture.TwoLetterISOLanguageName) ?? DefaultCulture;
    }

    /// <summary>"nl", "en" or "de".</summary>
    public string Language => Culture.TwoLetterISOLanguageName;

    public bool IsDutch => Language == "nl";

    public bool IsGerman => Language == "de";

    /// <summary>The culture numbers and dates are formatted with (nl-NL, en-GB, de-DE).</summary>
    public CultureInfo Culture { get; }

    /// <summary>The text with this English key in the request's language; the English itself when it has no translation.</summary>
    public string this[string english]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(english);
            var previous = CultureInfo.CurrentUICulture;
            if (Equals(previous, Culture)) return Lookup(english);
            CultureInfo.CurrentUICulture = Culture; // the localizer reads the current UI culture
            try { return Lookup(english); }
            finally { CultureInfo.CurrentUICulture = previous; }
        }
    }

    /// <summary>
    /// Resource names are unique regardless of case, so of keys that differ only in case ("Supply", "supply") the
    /// resource files store the later ones with a "~" in front per earlier one ("~supply"; scripts/i18n.py).
    /// </summary>
    string Lookup(string english)
    {
        if (Language == "en") return english; // English is the key itself
        var name = english;
        for (var i = 0; i < 3; i++, name = CaseMark + name)
        {
            var text = localizer[name];
            if (!text.ResourceNotFound) return text.Value;
        }
        return english;
    }

    const string CaseMark = "~";

    /// <summary>Marks an English text used as a key outside <c>t["…"]</c> (a label in a list), so that scripts/i18n.py finds it.</summary>
    public static string Key(string english) => english;

    /// <summary>
    /// A text that comes with its own translations from data (rule sentences, stored notifications): Dutch or German
    /// when given, English otherwise.
    /// </summary>
    public string Choose(string english, string? dutch, string? german = null) => Language switch
    {
        "nl" when !string.IsNullOrEmpty(dutch) => dutch,
        "de" when !string.IsNullOrEmpty(german) => german,
        _ => english,
    };

    /// <summary>The text with this English key, its {0}, {1}… filled in with values formatted in the request's culture.</summary>
    public string Format(string english, params object?[] args) => string.Format(Culture, this[english], args);

    public static UiText For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[typeof(UiText)] is UiText cached) return cached;
        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
        var text = new UiText(context.RequestServices.GetRequiredService<IStringLocalizer<UiText>>(), culture);
        context.Items[typeof(UiText)] = text;
        return text;
    }

    /// <summary>The culture of a supported language code or culture name ("de", "de-AT"…); null otherwise.</summary>
    public static CultureInfo? CultureFor(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var code = language.Trim().Split('-', '_')[0];
        foreach (var l in Languages)
            if (string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase)) return l.Culture;
        return null;
    }

    public static bool IsSupported(string? language) => language is not null && Languages.Any(l => l.Code == language);

    public static string CookieValue(string language) => CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language));

    /// <summary>
    /// The request-localisation options: the supported languages as UI cultures (neutral ones too, so that de-AT or
    /// nl-BE find theirs) and the providers in order: query string (<c>?culture=de</c>), the language cookie,
    /// Accept-Language; else English. CurrentCulture stays invariant on purpose: form model binding and
    /// <c>value="@x"</c> attributes must keep reading and writing <c>1.5</c>; everything a user reads is formatted
    /// explicitly with <see cref="Culture"/> (<see cref="Number(double, int)"/>, <see cref="Date"/>, <see cref="Format"/>).
    /// </summary>
    public static void ConfigureRequestLocalization(RequestLocalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var cultures = Languages.SelectMany(l => new[] { l.Culture, CultureInfo.GetCultureInfo(l.Code) }).ToList();
        options.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, DefaultCulture);
        options.SupportedCultures = [CultureInfo.InvariantCulture];
        options.SupportedUICultures = cultures;
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { Options = options },
            new CookieRequestCultureProvider { Options = options, CookieName = CookieName },
            new AcceptLanguageHeaderRequestCultureProvider { Options = options },
        ];
    }

    /// <summary>After the request-localisation middleware: the chosen language's full culture (de → de-DE) as CurrentUICulture.</summary>
    public static Task UseLanguageCulture(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var feature = context.Features.Get<IRequestCultureFeature>();
        var culture = CultureFor(feature?.RequestCulture.UICulture.Name) ?? DefaultCulture;
        CultureInfo.CurrentUICulture = culture;
        if (feature is not null && !Equals(feature.RequestCulture.UICulture, culture))
            context.Features.Set<IRequestCultureFeature>(new RequestCultureFeature(new RequestCulture(feature.RequestCulture.Culture, culture), feature.Provider));
        return next();
    }

    /// <summary>A mass given in kg, shown in tonnes with the unit.</summary>
    public string Tonnes(double kg, int decimals = 1) => Number(Corridor.Engine.Domain.Mass.KgToTonnes(kg), decimals) + " t";

    public string Number(double value, int decimals = 0) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    public string Number(decimal value) => value.ToString("#,##0.##", Culture);

    /// <summary>"4 Dec 2026", "4 dec 2026", "4. Dez. 2026".</summary>
    public string Date(DateOnly date) => date.ToString(IsGerman ? "d. MMM yyyy" : "d MMM yyyy", Culture);

    public string Month(DateOnly month) => month.ToString("MMM yyyy", Culture);

    /// <summary>A category's name in this language (the taxonomy's name_nl / name_de), English when it has none.</summary>
    public string Category(MaterialCategory category) => Language switch
    {
        "nl" when category.NameNl.Length > 0 => category.NameNl,
        "de" when category.NameDe is { Length: > 0 } german => german,
        _ => category.NameEn,
    };

    public string Unit(QuantityUnit unit) => unit switch
    {
        QuantityUnit.Pcs => this["pcs"],
        QuantityUnit.M => "m",
        QuantityUnit.M2 => "m²",
        QuantityUnit.M3 => "m³",
        QuantityUnit.Kg => "kg",
        QuantityUnit.T => "t",
        _ => unit.ToString(),
    };

    public string Kind(ProjectKind kind) => kind switch
    {
        ProjectKind.Demolition => this["demolition"],
        ProjectKind.Renovation => this["renovation"],
        ProjectKind.NewBuild => this["new build"],
        ProjectKind.Infrastructure => this["infrastructure"],
        ProjectKind.VacantBuilding => this["vacant building"],
        _ => kind.ToString(),
    };

    public string Status(ProjectStatus status) => status switch
    {
        ProjectStatus.Planned => this["planned"],
        ProjectStatus.Confirmed => this["confirmed"],
        ProjectStatus.Started => this["started"],
        ProjectStatus.Done => this["done"],
        _ => status.ToString(),
    };

    public string Status(LotStatus status) => status switch
    {
        LotStatus.Inventoried => this["inventoried"],
        LotStatus.Reserved => this["reserved"],
        LotStatus.Harvested => this["harvested"],
        LotStatus.Stored => this["stored"],
        LotStatus.Delivered => this["delivered"],
        LotStatus.Installed => this["installed"],
        LotStatus.Recycled => this["recycled"],
        LotStatus.Disposed => this["disposed of"],
        _ => status.ToString(),
    };

    public string Direction(LotDirection direction) =>
        direction == LotDirection.Supply ? this["supply"] : this["demand"];

    public string Role(Corridor.Data.Accounts.CorridorRole role) => role switch
    {
        Corridor.Data.Accounts.CorridorRole.ChainDirector => this["Chain director"],
        Corridor.Data.Accounts.CorridorRole.Partner => this["Partner"],
        _ => this["Hub operator"],
    };

    public string Status(MatchStatus status) => status switch
    {
        MatchStatus.Proposed => this["proposed"],
        MatchStatus.Accepted => this["accepted"],
        MatchStatus.Reserved => this["reserved"],
        MatchStatus.Harvested => this["harvested"],
        MatchStatus.InTransit => this["in transit"],
        MatchStatus.AtHub => this["at the hub"],
        MatchStatus.Delivered => this["delivered"],
        MatchStatus.Installed => this["installed"],
        MatchStatus.Rejected => this["rejected"],
        MatchStatus.Cancelled => this["cancelled"],
        _ => status.ToString(),
    };

    /// <summary>A plan's reason for an unmatched lot (the English text of PlanMapping.Reason) in this language.</summary>
    public string UnmatchedReason(string reason) => reason switch
    {
        "hazardous (EWC with *): never reused" => this["hazardous (EWC with *): never reused"],
        "quality too low" => this["quality too low"],
        "unknown category" => this["unknown category"],
        "no usable quantity" => this["no usable quantity"],
        "outside the planning horizon" => this["outside the planning horizon"],
        "no compatible counterpart in its window" => this["no compatible counterpart in its window"],
        "too far" => this["too far"],
        "not worth transporting: transport exceeds the benefit" => this["not worth transporting: transport exceeds the benefit"],
        "hub full" => this["hub full"],
        "compatible counterparts already matched" => this["compatible counterparts already matched"],
        _ => reason,
    };

    /// <summary>
    /// A lot's description as the reader should see it: an estimate's explanation (stored in English by
    /// <see cref="Corridor.Data.Impact.EstimateExplanation"/>, older ones with record ids) written anew in this language
    /// from its basis and the lot's p25–p75 range; any other description as the partner wrote it.
    /// </summary>
    public string LotDescription(string? description, double? lowKg, double? highKg)
    {
        if (Corridor.Data.Impact.EstimateExplanation.Read(description) is not { } facts || lowKg is not { } low || highKg is not { } high)
            return description ?? "";
        var (lo, hi) = (Number(Mass.KgToTonnes(low), 1), Number(Mass.KgToTonnes(high), 1));
        return facts.Buildings is { } n
            ? this.Format("Estimated from {0} comparable Dutch buildings (Heeren & Fishman 2019), likely {1}–{2} t.", n, lo, hi)
            : this.Format("Estimated from European ranges for comparable buildings (RASMI), likely {0}–{1} t.", lo, hi);
    }

    /// <summary>A UTC moment shown in the corridor's time zone (Europe/Amsterdam), with date and minutes.</summary>
    public string Moment(DateTime utc)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var z) ? z : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        return local.ToString(IsGerman ? "d. MMM yyyy HH:mm" : "d MMM yyyy HH:mm", Culture);
    }
}
