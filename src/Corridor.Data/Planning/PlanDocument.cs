namespace Corridor.Data.Planning;

/// <summary>
/// A matching plan as stored and served (JSON, camelCase): what goes where, when, through which hub, and what it
/// costs and saves in kg CO2e, with the proven lower bound and the optimality gap. Field names are the public contract
/// of <c>corridor match --out</c> and <c>POST /api/corridors/{id}/plans</c>.
/// </summary>
public sealed record PlanDocument(
    int? Id,
    string Corridor,
    string Method,
    DateTime CreatedUtc,
    PlanRules Rules,
    IReadOnlyList<PlanMatch> Matches,
    IReadOnlyList<PlanHubOccupancy> HubOccupancy,
    IReadOnlyList<PlanUnmatched> Unmatched,
    PlanTotals Totals,
    PlanHubLand HubLand,
    PlanStatistics Statistics,
    IReadOnlyList<string> Sources,
    int? RuleVersion = null);

/// <summary>Size and effort of the solve.</summary>
/// <param name="Lots">Lots planned.</param>
/// <param name="Categories">Categories with a network.</param>
/// <param name="Nodes">Network nodes over all categories.</param>
/// <param name="Arcs">Network arcs over all categories.</param>
/// <param name="Iterations">Lagrangian iterations.</param>
/// <param name="Pivots">Network-simplex pivots.</param>
public sealed record PlanStatistics(int Lots, int Categories, int Nodes, long Arcs, int Iterations, long Pivots);

/// <summary>The rules the plan was made under, with the factor values used.</summary>
public sealed record PlanRules(
    double MaxDistanceKm,
    string VehicleClass,
    double VehicleCo2eKgPerTonneKm,
    bool VehicleFactorIsEstimate,
    string VehicleFactorSource,
    double DetourFactor,
    string TimeResolution,
    double HandlingCo2eKgPerTonne,
    double StorageCo2eKgPerTonneDay,
    IReadOnlyDictionary<string, string> MinimumQualityByCategory,
    DateOnly HorizonStart,
    DateOnly HorizonEnd,
    bool ExcludeHazardous = true,
    bool ReuseBeforeRecycling = false,
    int PriorityDemandLots = 0);

/// <summary>One match as the plan document lists it (lots as <c>PROJECT/LOT</c>, unit and status in snake case).</summary>
/// <param name="SupplyLot">The supply lot, <c>PROJECT/LOT</c>.</param>
/// <param name="DemandLot">The demand lot, <c>PROJECT/LOT</c>.</param>
/// <param name="Hub">The hub's code; null: direct.</param>
/// <param name="Category">The material category.</param>
/// <param name="Quantity">Amount, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The supply lot's unit (pcs, m, m2, m3, kg, t).</param>
/// <param name="MassKg">Mass moved, kg.</param>
/// <param name="PickupDate">When it leaves the supply project.</param>
/// <param name="DeliveryDate">When it reaches the demand project.</param>
/// <param name="DistanceKm">Road distance over all legs, km.</param>
/// <param name="TransportCo2eKg">Transport, kg CO2e.</param>
/// <param name="HandlingCo2eKg">Handling at the hub, kg CO2e.</param>
/// <param name="StorageCo2eKg">Storage at the hub, kg CO2e.</param>
/// <param name="AvoidedCo2eKg">Embodied CO2e of the new product avoided, kg CO2e.</param>
/// <param name="EndOfLifeCo2eKg">Carbon of the end-of-life route no longer taken, kg CO2e.</param>
/// <param name="RLadder">The R-step, e.g. <c>R3</c>.</param>
/// <param name="Fixed">Whether the match was agreed before and kept.</param>
/// <param name="Status">The match's status when the plan was made.</param>
public sealed record PlanMatch(
    string SupplyLot,
    string DemandLot,
    string? Hub,
    string Category,
    decimal Quantity,
    string Unit,
    double MassKg,
    DateOnly PickupDate,
    DateOnly DeliveryDate,
    double DistanceKm,
    double TransportCo2eKg,
    double HandlingCo2eKg,
    double StorageCo2eKg,
    double AvoidedCo2eKg,
    double EndOfLifeCo2eKg,
    string RLadder,
    bool Fixed,
    string Status);

