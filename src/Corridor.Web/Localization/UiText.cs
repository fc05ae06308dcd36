using System.Globalization;
using Corridor.Engine.Domain;
using Microsoft.AspNetCore.Localization;

namespace Corridor.Web.Localization;

/// <summary>
/// The language of one request, Dutch or English, and the formatting that goes with it. Chosen from the language
/// cookie (the switch in the page header) or else the browser's Accept-Language; English when neither names one.
/// Texts are written as English/Dutch pairs where they are used (see docs/decisions/0005-web-ui.md).
/// </summary>
public sealed class UiText
{
    /// <summary>The standard ASP.NET Core culture cookie, so request-localisation middleware would read the same choice.</summary>
    public static readonly string CookieName = CookieRequestCultureProvider.DefaultCookieName;

    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    UiText(bool dutch) => IsDutch = dutch;

    public bool IsDutch { get; }
    public string Language => IsDutch ? "nl" : "en";
    public CultureInfo Culture => IsDutch ? Dutch : English;

    public string this[string english, string dutch] => IsDutch ? dutch : english;

    public static UiText For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[typeof(UiText)] is UiText cached) return cached;
        var text = new UiText(PrefersDutch(context.Request));
        context.Items[typeof(UiText)] = text;
        return text;
    }

    public static bool IsSupported(string? language) => language is "nl" or "en";

    public static string CookieValue(string language) => CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language));

    static bool PrefersDutch(HttpRequest request)
    {
        if (request.Cookies.TryGetValue(CookieName, out var cookie) &&
            CookieRequestCultureProvider.ParseCookieValue(cookie)?.UICultures.FirstOrDefault().Value is { } chosen)
        {
            if (chosen.StartsWith("nl", StringComparison.OrdinalIgnoreCase)) return true;
            if (chosen.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return false;
        }
        var accepted = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var language in accepted)
        {
            var tag = language.Value.Value ?? "";
            if (tag.StartsWith("nl", StringComparison.OrdinalIgnoreCase)) return true;
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return false;
        }
        return false;
    }

    /// <summary>A mass given in kg, shown in tonnes with the unit.</summary>
    public string Tonnes(double kg, int decimals = 1) => Number(Corridor.Engine.Domain.Mass.KgToTonnes(kg), decimals) + " t";

    public string Number(double value, int decimals = 0) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    public string Number(decimal value) => value.ToString("#,##0.##", Culture);

    public string Date(DateOnly date) => date.ToString("d MMM yyyy", Culture);

    public string Month(DateOnly month) => month.ToString("MMM yyyy", Culture);

    public string Category(MaterialCategory category) => IsDutch ? category.NameNl : category.NameEn;

    public string Unit(QuantityUnit unit) => unit switch
    {
        QuantityUnit.Pcs => this["pcs", "st"],
        QuantityUnit.M => "m",
        QuantityUnit.M2 => "m²",
        QuantityUnit.M3 => "m³",
        QuantityUnit.Kg => "kg",
        QuantityUnit.T => "t",
        _ => unit.ToString(),
    };

    public string Kind(ProjectKind kind) => kind switch
    {
        ProjectKind.Demolition => this["demolition", "sloop"],
        ProjectKind.Renovation => this["renovation", "renovatie"],
        ProjectKind.NewBuild => this["new build", "nieuwbouw"],
        ProjectKind.Infrastructure => this["infrastructure", "infrastructuur"],
        ProjectKind.VacantBuilding => this["vacant building", "leegstaand gebouw"],
        _ => kind.ToString(),
    };

    public string Status(ProjectStatus status) => status switch
    {
        ProjectStatus.Planned => this["planned", "gepland"],
        ProjectStatus.Confirmed => this["confirmed", "bevestigd"],
        ProjectStatus.Started => this["started", "gestart"],
        ProjectStatus.Done => this["done", "afgerond"],
        _ => status.ToString(),
    };

    public string Status(LotStatus status) => status switch
    {
        LotStatus.Inventoried => this["inventoried", "geïnventariseerd"],
        LotStatus.Reserved => this["reserved", "gereserveerd"],
        LotStatus.Harvested => this["harvested", "geoogst"],
        LotStatus.Stored => this["stored", "opgeslagen"],
        LotStatus.Delivered => this["delivered", "geleverd"],
        LotStatus.Installed => this["installed", "ingebouwd"],
        LotStatus.Recycled => this["recycled", "gerecycled"],
        LotStatus.Disposed => this["disposed of", "afgevoerd"],
        _ => status.ToString(),
    };

    public string Direction(LotDirection direction) =>
        direction == LotDirection.Supply ? this["supply", "aanbod"] : this["demand", "vraag"];

    public string Role(Corridor.Data.Accounts.CorridorRole role) => role switch
    {
        Corridor.Data.Accounts.CorridorRole.ChainDirector => this["Chain director", "Ketenregisseur"],
        Corridor.Data.Accounts.CorridorRole.Partner => this["Partner", "Partner"],
        _ => this["Hub operator", "Hubbeheerder"],
    };

    public string Status(MatchStatus status) => status switch
    {
        MatchStatus.Proposed => this["proposed", "voorgesteld"],
        MatchStatus.Accepted => this["accepted", "geaccepteerd"],
        MatchStatus.Reserved => this["reserved", "gereserveerd"],
        MatchStatus.Harvested => this["harvested", "geoogst"],
        MatchStatus.InTransit => this["in transit", "onderweg"],
        MatchStatus.AtHub => this["at the hub", "in de hub"],
        MatchStatus.Delivered => this["delivered", "geleverd"],
        MatchStatus.Installed => this["installed", "ingebouwd"],
        MatchStatus.Rejected => this["rejected", "afgewezen"],
        MatchStatus.Cancelled => this["cancelled", "geannuleerd"],
        _ => status.ToString(),
    };

    /// <summary>A plan's reason for an unmatched lot (the English text of PlanMapping.Reason) in this language.</summary>
    public string UnmatchedReason(string reason) => !IsDutch ? reason : reason switch
    {
        "hazardous (EWC with *): never reused" => "gevaarlijk (EWC met *): nooit hergebruikt",
        "quality too low" => "kwaliteit te laag",
        "unknown category" => "onbekende categorie",
        "no usable quantity" => "geen bruikbare hoeveelheid",
        "outside the planning horizon" => "buiten de planningshorizon",
        "no compatible counterpart in its window" => "geen passende tegenhanger binnen het venster",
        "too far" => "te ver",
        "not worth transporting: transport exceeds the benefit" => "transport niet de moeite waard: transport kost meer dan het oplevert",
        "hub full" => "hub vol",
        "compatible counterparts already matched" => "passende tegenhangers al gematcht",
        _ => reason,
    };

    /// <summary>A UTC moment shown in the corridor's time zone (Europe/Amsterdam), with date and minutes.</summary>
    public string Moment(DateTime utc)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var z) ? z : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        return local.ToString("d MMM yyyy HH:mm", Culture);
    }
}
