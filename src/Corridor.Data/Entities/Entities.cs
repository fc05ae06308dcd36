using Corridor.Engine.Domain;

namespace Corridor.Data.Entities;

/// <summary>A region's corridor. Every other record belongs to exactly one; it is the key a scale-out would shard on.</summary>
public sealed class CorridorRegion
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public bool IsDemo { get; set; }
    public DateTime CreatedUtc { get; set; }
}

public sealed class Organisation
{
    public int Id { get; set; }
    public int CorridorId { get; set; }
    public required string Name { get; set; }
    /// <summary>Null while nobody has stated it (an organisation first seen as a name in an import file).</summary>
    public OrganisationType? Type { get; set; }
    /// <summary>Private: visible to the organisation and the chain director only.</summary>
    public string? ContactEmail { get; set; }
}

public sealed class Project
{
    public int Id { get; set; }
    public int CorridorId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public ProjectKind Kind { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public string? Address { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public ProjectStatus Status { get; set; }
    public double? GrossFloorAreaM2 { get; set; }
    public string? BuildingType { get; set; }
    public int? YearBuilt { get; set; }
    public string? Structure { get; set; }
    /// <summary>Target share of circular input (reused + recycled + renewable mass), percent.</summary>
    public double? TargetCircularInputPercent { get; set; }
    /// <summary>Target material-bound carbon in kg CO2e per m² gross floor area.</summary>
    public double? TargetCo2eKgPerM2 { get; set; }
    public List<MaterialLot> Lots { get; set; } = [];
}

public sealed class MaterialLot
{
    public int Id { get; set; }
    public int CorridorId { get; set; }
    public int ProjectId { get; set; }
    public Project? Project { get; set; }
    public required string Code { get; set; }
    public LotDirection Direction { get; set; }
    public required string CategoryKey { get; set; }
    public string? Description { get; set; }
    public string? NlSfb { get; set; }
    /// <summary>Normalised EWC code ("17 01 01", "17 06 05*").</summary>
    public string? Ewc { get; set; }
    public bool IsHazardous { get; set; }
    public decimal Quantity { get; set; }
    public QuantityUnit Unit { get; set; }
    public double MassKg { get; set; }
    public bool MassIsEstimated { get; set; }
    public double? MassKgLow { get; set; }
    public double? MassKgHigh { get; set; }
    public double? LengthM { get; set; }
    public double? WidthM { get; set; }
    public double? HeightM { get; set; }
    public QualityGrade? Quality { get; set; }
    public DateOnly AvailableFrom { get; set; }
    public DateOnly AvailableTo { get; set; }
    /// <summary>Private: price in euro for the whole lot.</summary>
    public decimal? PriceEur { get; set; }
    /// <summary>Private: the owner's notes (condition details, contact on site, conditions of sale).</summary>
    public string? Notes { get; set; }
    public LotStatus Status { get; set; }
    /// <summary>Supply lots: the quantity reserved by matches (reserved and later, until cancelled); never more than <see cref="Quantity"/>.</summary>
    public decimal ReservedQuantity { get; set; }
    /// <summary>Optimistic concurrency token, raised by every reservation change (docs/decisions/0009).</summary>
    public int Version { get; set; }
}

public sealed class Hub
{
    public int Id { get; set; }
    public int CorridorId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public string? OperatorName { get; set; }
    public double StorageAreaM2 { get; set; }
    /// <summary>Accepted category keys; empty means every category.</summary>
    public List<string> AcceptedCategories { get; set; } = [];
    public List<string> Services { get; set; } = [];
    public DateOnly? Opens { get; set; }
    public DateOnly? Closes { get; set; }
}
