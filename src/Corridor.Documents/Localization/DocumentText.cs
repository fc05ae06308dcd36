using System.Globalization;
using System.Resources;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;

namespace Corridor.Documents.Localization;

/// <summary>
/// The texts of the documents (council report, passports) in one language, from <c>DocumentText.resx</c> (English, the
/// neutral language), <c>DocumentText.nl.resx</c> and <c>DocumentText.de.resx</c>, and the culture's number and date
/// formats. A translator adds a language by adding <c>DocumentText.xx.resx</c> and its code to <see cref="Languages"/>.
/// The same resources serve <c>IStringLocalizer&lt;DocumentText&gt;</c> (AddLocalization without a ResourcesPath), so
/// pages can use them too (docs/decisions/0012-documents-and-localisation.md).
/// </summary>
public sealed class DocumentText
{
    static readonly ResourceManager Resources = new("Corridor.Documents.Localization.DocumentText", typeof(DocumentText).Assembly);

    /// <summary>The languages with a resource file, and the culture each formats numbers and dates with.</summary>
    public static IReadOnlyDictionary<string, CultureInfo> Languages { get; } = new Dictionary<string, CultureInfo>(StringComparer.OrdinalIgnoreCase)
    {
        ["nl"] = CultureInfo.GetCultureInfo("nl-NL"),
        ["en"] = CultureInfo.GetCultureInfo("en-GB"),
        ["de"] = CultureInfo.GetCultureInfo("de-DE"),
    };

    /// <summary>The texts in English (en-GB), the fallback language.</summary>
    public static DocumentText English { get; } = new(Languages["en"]);

    /// <summary>The texts and number and date formats of <paramref name="culture"/>.</summary>
    public DocumentText(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        Culture = culture;
    }

    /// <summary>The culture the texts, numbers and dates are written in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The two-letter language code (nl, en, de), as in the document's <c>lang</c> attribute.</summary>
    public string Language => Culture.TwoLetterISOLanguageName;

    /// <summary>The text under <paramref name="key"/> in this language, else in English, else the key itself.</summary>
    public string this[string key] => Resources.GetString(key, Culture) ?? key;

    /// <summary>The text under <paramref name="key"/> with its {0}, {1}… filled in, numbers in this culture.</summary>
    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>
    /// The culture for a requested language code or culture name ("de", "de-DE", "nl-BE"…); null when no resource file
    /// speaks that language.
    /// </summary>
    public static CultureInfo? Find(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested)) return null;
        var language = requested.Trim().Split('-', '_')[0];
        return Languages.TryGetValue(language, out var culture) ? culture : null;
    }

    /// <summary>The first of the candidates (query, cookie, the page's language…) that names a supported language; English otherwise.</summary>
    public static DocumentText For(params string?[] candidates) =>
        candidates.Select(Find).FirstOrDefault(c => c is not null) is { } culture ? new DocumentText(culture) : English;

    /// <summary>A number in this culture (default: whole, with thousands separators); "–" for none.</summary>
    public string N(double? value, string format = "#,0") => value is { } v ? v.ToString(format, Culture) : "–";

    /// <summary>A whole number with thousands separators in this culture.</summary>
    public string N(int value) => value.ToString("#,0", Culture);

    /// <summary>A quantity in this culture, at most two decimals by default.</summary>
    public string N(decimal value, string format = "#,0.##") => value.ToString(format, Culture);

    /// <summary>Kilograms as tonnes with one decimal: <c>1.234,5</c> in Dutch and German, <c>1,234.5</c> in English.</summary>
    public string Tonnes(double? kg) => N(Mass.KgToTonnes(kg), "#,0.0");

    /// <summary>A percentage (the number only, without the % sign) with one decimal; "–" for none.</summary>
    public string Percent(double? pct) => N(pct, "0.0");

    /// <summary>A short date in this culture; "–" for none.</summary>
    public string Date(DateOnly? date) => date?.ToString("d", Culture) ?? "–";

    /// <summary>A long date in this culture (e.g. "4 december 2026").</summary>
    public string LongDate(DateOnly date) => date.ToString("D", Culture);

    /// <summary>A UTC moment as a short date and time in this culture, marked "UTC".</summary>
    public string Stamp(DateTime utc) => utc.ToString("g", Culture) + " UTC";

    /// <summary>An enum value's text (key <c>Type.Value</c>), else its words in lower case.</summary>
    public string Enum<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var key = typeof(TEnum).Name + "." + value;
        var text = Resources.GetString(key, Culture);
        return text ?? Vocab.ToSnake(value.ToString()).Replace('_', ' ');
    }

    /// <summary>An R-ladder step, e.g. "R3 Reuse" / "R3 Hergebruik".</summary>
    public string RStep(Engine.Impact.RStep step) => Resources.GetString("RStep." + step, Culture) ?? Engine.Impact.RLadder.Label(step);

    /// <summary>An NL-SfB element's name in this language, else the English one given.</summary>
    public string Element(string code, string english) => Resources.GetString("NlSfb." + code, Culture) ?? english;

    /// <summary>A status text as stored (snake case, e.g. <c>at_hub</c>) through its enum text when it names one.</summary>
    public string Words(string name) => Resources.GetString("Status." + name, Culture) ?? name.Replace('_', ' ');

    /// <summary>A category's name: Dutch in Dutch, German in German (the taxonomy's name_de), English otherwise.</summary>
    public string Category(string key) =>
        ReferenceCatalog.CategoriesByKey.TryGetValue(key, out var c) ? Category(c.NameEn, c.NameNl, c.NameDe) : key;

    /// <summary>A category's name as a passport carries it (English and Dutch), German from the taxonomy by its key.</summary>
    public string CategoryOf(string key, string nameEn, string nameNl) =>
        Category(nameEn, nameNl, ReferenceCatalog.CategoriesByKey.TryGetValue(key, out var c) ? c.NameDe : null);

    /// <summary>Of a name in English, Dutch and (optionally) German, the one for this language (English when the other is not given).</summary>
    public string Category(string nameEn, string nameNl, string? nameDe = null) => Language switch
    {
        "nl" when nameNl.Length > 0 => nameNl,
        "de" when nameDe is { Length: > 0 } => nameDe,
        _ => nameEn,
    };
}
