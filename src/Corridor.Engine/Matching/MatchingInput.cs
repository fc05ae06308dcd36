using Corridor.Engine.Domain;

namespace Corridor.Engine.Matching;

/// <summary>Material a project releases: what, how much, what quality, where and when it can be picked up.</summary>
/// <param name="Id">"PROJECTCODE/LOTCODE".</param>
/// <param name="CategoryKey">Key of a <see cref="MaterialCategory"/> in <see cref="MatchingInput.Categories"/>.</param>
/// <param name="Quantity">Amount in <paramref name="Unit"/>; pieces are counted whole (fractions are dropped).</param>
/// <param name="MassKg">Total mass of the lot in kg.</param>
/// <param name="IsHazardous">
/// True when the lot's EWC code carries a <c>*</c>; such lots are not reused while <see cref="MatchingRules.ExcludeHazardous"/> holds.
/// </param>
/// <param name="AvailableFrom">First day it can be picked up (inclusive).</param>
/// <param name="AvailableTo">Last day it can be picked up (inclusive).</param>
public sealed record SupplyLot(
    string Id,
    string CategoryKey,
    decimal Quantity,
    QuantityUnit Unit,
    double MassKg,
    QualityGrade Grade,
    bool IsHazardous,
    GeoPoint Location,
    DateOnly AvailableFrom,
    DateOnly AvailableTo);

/// <summary>Material a project needs.</summary>
/// <param name="Id">"PROJECTCODE/LOTCODE".</param>
/// <param name="MinimumGrade">Worst grade the project accepts; null accepts any reusable grade (A or B).</param>
/// <param name="NeededFrom">First day it can be delivered (inclusive).</param>
/// <param name="NeededTo">Last day it can be delivered (inclusive).</param>
/// <param name="Priority">
/// Priority class, not negative; higher is served first (for example 1 for municipal projects). Each step weighs
/// <see cref="MatchingRules.PriorityBonusCo2eKgPerTonne"/> per tonne delivered in the objective, never in the CO2 figures.
/// </param>
public sealed record DemandLot(
    string Id,
    string CategoryKey,
    decimal Quantity,
    QuantityUnit Unit,
    double MassKg,
    QualityGrade? MinimumGrade,
    GeoPoint Location,
    DateOnly NeededFrom,
    DateOnly NeededTo,
    int Priority = 0);

/// <summary>A place where material waits between harvest and reuse.</summary>
/// <param name="StorageAreaM2">Floor area available for stock, shared by all categories.</param>
/// <param name="AcceptedCategoryKeys">Categories it takes; empty takes all.</param>
/// <param name="Opens">First day it operates; null = before the horizon.</param>
/// <param name="Closes">Last day it operates; null = after the horizon.</param>
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
