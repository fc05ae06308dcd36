using Corridor.Engine.Domain;

namespace Corridor.Data.Entities;

/// <summary>A stored matching plan: its full JSON document plus the headline figures for lists.</summary>
public sealed class MatchPlan
{
    public int Id { get; set; }
    public int CorridorId { get; set; }
    public DateTime CreatedUtc { get; set; }
    /// <summary>The plan as <c>PlanDocument</c> JSON (camelCase), exactly as served.</summary>
    public required string Document { get; set; }
    public int MatchCount { get; set; }
    public double ReusedMassKg { get; set; }
    public double AvoidedCo2eKg { get; set; }
    public double NetCo2eKg { get; set; }
    public double OptimalityGapPercent { get; set; }
    /// <summary>Version of the corridor's rules of the game the plan was made under; null: no rules (the defaults).</summary>
    public int? RuleVersion { get; set; }
    public List<PlannedMatch> Matches { get; set; } = [];
}

/// <summary>One match of a plan, kept as a row so that partners can accept or reject it and follow it through.</summary>
public sealed class PlannedMatch
{
    public int Id { get; set; }
    public int CorridorId { get; set; }
    public int PlanId { get; set; }
    public MatchPlan? Plan { get; set; }
    public int SupplyLotId { get; set; }
    public MaterialLot? SupplyLot { get; set; }
    public int DemandLotId { get; set; }
    public MaterialLot? DemandLot { get; set; }
    public int? HubId { get; set; }
    public Hub? Hub { get; set; }
    public decimal Quantity { get; set; }
    public double MassKg { get; set; }
    public DateOnly PickupDate { get; set; }
    public DateOnly DeliveryDate { get; set; }
    public double DistanceKm { get; set; }
    public double TransportCo2eKg { get; set; }
    public double AvoidedCo2eKg { get; set; }
    public MatchStatus Status { get; set; }
    public string? StatusReason { get; set; }
    public DateTime UpdatedUtc { get; set; }
    /// <summary>When and by whom the supplying side accepted (the chain director may record it on the side's behalf; docs/decisions/0009).</summary>
    public DateTime? SupplyAcceptedUtc { get; set; }
    public string? SupplyAcceptedBy { get; set; }
    public DateTime? DemandAcceptedUtc { get; set; }
    public string? DemandAcceptedBy { get; set; }
    /// <summary>While reserved and later: until when the supply lot holds the match's quantity.</summary>
    public DateTime? ReservedUntilUtc { get; set; }
    /// <summary>Optimistic concurrency: raised by every transition; a request with an older version gets 409.</summary>
    public int Version { get; set; }
}
