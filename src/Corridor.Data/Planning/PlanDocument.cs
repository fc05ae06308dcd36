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

public sealed record PlanHubOccupancy(string Hub, DateOnly PeriodStart, double MassKg, double AreaM2, double CapacityM2);

public sealed record PlanUnmatched(string Lot, string Direction, string Category, decimal Quantity, string Unit, double MassKg, string Reason);

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

public sealed record PlanFootprint(string Category, double StorageM2PerTonne, string Basis);

public sealed record PlanHubLandRow(string Hub, double CapacityM2, double PeakAreaM2, double AverageAreaM2);
