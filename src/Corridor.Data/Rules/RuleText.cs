using System.Globalization;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;

namespace Corridor.Data.Rules;

/// <summary>One rule in plain language, in English, Dutch and German. <see cref="Rule"/> is a stable key (the settings' field name).</summary>
public sealed record RuleSentence(string Rule, string English, string Dutch, string? German = null);

/// <summary>Renders the rules of the game as one sentence per rule, for the API and the /rules page.</summary>
public static class RuleText
{
    static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");
    static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    static readonly CultureInfo De = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>The rules as sentences for the rules page.</summary>
    public static IReadOnlyList<RuleSentence> Sentences(RuleSettings s)
    {
        var list = new List<RuleSentence>
        {
            new("maxDistanceKm",
                $"Materials travel at most {N(s.MaxDistanceKm, En)} km per leg (donor to receiver, donor to hub, or hub to receiver).",
                $"Materialen reizen hoogstens {N(s.MaxDistanceKm, Nl)} km per traject (donor naar ontvanger, donor naar hub of hub naar ontvanger).",
                $"Materialien legen höchstens {N(s.MaxDistanceKm, De)} km je Strecke zurück (Abgebender zum Empfänger, Abgebender zum Hub oder Hub zum Empfänger)."),
            s.EmissionFreeTransport
                ? new("emissionFreeTransport",
                    $"All transport is emission-free (battery-electric trucks); plans count {N(s.ElectricCo2eKgPerTonneKm, En, 3)} kg CO2e per tonne-km, an estimate because no standard figure exists.",
                    $"Al het transport is emissievrij (batterij-elektrische vrachtwagens); plannen rekenen met {N(s.ElectricCo2eKgPerTonneKm, Nl, 3)} kg CO2e per ton-km, een schatting omdat er geen standaardgetal bestaat.",
                    $"Der gesamte Transport ist emissionsfrei (batterieelektrische Lkw); Pläne rechnen mit {N(s.ElectricCo2eKgPerTonneKm, De, 3)} kg CO2e je Tonnenkilometer, eine Schätzung, da es keinen Standardwert gibt.")
                : new("emissionFreeTransport",
                    "Emission-free transport is not required; each plan states the vehicle it assumes.",
                    "Emissievrij transport is niet verplicht; elk plan vermeldt het voertuig waarvan het uitgaat.",
                    "Emissionsfreier Transport ist nicht vorgeschrieben; jeder Plan nennt das Fahrzeug, von dem er ausgeht."),
        };
        var grades = s.MinimumQualityByCategory ?? new Dictionary<string, string>();
        if (grades.Count == 0)
            list.Add(new("minimumQualityByCategory",
                "Grades A and B are reused in every category; grade C never is.",
                "Kwaliteit A en B wordt in elke categorie hergebruikt; kwaliteit C nooit.",
                "Qualität A und B wird in jeder Kategorie wiederverwendet, Qualität C nie."));
        foreach (var (key, grade) in grades.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var (en, nl, de) = ReferenceCatalog.CategoriesByKey.TryGetValue(key, out var c) ? (c.NameEn, c.NameNl, c.NameDe ?? c.NameEn) : (key, key, key);
            list.Add(new("minimumQualityByCategory",
                QualityGradeText.TryParseKey(grade, out var g) && g == QualityGrade.A ? $"{en}: only grade A (reusable as is) is accepted." : $"{en}: grades A and B are accepted.",
                g == QualityGrade.A ? $"{nl}: alleen kwaliteit A (direct herbruikbaar) wordt geaccepteerd." : $"{nl}: kwaliteit A en B wordt geaccepteerd.",
                g == QualityGrade.A ? $"{de}: Nur Qualität A (unverändert wiederverwendbar) wird angenommen." : $"{de}: Qualität A und B werden angenommen."));
        }
        list.Add(s.ExcludeHazardous
            ? new("excludeHazardous", "Hazardous materials (EWC code with *) are never exchanged.", "Gevaarlijke materialen (Eural-code met *) worden nooit uitgewisseld.", "Gefährliche Materialien (AVV-Schlüssel mit *) werden nie ausgetauscht.")
            : new("excludeHazardous", "Hazardous materials (EWC code with *) may be exchanged, with the care the law requires.", "Gevaarlijke materialen (Eural-code met *) mogen worden uitgewisseld, met de zorg die de wet vraagt.", "Gefährliche Materialien (AVV-Schlüssel mit *) dürfen ausgetauscht werden, mit der gesetzlich gebotenen Sorgfalt."));
        list.Add(s.MunicipalProjectsFirst
            ? new("municipalProjectsFirst", "Municipal projects are served first when supply is scarce.", "Gemeentelijke projecten gaan voor als het aanbod schaars is.", "Kommunale Projekte werden bei knappem Angebot zuerst bedient.")
            : new("municipalProjectsFirst", "No project has priority: supply goes where it saves the most CO2.", "Geen project heeft voorrang: het aanbod gaat waar het de meeste CO2 bespaart.", "Kein Projekt hat Vorrang: Das Angebot geht dorthin, wo es am meisten CO2 einspart."));
        list.Add(s.ReuseBeforeRecycling
            ? new("reuseBeforeRecycling", "High-grade reuse comes before recycling: every reuse within these rules is taken, even when its transport emits more than it saves.",
                "Hoogwaardig hergebruik gaat voor recycling: elk hergebruik binnen deze regels wordt benut, ook als het transport meer uitstoot dan het bespaart.",
                "Hochwertige Wiederverwendung geht vor Recycling: Jede Wiederverwendung im Rahmen dieser Regeln wird genutzt, auch wenn ihr Transport mehr ausstößt, als sie einspart.")
            : new("reuseBeforeRecycling", "Reuse is planned where it saves CO2 against recycling.", "Hergebruik wordt gepland waar het CO2 bespaart ten opzichte van recycling.", "Wiederverwendung wird dort geplant, wo sie gegenüber Recycling CO2 einspart."));
        list.Add(new("reservationDays",
            $"A reservation holds the material for {s.ReservationDays} {(s.ReservationDays == 1 ? "day" : "days")}; not harvested by then, it lapses and the material is free again.",
            $"Een reservering houdt het materiaal {s.ReservationDays} {(s.ReservationDays == 1 ? "dag" : "dagen")} vast; is het dan niet geoogst, dan vervalt ze en komt het materiaal weer vrij.",
            $"Eine Reservierung hält das Material {s.ReservationDays} {(s.ReservationDays == 1 ? "Tag" : "Tage")} fest; ist es bis dahin nicht ausgebaut, verfällt sie und das Material ist wieder frei."));
        list.Add(s.Pricing switch
        {
            PricingRule.FreeOfCharge => new("pricing", "Materials change hands free of charge.", "Materialen worden kosteloos overgedragen.", "Materialien werden kostenlos übergeben."),
            PricingRule.CostRecovery => new("pricing",
                $"Donors may recover their costs, at most € {M(s.PriceCapEurPerTonne, En)} per tonne.",
                $"Donoren mogen hun kosten terugvragen, hoogstens € {M(s.PriceCapEurPerTonne, Nl)} per ton.",
                $"Abgebende dürfen ihre Kosten erstatten lassen, höchstens {M(s.PriceCapEurPerTonne, De)} € je Tonne."),
            _ => new("pricing", "The donor sets the price.", "De donor bepaalt de prijs.", "Der Abgebende legt den Preis fest."),
        });
        list.Add(s.SharePricesWithPartners
            ? new("sharePricesWithPartners", "Prices and contacts are shared with all the corridor's partners.", "Prijzen en contactgegevens worden gedeeld met alle partners in de corridor.", "Preise und Kontaktdaten werden mit allen Partnern des Korridors geteilt.")
            : new("sharePricesWithPartners", "Prices and contacts are seen only by their owner and the chain director.", "Prijzen en contactgegevens ziet alleen de eigenaar en de ketenregisseur.", "Preise und Kontaktdaten sehen nur ihr Eigentümer und die Kettenkoordination."));
        list.Add(s.PlansPublic
            ? new("plansPublic", "Matching plans are public.", "Matchingplannen zijn openbaar.", "Zuordnungspläne sind öffentlich.")
            : new("plansPublic", "Matching plans are seen only by the corridor's members.", "Matchingplannen zijn alleen zichtbaar voor leden van de corridor.", "Zuordnungspläne sind nur für die Mitglieder des Korridors sichtbar."));
        return list;
    }

    static string N(double value, CultureInfo culture, int decimals = 1) =>
        value.ToString(decimals == 3 ? "0.###" : "0.#", culture);

    static string M(decimal? value, CultureInfo culture) => (value ?? 0).ToString("0.00", culture);
}