/// <summary>A hub's stock in one period of the plan.</summary>
/// <param name="Hub">The hub's code.</param>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="MassKg">Stock, kg.</param>
/// <param name="AreaM2">Floor area the stock takes, m².</param>
/// <param name="CapacityM2">The hub's storage area, m².</param>
public sealed record PlanHubOccupancy(string Hub, DateOnly PeriodStart, double MassKg, double AreaM2, double CapacityM2);

/// <summary>A lot the plan could not match, with the reason.</summary>
/// <param name="Lot">The lot, <c>PROJECT/LOT</c>.</param>
/// <param name="Direction">supply or demand.</param>
/// <param name="Category">The material category.</param>
/// <param name="Quantity">Amount left unmatched, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The lot's unit.</param>
/// <param name="MassKg">Mass left unmatched, kg.</param>
/// <param name="Reason">Why, in words.</param>
public sealed record PlanUnmatched(string Lot, string Direction, string Category, decimal Quantity, string Unit, double MassKg, string Reason);

/// <summary>The plan's totals (kg, kg CO2e, %, s).</summary>
/// <param name="ReusedMassKg">Mass matched, kg.</param>
/// <param name="AvoidedCo2eKg">Embodied CO2e avoided, kg CO2e.</param>
/// <param name="TransportCo2eKg">Transport, kg CO2e.</param>
/// <param name="HandlingCo2eKg">Handling at hubs, kg CO2e.</param>
/// <param name="StorageCo2eKg">Storage at hubs, kg CO2e.</param>
/// <param name="EndOfLifeForgoneCo2eKg">End-of-life carbon no longer emitted, kg CO2e.</param>
/// <param name="NetCo2eKg">Net CO2e, kg CO2e; negative saves.</param>
/// <param name="DemandMetPercent">Share of demand mass met, %.</param>
/// <param name="LowerBoundCo2eKg">Proven lower bound on the net CO2e, kg CO2e.</param>
/// <param name="OptimalityGapPercent">Distance from the bound, %; 0 means proven optimal.</param>
/// <param name="SolveSeconds">Time the solve took, s.</param>
/// <param name="ObjectiveCo2eKg">The solver's objective when it differs from the net CO2e (priorities, reuse before recycling), kg CO2e.</param>
/// <param name="ObjectiveIncludesPriorities">Whether the objective weighs priority bonuses.</param>
/// <param name="ObjectiveIncludesReuseBeforeRecycling">Whether the objective favours reuse over recycling.</param>
public sealed record PlanTotals(
    double ReusedMassKg,
    double AvoidedCo2eKg,
    double TransportCo2eKg,
    double HandlingCo2eKg,
    double StorageCo2eKg,
    double EndOfLifeForgoneCo2eKg,
    double NetCo2eKg,
    double DemandMetPercent,
    double LowerBoundCo2eKg,
    double OptimalityGapPercent,
    double SolveSeconds,
    double? ObjectiveCo2eKg = null,
    bool ObjectiveIncludesPriorities = false,
    bool ObjectiveIncludesReuseBeforeRecycling = false);

/// <summary>The land hubs need (issue 3, item 5): peak and average occupied area, with the footprint assumptions.</summary>
public sealed record PlanHubLand(
    IReadOnlyList<PlanHubLandRow> Hubs,
    double TotalPeakHectares,
    double TotalAverageHectares,
    IReadOnlyList<PlanFootprint> Footprints,
    string FootprintNote);

/// <summary>The storage density assumed for a category.</summary>
/// <param name="Category">The material category.</param>
/// <param name="StorageM2PerTonne">Floor area per tonne stored, m²/t.</param>
/// <param name="Basis">Why this figure, in words.</param>
public sealed record PlanFootprint(string Category, double StorageM2PerTonne, string Basis);

/// <summary>Land one hub needs for the plan, m².</summary>
/// <param name="Hub">The hub's code.</param>
/// <param name="CapacityM2">Its storage area, m².</param>
/// <param name="PeakAreaM2">The most area the plan uses at once, m².</param>
/// <param name="AverageAreaM2">The average area used, m².</param>
public sealed record PlanHubLandRow(string Hub, double CapacityM2, double PeakAreaM2, double AverageAreaM2);
