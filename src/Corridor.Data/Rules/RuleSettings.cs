using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;

namespace Corridor.Data.Rules;

/// <summary>How lots are priced in the corridor.</summary>
public enum PricingRule
{
    /// <summary>The donor sets the price (today's behaviour).</summary>
    DonorSetsPrice,
    /// <summary>Materials change hands free of charge.</summary>
    FreeOfCharge,
    /// <summary>The donor may recover costs, at most <see cref="RuleSettings.PriceCapEurPerTonne"/> per tonne.</summary>
    CostRecovery,
}

/// <summary>
/// The corridor's rules of the game (spelregels) as one value: what <see cref="CorridorRuleSet"/> stores per version and
/// what <c>PUT /api/corridors/{id}/rules</c> takes. <see cref="Default"/> is what holds while a corridor has no rules.
/// </summary>
public sealed record RuleSettings
{
    /// <summary>The electric truck's factor without rules, kg CO2e per tonne-km (tailpipe only).</summary>
    public const double DefaultElectricCo2eKgPerTonneKm = 0;

    /// <summary>Longest road distance of one transport leg, km.</summary>
    public double MaxDistanceKm { get; init; } = 100;
    /// <summary>All transport by electric truck.</summary>
    public bool EmissionFreeTransport { get; init; }
    /// <summary>Factor used for the electric truck, kg CO2e per tonne-km: an estimate (no standard figure exists; 0 counts tailpipe only).</summary>
    public double ElectricCo2eKgPerTonneKm { get; init; } = DefaultElectricCo2eKgPerTonneKm;
    /// <summary>Worst grade accepted per category key (A or B); categories not listed accept B.</summary>
    public IReadOnlyDictionary<string, string> MinimumQualityByCategory { get; init; } = new Dictionary<string, string>();
    /// <summary>Hazardous lots (EWC code with *) are never reused.</summary>
    public bool ExcludeHazardous { get; init; } = true;
    /// <summary>Demand of projects owned by a municipality is served first (priority 1).</summary>
    public bool MunicipalProjectsFirst { get; init; }
    /// <summary>High-grade reuse before recycling: every reuse route within the rules is taken (R-ladder).</summary>
    public bool ReuseBeforeRecycling { get; init; }
    /// <summary>How long an accepted match holds its lots, days.</summary>
    public int ReservationDays { get; init; } = 30;
    /// <summary>How material is priced.</summary>
    public PricingRule Pricing { get; init; } = PricingRule.DonorSetsPrice;
    /// <summary>Under <see cref="PricingRule.CostRecovery"/>: the most a donor may ask per tonne, euro.</summary>
    public decimal? PriceCapEurPerTonne { get; init; }
    /// <summary>Prices and contacts are visible to all the corridor's members, not only the owner and the director.</summary>
    public bool SharePricesWithPartners { get; init; }
    /// <summary>Plans can be read by anyone; false: by the corridor's members only.</summary>
    public bool PlansPublic { get; init; } = true;

    /// <summary>The rules of a corridor that set none.</summary>
    public static RuleSettings Default { get; } = new();

    /// <summary>Checks the rules; returns (field, message) pairs with camelCase field names, empty when fine.</summary>
    public IReadOnlyList<(string Field, string Message)> Validate()
    {
        var errors = new List<(string, string)>();
        if (!(MaxDistanceKm > 0 && MaxDistanceKm <= 1000)) errors.Add(("maxDistanceKm", "Must be more than 0 and at most 1000 km."));
        if (!(ElectricCo2eKgPerTonneKm >= 0 && ElectricCo2eKgPerTonneKm <= 1))
            errors.Add(("electricCo2eKgPerTonneKm", "Must lie between 0 and 1 kg CO2e per tonne-km."));
        foreach (var (key, grade) in MinimumQualityByCategory ?? new Dictionary<string, string>())
        {
            if (!ReferenceCatalog.CategoriesByKey.ContainsKey(key)) errors.Add(("minimumQualityByCategory", $"Unknown category '{key}'; GET /api/categories lists the keys."));
            if (!(QualityGradeText.TryParseKey(grade, out var g) && g.IsReusable())) errors.Add(("minimumQualityByCategory", $"'{grade}' for '{key}' is not a minimum grade: use A or B (C is never reused)."));
        }
        if (ReservationDays is < 1 or > 365) errors.Add(("reservationDays", "Must be a whole number of days from 1 to 365."));
        if (!Enum.IsDefined(Pricing)) errors.Add(("pricing", "Must be donor_sets_price, free_of_charge or cost_recovery."));
        if (Pricing == PricingRule.CostRecovery && !(PriceCapEurPerTonne > 0))
            errors.Add(("priceCapEurPerTonne", "Cost recovery needs a cap: a positive number of euro per tonne."));
        if (Pricing != PricingRule.CostRecovery && PriceCapEurPerTonne is not null)
            errors.Add(("priceCapEurPerTonne", "A cap applies to cost recovery only; leave it empty."));
        return errors;
    }

    /// <summary>
    /// The price a lot may be offered at under the pricing rule: free → 0, cost recovery → at most the cap × tonnes,
    /// the donor's price otherwise. Null stays null (no price asked) except under free of charge.
    /// </summary>
    public decimal? ApplyPricing(decimal? donorPrice, double massKg) => Pricing switch
    {
        PricingRule.FreeOfCharge => 0m,
        PricingRule.CostRecovery when donorPrice is { } p && PriceCapEurPerTonne is { } cap =>
            Math.Min(p, Math.Round(cap * (decimal)Mass.KgToTonnes(massKg), 2)),
        _ => donorPrice,
    };

    /// <summary>Grades parsed; bad entries (already refused by <see cref="Validate"/>) are skipped.</summary>
    public IReadOnlyDictionary<string, QualityGrade> MinimumGrades() =>
        (MinimumQualityByCategory ?? new Dictionary<string, string>())
            .Where(kv => QualityGradeText.TryParse(kv.Value, out _))
            .ToDictionary(kv => kv.Key, kv => QualityGradeText.TryParse(kv.Value, out var g) ? g : QualityGrade.B, StringComparer.Ordinal);
}
