using Corridor.Engine.Domain;
using Corridor.Engine.Impact;

namespace Corridor.Data.Entities;

public enum LotEventKind
{
    /// <summary>The status a lot had when history recording began (migration M0003).</summary>
    Baseline,
    /// <summary>The lot was created (by an import, the API or a passport import).</summary>
    Created,
    StatusChanged,
    /// <summary>The lot was created from an imported passport; the events before it are the passport's, with their original dates.</summary>
    Imported,
}

/// <summary>
/// One entry of a lot's history. Written by database triggers on material_lots (M0003), so every path that creates a lot
/// or changes its status (EF, bulk import, SQL) is recorded; a passport import copies the passport's events and adds an
/// <see cref="LotEventKind.Imported"/> one.
/// </summary>
public sealed class LotStatusEvent
{
    public int Id { get; set; }
    public int CorridorId { get; set; }
    public int LotId { get; set; }
    public MaterialLot? Lot { get; set; }
    public LotEventKind Kind { get; set; }
    public LotStatus Status { get; set; }
    public LotStatus? PreviousStatus { get; set; }
    /// <summary>Database time of the change (UTC), or the original date of an imported event.</summary>
    public DateTime ChangedUtc { get; set; }
    public string? Note { get; set; }
}

/// <summary>A certificate, declaration or test report that comes with a lot (CE, KOMO, FSC, an asbestos-free declaration...).</summary>
public sealed class LotCertificate
{
    public int Id { get; set; }
    public int CorridorId { get; set; }
    public int LotId { get; set; }
    public MaterialLot? Lot { get; set; }
    public required string Kind { get; set; }
    public required string Reference { get; set; }
    public string? Issuer { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public string? Url { get; set; }
}

/// <summary>
/// One material of a lot's composition, when it differs from its category's (e.g. from an imported passport).
/// Without rows the composition is the category's, from its ICE rows.
/// </summary>
public sealed class LotComponent
{
    public int Id { get; set; }
    public int CorridorId { get; set; }
    public int LotId { get; set; }
    public MaterialLot? Lot { get; set; }
    public int Position { get; set; }
    public required string Material { get; set; }
    /// <summary>Share of the lot's mass, 0 to 1.</summary>
    public double MassShare { get; set; }
    public bool IsRenewable { get; set; }
    public string? Source { get; set; }
}

/// <summary>Where a lot's material came from when that is known from an imported passport rather than this corridor's matches.</summary>
public sealed class LotProvenance
{
    public int Id { get; set; }
    public int CorridorId { get; set; }
    public int LotId { get; set; }
    public MaterialLot? Lot { get; set; }
    public required string OriginProject { get; set; }
    public string? OriginProjectName { get; set; }
    public string? OriginLot { get; set; }
    public double MassKg { get; set; }
    public RStep? RStep { get; set; }
    public string? Status { get; set; }
}

/// <summary>A corridor's target for one metric (project targets live on <see cref="Project"/>).</summary>
public sealed class CorridorTarget
{
    public int Id { get; set; }
    public int CorridorId { get; set; }
    public TargetMetric Metric { get; set; }
    public double Value { get; set; }
    public int? Year { get; set; }
    public required string Basis { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
