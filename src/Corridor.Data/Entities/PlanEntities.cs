using Corridor.Engine.Domain;

namespace Corridor.Data.Entities;

/// <summary>A stored matching plan: its full JSON document plus the headline figures for lists.</summary>
public sealed class MatchPlan
{
    /// <summary>The plan's key.</summary>
    public int Id { get; set; }
    /// <summary>The corridor the plan belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>When the plan was created (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
    /// <summary>The plan as <c>PlanDocument</c> JSON (camelCase), exactly as served.</summary>
    public required string Document { get; set; }
    /// <summary>Number of matches the plan proposed.</summary>
    public int MatchCount { get; set; }
    /// <summary>Mass matched, kg.</summary>
    public double ReusedMassKg { get; set; }
    /// <summary>Embodied CO2e of new products avoided, kg CO2e.</summary>
    public double AvoidedCo2eKg { get; set; }
    /// <summary>Net CO2e of the plan, kg CO2e; negative saves.</summary>
    public double NetCo2eKg { get; set; }
    /// <summary>Distance from the proven lower bound, %.</summary>
    public double OptimalityGapPercent { get; set; }
    /// <summary>Version of the corridor's rules of the game the plan was made under; null: no rules (the defaults).</summary>
    public int? RuleVersion { get; set; }
    /// <summary>The plan's matches (navigation).</summary>
    public List<PlannedMatch> Matches { get; set; } = [];
}

/// <summary>One match of a plan, kept as a row so that partners can accept or reject it and follow it through.</summary>
public sealed class PlannedMatch
{
    /// <summary>The match's key.</summary>
    public int Id { get; set; }
    /// <summary>The corridor the match belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>The plan that proposed it.</summary>
    public int PlanId { get; set; }
    /// <summary>That plan (navigation).</summary>
    public MatchPlan? Plan { get; set; }
    /// <summary>The supply lot.</summary>
    public int SupplyLotId { get; set; }
    /// <summary>The supply lot (navigation).</summary>
    public MaterialLot? SupplyLot { get; set; }
    /// <summary>The demand lot.</summary>
    public int DemandLotId { get; set; }
    /// <summary>The demand lot (navigation).</summary>
    public MaterialLot? DemandLot { get; set; }
    /// <summary>The hub it passes through; null: direct.</summary>
    public int? HubId { get; set; }
    /// <summary>The hub (navigation).</summary>
    public Hub? Hub { get; set; }
    /// <summary>Amount, in the supply lot's unit.</summary>
    public decimal Quantity { get; set; }
    /// <summary>Mass moved, kg.</summary>
    public double MassKg { get; set; }
    /// <summary>When the material leaves the supply project.</summary>
    public DateOnly PickupDate { get; set; }
    /// <summary>When it reaches the demand project.</summary>
    public DateOnly DeliveryDate { get; set; }
    /// <summary>Road distance over all legs, km.</summary>
    public double DistanceKm { get; set; }
    /// <summary>Transport emissions, kg CO2e.</summary>
    public double TransportCo2eKg { get; set; }
    /// <summary>Embodied CO2e of the new product avoided, kg CO2e.</summary>
    public double AvoidedCo2eKg { get; set; }
    /// <summary>Where the match is in its workflow.</summary>
    public MatchStatus Status { get; set; }
    /// <summary>Why it was rejected or cancelled.</summary>
    public string? StatusReason { get; set; }
    /// <summary>When the match last changed (UTC).</summary>
    public DateTime UpdatedUtc { get; set; }
    /// <summary>When and by whom the supplying side accepted (the chain director may record it on the side's behalf; docs/decisions/0009).</summary>
    public DateTime? SupplyAcceptedUtc { get; set; }
    /// <summary>Who accepted for the supplying side.</summary>
    public string? SupplyAcceptedBy { get; set; }
    /// <summary>When the receiving side accepted (UTC).</summary>
    public DateTime? DemandAcceptedUtc { get; set; }
    /// <summary>Who accepted for the receiving side.</summary>
    public string? DemandAcceptedBy { get; set; }
    /// <summary>While reserved and later: until when the supply lot holds the match's quantity.</summary>
    public DateTime? ReservedUntilUtc { get; set; }
    /// <summary>Optimistic concurrency: raised by every transition; a request with an older version gets 409.</summary>
    public int Version { get; set; }
}
