namespace Corridor.Data.Rules;

/// <summary>
/// One version of a corridor's rules of the game (table <c>corridor_rules</c>). Versions count 1, 2, 3… per corridor
/// and are never changed: editing the rules adds the next version (docs/decisions/0011).
/// </summary>
public sealed class CorridorRuleSet
{
    public int Id { get; set; }
    public int CorridorId { get; set; }
    public int Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    /// <summary>Who saved this version (display name or e-mail), kept as text so the history survives a deleted account.</summary>
    public required string CreatedBy { get; set; }
    public string? Note { get; set; }

    public double MaxDistanceKm { get; set; }
    public bool EmissionFreeTransport { get; set; }
    public double ElectricCo2eKgPerTonneKm { get; set; }
    /// <summary>"category=A;category=B", ordered by category key.</summary>
    public required string MinimumQuality { get; set; }
    public bool ExcludeHazardous { get; set; }
    public bool MunicipalProjectsFirst { get; set; }
    public bool ReuseBeforeRecycling { get; set; }
    public int ReservationDays { get; set; }
    public PricingRule Pricing { get; set; }
    public decimal? PriceCapEurPerTonne { get; set; }
    public bool SharePricesWithPartners { get; set; }
    public bool PlansPublic { get; set; }

    public RuleSettings ToSettings() => new()
    {
        MaxDistanceKm = MaxDistanceKm, EmissionFreeTransport = EmissionFreeTransport, ElectricCo2eKgPerTonneKm = ElectricCo2eKgPerTonneKm,
        MinimumQualityByCategory = MinimumQuality.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal),
        ExcludeHazardous = ExcludeHazardous, MunicipalProjectsFirst = MunicipalProjectsFirst, ReuseBeforeRecycling = ReuseBeforeRecycling,
        ReservationDays = ReservationDays, Pricing = Pricing, PriceCapEurPerTonne = PriceCapEurPerTonne,
        SharePricesWithPartners = SharePricesWithPartners, PlansPublic = PlansPublic,
    };

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
