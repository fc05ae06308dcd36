using Corridor.Engine.Domain;

namespace Corridor.Data.Entities;

/// <summary>A region's corridor. Every other record belongs to exactly one; it is the key a scale-out would shard on.</summary>
public sealed class CorridorRegion
{
    /// <summary>The corridor's key.</summary>
    public int Id { get; set; }
    /// <summary>Short unique code, e.g. <c>amersfoort</c>.</summary>
    public required string Code { get; set; }
    /// <summary>Display name.</summary>
    public required string Name { get; set; }
    /// <summary>Free text about the corridor.</summary>
    public string? Description { get; set; }
    /// <summary>Whether this is the seeded demo corridor (its data is made up).</summary>
    public bool IsDemo { get; set; }
    /// <summary>When the corridor was created (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
}

/// <summary>A partner organisation of a corridor (municipality, contractor, hub operator…).</summary>
public sealed class Organisation
{
    /// <summary>The organisation's key.</summary>
    public int Id { get; set; }
    /// <summary>The corridor the organisation belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>The organisation's name, unique in the corridor.</summary>
    public required string Name { get; set; }
    /// <summary>Null while nobody has stated it (an organisation first seen as a name in an import file).</summary>
    public OrganisationType? Type { get; set; }
    /// <summary>Private: visible to the organisation and the chain director only.</summary>
    public string? ContactEmail { get; set; }
}

/// <summary>A building project of the corridor: it releases material (supply lots), needs it (demand lots) or both.</summary>
public sealed class Project
{
    /// <summary>The project's key.</summary>
    public int Id { get; set; }
    /// <summary>The corridor the project belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>Short code, unique in the corridor, e.g. <c>SLOOP-1</c>.</summary>
    public required string Code { get; set; }
    /// <summary>Display name.</summary>
    public required string Name { get; set; }
    /// <summary>Demolition, renovation, new build, infrastructure or vacant building.</summary>
    public ProjectKind Kind { get; set; }
    /// <summary>The organisation responsible for the project, if known.</summary>
    public int? OrganisationId { get; set; }
    /// <summary>The responsible organisation (navigation).</summary>
    public Organisation? Organisation { get; set; }
    /// <summary>WGS84 decimal degrees.</summary>
    public double Latitude { get; set; }
    /// <summary>WGS84 decimal degrees.</summary>
    public double Longitude { get; set; }
    /// <summary>Street address, free text.</summary>
    public string? Address { get; set; }
    /// <summary>First day of the works.</summary>
    public DateOnly Start { get; set; }
    /// <summary>Last day of the works.</summary>
    public DateOnly End { get; set; }
    /// <summary>Planned, confirmed, started or done.</summary>
    public ProjectStatus Status { get; set; }
    /// <summary>Gross floor area, m².</summary>
    public double? GrossFloorAreaM2 { get; set; }
    /// <summary>Building type in the partner's words (office, school, rijwoning…).</summary>
    public string? BuildingType { get; set; }
    /// <summary>Construction year.</summary>
    public int? YearBuilt { get; set; }
    /// <summary>Main structure in the partner's words (concrete, masonry, steel, timber).</summary>
    public string? Structure { get; set; }
    /// <summary>Target share of circular input (reused + recycled + renewable mass), percent.</summary>
    public double? TargetCircularInputPercent { get; set; }
    /// <summary>Target material-bound carbon in kg CO2e per m² gross floor area.</summary>
    public double? TargetCo2eKgPerM2 { get; set; }
    /// <summary>The project's lots (navigation).</summary>
    public List<MaterialLot> Lots { get; set; } = [];
}

