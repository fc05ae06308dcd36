namespace Corridor.Data.Rules;

/// <summary>
/// One version of a corridor's rules of the game (table <c>corridor_rules</c>). Versions count 1, 2, 3… per corridor
/// and are never changed: editing the rules adds the next version (docs/decisions/0011).
/// </summary>
public sealed class CorridorRuleSet
{
    /// <summary>The rule set's key.</summary>
    public int Id { get; set; }
    /// <summary>The corridor the rule set belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>Version number, 1 for the first rules of the corridor.</summary>
    public int Version { get; set; }
    /// <summary>When the rule set was created (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
    /// <summary>Who saved this version (display name or e-mail), kept as text so the history survives a deleted account.</summary>
    public required string CreatedBy { get; set; }
    /// <summary>Why the rules changed, in words.</summary>
    public string? Note { get; set; }

    /// <summary>Longest leg a match may have, km.</summary>
    public double MaxDistanceKm { get; set; }
    /// <summary>Whether transport must be emission-free (electric).</summary>
    public bool EmissionFreeTransport { get; set; }
    /// <summary>The electric truck's factor, kg CO2e per tonne-km.</summary>
    public double ElectricCo2eKgPerTonneKm { get; set; }
    /// <summary>"category=A;category=B", ordered by category key.</summary>
    public required string MinimumQuality { get; set; }
    /// <summary>Whether hazardous lots are left out of matching.</summary>
    public bool ExcludeHazardous { get; set; }
    /// <summary>Whether municipal projects are served first.</summary>
    public bool MunicipalProjectsFirst { get; set; }
    /// <summary>Whether reuse goes before recycling.</summary>
    public bool ReuseBeforeRecycling { get; set; }
    /// <summary>How long a reservation holds before harvest, days.</summary>
    public int ReservationDays { get; set; }
    /// <summary>How material is priced.</summary>
    public PricingRule Pricing { get; set; }
    /// <summary>Highest price allowed, EUR per tonne.</summary>
    public decimal? PriceCapEurPerTonne { get; set; }
    /// <summary>Whether every member sees prices.</summary>
    public bool SharePricesWithPartners { get; set; }
    /// <summary>Whether plans are visible to the public.</summary>
    public bool PlansPublic { get; set; }

    /// <summary>The rules as settings, for planning and checks.</summary>
    public RuleSettings ToSettings() => new()
    {
        MaxDistanceKm = MaxDistanceKm, EmissionFreeTransport = EmissionFreeTransport, ElectricCo2eKgPerTonneKm = ElectricCo2eKgPerTonneKm,
        MinimumQualityByCategory = MinimumQuality.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal),
        ExcludeHazardous = ExcludeHazardous, MunicipalProjectsFirst = MunicipalProjectsFirst, ReuseBeforeRecycling = ReuseBeforeRecycling,
        ReservationDays = ReservationDays, Pricing = Pricing, PriceCapEurPerTonne = PriceCapEurPerTonne,
        SharePricesWithPartners = SharePricesWithPartners, PlansPublic = PlansPublic,
    };

    /// <summary>A new version of the corridor's rules from settings.</summary>
    public static CorridorRuleSet From(int corridorId, int version, DateTime createdUtc, string createdBy, string? note, RuleSettings s) => new()
    {
        CorridorId = corridorId, Version = version, CreatedUtc = createdUtc, CreatedBy = createdBy, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        MaxDistanceKm = s.MaxDistanceKm, EmissionFreeTransport = s.EmissionFreeTransport, ElectricCo2eKgPerTonneKm = s.ElectricCo2eKgPerTonneKm,
        MinimumQuality = string.Join(";", (s.MinimumQualityByCategory ?? new Dictionary<string, string>())
            .OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")),
        ExcludeHazardous = s.ExcludeHazardous, MunicipalProjectsFirst = s.MunicipalProjectsFirst, ReuseBeforeRecycling = s.ReuseBeforeRecycling,
        ReservationDays = s.ReservationDays, Pricing = s.Pricing, PriceCapEurPerTonne = s.PriceCapEurPerTonne,
        SharePricesWithPartners = s.SharePricesWithPartners, PlansPublic = s.PlansPublic,
    };
}
