using Corridor.Engine.Domain;
using Corridor.Engine.Impact;

namespace Corridor.Data.Entities;

/// <summary>What a lot event records.</summary>
public enum LotEventKind
{
    /// <summary>The status a lot had when history recording began (migration M0003).</summary>
    Baseline,
    /// <summary>The lot was created (by an import, the API or a passport import).</summary>
    Created,
    /// <summary>The lot's status changed.</summary>
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
    /// <summary>The event's key.</summary>
    public int Id { get; set; }
    /// <summary>The corridor the event belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>The lot.</summary>
    public int LotId { get; set; }
    /// <summary>The lot (navigation).</summary>
    public MaterialLot? Lot { get; set; }
    /// <summary>What happened.</summary>
    public LotEventKind Kind { get; set; }
    /// <summary>The status after the event.</summary>
    public LotStatus Status { get; set; }
    /// <summary>The status before, for a change.</summary>
    public LotStatus? PreviousStatus { get; set; }
    /// <summary>Database time of the change (UTC), or the original date of an imported event.</summary>
    public DateTime ChangedUtc { get; set; }
    /// <summary>Free text, e.g. the reason.</summary>
    public string? Note { get; set; }
}

/// <summary>A certificate, declaration or test report that comes with a lot (CE, KOMO, FSC, an asbestos-free declaration...).</summary>
public sealed class LotCertificate
{
    /// <summary>The certificate's key.</summary>
    public int Id { get; set; }
    /// <summary>The corridor the certificate belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>The lot.</summary>
    public int LotId { get; set; }
    /// <summary>The lot (navigation).</summary>
    public MaterialLot? Lot { get; set; }
    /// <summary>Certificate, declaration (e.g. DoP) or test report.</summary>
    public required string Kind { get; set; }
    /// <summary>The document's number or title.</summary>
    public required string Reference { get; set; }
    /// <summary>Who issued it.</summary>
    public string? Issuer { get; set; }
    /// <summary>Date of issue.</summary>
    public DateOnly? IssuedOn { get; set; }
    /// <summary>Last day it is valid.</summary>
    public DateOnly? ValidUntil { get; set; }
    /// <summary>Where the document can be read.</summary>
    public string? Url { get; set; }
}

/// <summary>
/// One material of a lot's composition, when it differs from its category's (e.g. from an imported passport).
/// Without rows the composition is the category's, from its ICE rows.
/// </summary>
public sealed class LotComponent
{
    /// <summary>The component's key.</summary>
    public int Id { get; set; }
    /// <summary>The corridor the component belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>The lot.</summary>
    public int LotId { get; set; }
    /// <summary>The lot (navigation).</summary>
    public MaterialLot? Lot { get; set; }
    /// <summary>Order of the material within the product.</summary>
    public int Position { get; set; }
    /// <summary>The material's name.</summary>
    public required string Material { get; set; }
    /// <summary>Share of the lot's mass, 0 to 1.</summary>
    public double MassShare { get; set; }
    /// <summary>Whether the material is renewable (bio-based).</summary>
    public bool IsRenewable { get; set; }
    /// <summary>Where the composition comes from.</summary>
    public string? Source { get; set; }
}

/// <summary>Where a lot's material came from when that is known from an imported passport rather than this corridor's matches.</summary>
public sealed class LotProvenance
{
    /// <summary>The origin record's key.</summary>
    public int Id { get; set; }
    /// <summary>The corridor the origin record belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>The lot.</summary>
    public int LotId { get; set; }
    /// <summary>The lot (navigation).</summary>
    public MaterialLot? Lot { get; set; }
    /// <summary>Code of the project the material came from.</summary>
    public required string OriginProject { get; set; }
    /// <summary>Name of that project.</summary>
    public string? OriginProjectName { get; set; }
    /// <summary>Code of the lot it came from.</summary>
    public string? OriginLot { get; set; }
    /// <summary>Mass that came from there, kg.</summary>
    public double MassKg { get; set; }
    /// <summary>The R-step the reuse achieved.</summary>
    public RStep? RStep { get; set; }
    /// <summary>The origin match's status as recorded.</summary>
    public string? Status { get; set; }
}

/// <summary>A corridor's target for one metric (project targets live on <see cref="Project"/>).</summary>
public sealed class CorridorTarget
{
    /// <summary>The target's key.</summary>
    public int Id { get; set; }
    /// <summary>The corridor the target belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>What is measured.</summary>
    public TargetMetric Metric { get; set; }
    /// <summary>The target, in the metric's unit.</summary>
    public double Value { get; set; }
    /// <summary>The year by which it should be met; null: standing.</summary>
    public int? Year { get; set; }
    /// <summary>Where the target comes from, in words.</summary>
    public required string Basis { get; set; }
    /// <summary>When the target last changed (UTC).</summary>
    public DateTime UpdatedUtc { get; set; }
}