/// <summary>A quantity of one material category that a project releases (supply) or needs (demand) in a time window.</summary>
public sealed class MaterialLot
{
    /// <summary>The lot's key.</summary>
    public int Id { get; set; }
    /// <summary>The corridor the lot belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>The project the lot belongs to.</summary>
    public int ProjectId { get; set; }
    /// <summary>The project (navigation).</summary>
    public Project? Project { get; set; }
    /// <summary>Code, unique within the project and direction.</summary>
    public required string Code { get; set; }
    /// <summary>Supply or demand.</summary>
    public LotDirection Direction { get; set; }
    /// <summary>The material category's key.</summary>
    public required string CategoryKey { get; set; }
    /// <summary>Free text about the material.</summary>
    public string? Description { get; set; }
    /// <summary>NL-SfB element code, when given.</summary>
    public string? NlSfb { get; set; }
    /// <summary>Normalised EWC code ("17 01 01", "17 06 05*").</summary>
    public string? Ewc { get; set; }
    /// <summary>Whether the lot is hazardous waste (its EWC code has a *).</summary>
    public bool IsHazardous { get; set; }
    /// <summary>Amount, in <see cref="Unit"/>.</summary>
    public decimal Quantity { get; set; }
    /// <summary>The unit of <see cref="Quantity"/>.</summary>
    public QuantityUnit Unit { get; set; }
    /// <summary>Mass, kg (given, or estimated from the category).</summary>
    public double MassKg { get; set; }
    /// <summary>Whether the mass was estimated rather than weighed or given.</summary>
    public bool MassIsEstimated { get; set; }
    /// <summary>For estimated inventories: the p25 mass, kg.</summary>
    public double? MassKgLow { get; set; }
    /// <summary>For estimated inventories: the p75 mass, kg.</summary>
    public double? MassKgHigh { get; set; }
    /// <summary>Length of one piece, m.</summary>
    public double? LengthM { get; set; }
    /// <summary>Width of one piece, m.</summary>
    public double? WidthM { get; set; }
    /// <summary>Height of one piece, m.</summary>
    public double? HeightM { get; set; }
    /// <summary>Quality grade A, B or C, when known.</summary>
    public QualityGrade? Quality { get; set; }
    /// <summary>First day available (supply) or needed (demand).</summary>
    public DateOnly AvailableFrom { get; set; }
    /// <summary>Last day available or needed.</summary>
    public DateOnly AvailableTo { get; set; }
    /// <summary>Private: price in euro for the whole lot.</summary>
    public decimal? PriceEur { get; set; }
    /// <summary>Private: the owner's notes (condition details, contact on site, conditions of sale).</summary>
    public string? Notes { get; set; }
    /// <summary>Where the material is in its life (inventoried … installed).</summary>
    public LotStatus Status { get; set; }
    /// <summary>Supply lots: the quantity reserved by matches (reserved and later, until cancelled); never more than <see cref="Quantity"/>.</summary>
    public decimal ReservedQuantity { get; set; }
    /// <summary>Optimistic concurrency token, raised by every reservation change (docs/decisions/0009).</summary>
    public int Version { get; set; }
}

/// <summary>A place where material waits between harvest and reuse.</summary>
public sealed class Hub
{
    /// <summary>The hub's key.</summary>
    public int Id { get; set; }
    /// <summary>The corridor the hub belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>Short code, unique in the corridor.</summary>
    public required string Code { get; set; }
    /// <summary>Display name.</summary>
    public required string Name { get; set; }
    /// <summary>WGS84 decimal degrees.</summary>
    public double Latitude { get; set; }
    /// <summary>WGS84 decimal degrees.</summary>
    public double Longitude { get; set; }
    /// <summary>Who runs the hub, free text.</summary>
    public string? OperatorName { get; set; }
    /// <summary>Floor area for stock, m².</summary>
    public double StorageAreaM2 { get; set; }
    /// <summary>Accepted category keys; empty means every category.</summary>
    public List<string> AcceptedCategories { get; set; } = [];
    /// <summary>Services offered (cleaning, testing, …), free words.</summary>
    public List<string> Services { get; set; } = [];
    /// <summary>First day it operates; null: already open.</summary>
    public DateOnly? Opens { get; set; }
    /// <summary>Last day it operates; null: no end.</summary>
    public DateOnly? Closes { get; set; }
}
