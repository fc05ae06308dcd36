using Corridor.Engine.Domain;

namespace Corridor.Engine.Matching;

/// <summary>Material a project releases: what, how much, what quality, where and when it can be picked up.</summary>
public sealed record SupplyLot
{
    /// <summary>"PROJECTCODE/LOTCODE".</summary>
    public required string Id { get; init; }

    /// <summary>Key of a <see cref="MaterialCategory"/> in <see cref="MatchingInput.Categories"/>.</summary>
    public required string CategoryKey { get; init; }

    /// <summary>Amount in <see cref="Unit"/>; pieces are counted whole (fractions are dropped).</summary>
    public required decimal Quantity { get; init; }

    /// <summary>The unit of <c>Quantity</c>.</summary>
    public required QuantityUnit Unit { get; init; }

    /// <summary>Total mass of the lot in kg.</summary>
    public required double MassKg { get; init; }

    /// <summary>Quality grade: A is reused as is, B after reconditioning; C is never matched.</summary>
    public required QualityGrade Grade { get; init; }

    /// <summary>True when the lot's EWC code carries a <c>*</c>; such lots are not reused while <see cref="MatchingRules.ExcludeHazardous"/> holds.</summary>
    public required bool IsHazardous { get; init; }

    /// <summary>Where the lot is (its project).</summary>
    public required GeoPoint Location { get; init; }

    /// <summary>First day it can be picked up (inclusive).</summary>
    public required DateOnly AvailableFrom { get; init; }

    /// <summary>Last day it can be picked up (inclusive).</summary>
    public required DateOnly AvailableTo { get; init; }
}

/// <summary>Material a project needs.</summary>
public sealed record DemandLot
{
    /// <summary>"PROJECTCODE/LOTCODE".</summary>
    public required string Id { get; init; }

    /// <summary>The material category needed.</summary>
    public required string CategoryKey { get; init; }

    /// <summary>Amount needed, in <see cref="Unit"/>.</summary>
    public required decimal Quantity { get; init; }

    /// <summary>The unit of <see cref="Quantity"/>.</summary>
    public required QuantityUnit Unit { get; init; }

    /// <summary>Mass needed, kg.</summary>
    public required double MassKg { get; init; }

    /// <summary>Worst grade the project accepts; null accepts any reusable grade (A or B).</summary>
    public required QualityGrade? MinimumGrade { get; init; }

    /// <summary>Where the lot is needed (its project).</summary>
    public required GeoPoint Location { get; init; }

    /// <summary>First day it can be delivered (inclusive).</summary>
    public required DateOnly NeededFrom { get; init; }

    /// <summary>Last day it can be delivered (inclusive).</summary>
    public required DateOnly NeededTo { get; init; }

    /// <summary>Priority class, not negative; higher is served first (for example 1 for municipal projects). Each step weighs <see cref="MatchingRules.PriorityBonusCo2eKgPerTonne"/> per tonne delivered in the objective, never in the CO2 figures.</summary>
    public int Priority { get; init; } = 0;
}

/// <summary>A place where material waits between harvest and reuse.</summary>
/// <param name="StorageAreaM2">Floor area available for stock, shared by all categories.</param>
/// <param name="AcceptedCategoryKeys">Categories it takes; empty takes all.</param>
/// <param name="Opens">First day it operates; null = before the horizon.</param>
/// <param name="Closes">Last day it operates; null = after the horizon.</param>
/// <param name="Code">The hub's code, unique in the corridor.</param>
/// <param name="Location">Where the hub is.</param>
public sealed record Hub(
    string Code,
    GeoPoint Location,
    double StorageAreaM2,
    IReadOnlyList<string> AcceptedCategoryKeys,
    DateOnly? Opens = null,
    DateOnly? Closes = null);

/// <summary>The days the plan covers, both inclusive.</summary>
public readonly record struct PlanningHorizon(DateOnly Start, DateOnly End);

/// <summary>
/// A match already agreed between the partners. The plan keeps it exactly as given (even where it breaks a rule) and
/// reports it with <see cref="Match.IsFixed"/> set.
/// </summary>
/// <param name="Quantity">Amount in the supply lot's unit.</param>
/// <param name="Hub">Hub code, or null for a direct delivery.</param>
/// <param name="DeliveryDate">When it reaches the demand project.</param>
/// <param name="DemandLot">The demand lot's id.</param>
/// <param name="PickupDate">When the material leaves the supply project.</param>
/// <param name="SupplyLot">The supply lot's id.</param>
public sealed record FixedFlow(
    string SupplyLot,
    string DemandLot,
    string? Hub,
    decimal Quantity,
    DateOnly PickupDate,
    DateOnly DeliveryDate);

/// <summary>Everything the matcher plans with. Immutable; ids and codes are compared ordinally.</summary>
public sealed record MatchingInput(
    IReadOnlyList<SupplyLot> Supply,
    IReadOnlyList<DemandLot> Demand,
    IReadOnlyList<Hub> Hubs,
    IReadOnlyList<MaterialCategory> Categories,
    MatchingRules Rules,
    PlanningHorizon Horizon);
