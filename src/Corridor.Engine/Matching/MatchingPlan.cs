using System.Text.Json.Serialization;
using Corridor.Engine.Domain;
using Corridor.Engine.Flow;

namespace Corridor.Engine.Matching;

/// <summary>Step of the R-ladder a match achieves: grade A is reused as is (R3), grade B needs reconditioning (R4).</summary>
public enum RLadderStep
{
    /// <summary>R3: reused as is (grade A).</summary>
    R3Reuse = 3,
    /// <summary>R4: reused after reconditioning (grade B).</summary>
    R4Repair = 4,
}

/// <summary>
/// One delivery of material from a supply lot to a demand lot, directly or through a hub. All CO2 figures are kg CO2e
/// for this match's mass. <see cref="TransportCo2eKg"/> is exactly
/// <c>Mass.KgToTonnes(MassKg) * DistanceKm * </c><see cref="VehicleClass.Co2eKgPerTonneKm"/> of the plan's vehicle.
/// </summary>
public readonly record struct Match
{
    /// <summary>The supply lot's id.</summary>
    public required string SupplyLot { get; init; }

    /// <summary>The demand lot's id.</summary>
    public required string DemandLot { get; init; }

    /// <summary>The hub's code, or null for a direct delivery.</summary>
    public required string? Hub { get; init; }

    /// <summary>The material category.</summary>
    public required string Category { get; init; }

    /// <summary>Amount in the supply lot's <see cref="Unit"/>.</summary>
    public required double Quantity { get; init; }

    /// <summary>The unit of <see cref="Quantity"/>.</summary>
    public required QuantityUnit Unit { get; init; }

    /// <summary>Mass moved, kg.</summary>
    public required double MassKg { get; init; }

    /// <summary>When the material leaves the supply project (and arrives at the hub).</summary>
    public required DateOnly PickupDate { get; init; }

    /// <summary>When it reaches the demand project (and leaves the hub).</summary>
    public required DateOnly DeliveryDate { get; init; }

    /// <summary>Road km over all legs.</summary>
    public required double DistanceKm { get; init; }

    /// <summary>Transport over all legs, kg CO2e.</summary>
    public required double TransportCo2eKg { get; init; }

    /// <summary>Handling at the hub (in and out), kg CO2e.</summary>
    public required double HandlingCo2eKg { get; init; }

    /// <summary>Storage at the hub for the days held, kg CO2e.</summary>
    public required double StorageCo2eKg { get; init; }

    /// <summary>Embodied (A1–A3) carbon of the new product this replaces.</summary>
    public required double AvoidedCo2eKg { get; init; }

    /// <summary>Carbon of the end-of-life route (recycling or disposal, credits included) that this mass no longer takes.</summary>
    public required double EndOfLifeCo2eKg { get; init; }

    /// <summary>Whether the match was agreed before and kept as given.</summary>
    public required bool IsFixed { get; init; }

    /// <summary>The R-step: R3 for grade A, R4 for grade B.</summary>
    public required RLadderStep RStep { get; init; }

    /// <summary>Change against sending the supply to its end-of-life route and making the demand new; negative saves.</summary>
    public double NetCo2eKg => TransportCo2eKg + HandlingCo2eKg + StorageCo2eKg - AvoidedCo2eKg - EndOfLifeCo2eKg;
}

/// <summary>Stock at a hub at the end of a period (kept until a later period's delivery).</summary>
public readonly record struct HubOccupancy(string Hub, DateOnly PeriodStart, double MassKg, double AreaM2, double CapacityM2);

/// <summary>Why (part of) a lot stays unmatched.</summary>
public enum UnmatchedReason
{
    /// <summary>Hazardous (EWC with *): not reused while <see cref="MatchingRules.ExcludeHazardous"/> holds (the default).</summary>
    Hazardous,

    /// <summary>Grade C, or worse than the corridor's minimum for the category.</summary>
    QualityTooLow,

    /// <summary>The lot's category is not in the category list.</summary>
    UnknownCategory,

    /// <summary>Less than one flow unit (a piece, a kg) or no usable mass.</summary>
    NoQuantity,

    /// <summary>Its window lies outside the planning horizon.</summary>
    OutsideHorizon,

    /// <summary>Its window ends before it starts.</summary>
    InvalidWindow,

    /// <summary>No lot of the other side in the same category, of acceptable quality, meets its window even through storage.</summary>
    NoCompatibleInWindow,

    /// <summary>Lots meet in time, but every route has a leg longer than the maximum distance (or no hub on the way).</summary>
    TooFar,

    /// <summary>Every route costs more CO2 (transport, handling, storage) than reuse saves.</summary>
    NotWorthTransporting,

    /// <summary>A worthwhile route exists only through a hub that is full in the periods needed.</summary>
    HubFull,

    /// <summary>The compatible lots of the other side are already matched (with this lot or with better ones).</summary>
    CounterpartsAlreadyMatched,
}

/// <summary>What is left of a lot after the plan, in the lot's own unit.</summary>
public readonly record struct UnmatchedLot(
    string Lot,
    LotDirection Direction,
    string Category,
    double Quantity,
    QuantityUnit Unit,
    double MassKg,
    UnmatchedReason Reason);

/// <summary>
/// Plan totals in kg. <see cref="NetCo2eKg"/> is the change against the no-reuse baseline (every supply to its end of
/// life, every demand made new): transport + handling + storage − avoided − end of life forgone. Every CO2 figure is
/// physical. Unless a rule adds virtual bonuses (<see cref="ObjectiveIncludesVirtualBonuses"/>), net CO2 is the
/// objective the matcher minimises; <see cref="LowerBoundCo2eKg"/> is a proven bound on it, and the gap is
/// (net − bound) / |bound|. With bonuses, the bound and the gap refer to the objective actually minimised,
/// <see cref="ObjectiveCo2eKg"/>.
/// </summary>
public readonly record struct PlanTotals
{
    /// <summary>Mass matched, kg.</summary>
    public required double ReusedMassKg { get; init; }

    /// <summary>Embodied carbon of the new products avoided, kg CO2e.</summary>
    public required double AvoidedCo2eKg { get; init; }

    /// <summary>Transport of all matches, kg CO2e.</summary>
    public required double TransportCo2eKg { get; init; }

    /// <summary>Handling at hubs, kg CO2e.</summary>
    public required double HandlingCo2eKg { get; init; }

    /// <summary>Storage at hubs, kg CO2e.</summary>
    public required double StorageCo2eKg { get; init; }

    /// <summary>Carbon of the end-of-life routes the matched mass no longer takes, kg CO2e.</summary>
    public required double EndOfLifeForgoneCo2eKg { get; init; }

    /// <summary>Transport + handling + storage − avoided − end of life forgone, kg CO2e; negative saves.</summary>
    public required double NetCo2eKg { get; init; }

    /// <summary>Share of the demand's mass that is met, %.</summary>
    public required double DemandMetPercent { get; init; }

    /// <summary>A proven lower bound on the net CO2e of any plan, kg CO2e.</summary>
    public required double LowerBoundCo2eKg { get; init; }

    /// <summary>How far the plan may be from the best possible: (net − bound) / |bound| × 100; 0 means proven optimal.</summary>
    public required double OptimalityGapPercent { get; init; }

    /// <summary>Wall-clock time of the solve, s.</summary>
    public required double SolveSeconds { get; init; }

    /// <summary>
    /// The objective the matcher minimised, for this plan: <see cref="NetCo2eKg"/> less the virtual bonuses of its
    /// matches (fixed flows get none): priority bonus × priority × tonnes into each demand lot, and
    /// <see cref="MatchingRules.ReuseBonusCo2eKgPerKg"/> × kg reused under
    /// <see cref="MatchingRules.ReuseBeforeRecycling"/>. Not a CO2 figure when bonuses apply; equal to
    /// <see cref="NetCo2eKg"/> when none do. <see cref="LowerBoundCo2eKg"/> bounds it and the gap measures it.
    /// </summary>
    public double ObjectiveCo2eKg { get; init; }

    /// <summary>Some demand lot has a priority with a positive bonus: the objective, bound and gap include priority bonuses.</summary>
    public bool ObjectiveIncludesPriorities { get; init; }

    /// <summary><see cref="MatchingRules.ReuseBeforeRecycling"/> was on: the objective, bound and gap include the reuse bonus.</summary>
    public bool ObjectiveIncludesReuseBeforeRecycling { get; init; }

    /// <summary>The bound and the gap refer to <see cref="ObjectiveCo2eKg"/> with virtual bonuses, not to net CO2.</summary>
    public bool ObjectiveIncludesVirtualBonuses => ObjectiveIncludesPriorities || ObjectiveIncludesReuseBeforeRecycling;
}

/// <summary>Land one hub needs for the plan: the peak sets the size, the average shows the use.</summary>
public readonly record struct HubLandNeed(string Hub, double PeakAreaM2, double AverageAreaM2, double CapacityM2);

/// <summary>Storage density used for a category. There is no standard figure: an assumption, shown with the results.</summary>
public readonly record struct FootprintAssumption(string Category, double StorageM2PerTonne, string Basis);

/// <summary>The land hubs need (peak per hub summed, in hectares) and the assumptions behind it.</summary>
public sealed record LandNeed(IReadOnlyList<HubLandNeed> Hubs, double TotalPeakHectares, IReadOnlyList<FootprintAssumption> Assumptions);

/// <summary>
/// A category's single-commodity network as last solved (costs in milligrams CO2e per flow unit, with the hub-area
/// prices of the last Lagrangian iteration on the stock arcs), for export to DIMACS and re-solving elsewhere.
/// </summary>
/// <param name="FlowUnit">"piece" or "kg".</param>
/// <param name="Category">The category's key.</param>
/// <param name="Network">The network with its last costs.</param>
public sealed record CategoryNetwork(string Category, string FlowUnit, FlowNetwork Network);

/// <summary>Size and effort of the solve.</summary>
public readonly record struct SolveStatistics(int Lots, int Categories, int Nodes, long Arcs, int Iterations, long Pivots)
{
    /// <summary>Compatible direct supply→demand pairs: the direct arcs an all-pairs model would build.</summary>
    public long CandidatePairs { get; init; }

    /// <summary>Direct arcs added by pricing to k-partner networks (included in <see cref="Arcs"/>).</summary>
    public long PricedArcs { get; init; }

    /// <summary>Pricing rounds (arcs added, network re-solved warm) over all solves.</summary>
    public int PricingRounds { get; init; }

    /// <summary>
    /// Some solve stopped at <see cref="MatchingOptions.MaxPricingRounds"/> with arcs still to price; the lower bound
    /// then subtracts their negative reduced costs times the most they could carry, so it stays a proven bound.
    /// </summary>
    public bool PricingCapped { get; init; }
}

/// <summary>The matcher's answer. <see cref="Networks"/> is left out of JSON: export it as DIMACS instead.</summary>
public sealed record MatchingPlan(
    IReadOnlyList<Match> Matches,
    IReadOnlyList<HubOccupancy> HubOccupancy,
    IReadOnlyList<UnmatchedLot> Unmatched,
    PlanTotals Totals,
    LandNeed Land,
    [property: JsonIgnore] IReadOnlyList<CategoryNetwork> Networks,
    SolveStatistics Statistics);

/// <summary>Stage of a running plan.</summary>
public enum MatchingStage
{
    /// <summary>Checking the input and grouping lots by category.</summary>
    Preparing,
    /// <summary>Building each category's time-expanded network.</summary>
    Building,
    /// <summary>Solving the networks (min-cost flow).</summary>
    Solving,
    /// <summary>Pricing hub area (Lagrangian iterations).</summary>
    Pricing,
    /// <summary>Making the best plan respect every hub's area.</summary>
    Repairing,
    /// <summary>Turning flows into matches and totals.</summary>
    Reporting,
    /// <summary>Finished.</summary>
    Done,
}

/// <summary>
/// Progress report: the stage, the Lagrangian iteration and the best gap so far (null before a bound exists), with the
/// counts that say how far a stage is: networks built or solved (<see cref="Done"/> of <see cref="Total"/>), the arcs
/// built so far, pricing rounds so far and the time since the start.
/// </summary>
public readonly record struct MatchingProgress(MatchingStage Stage, int Iteration, double? GapPercent)
{
    /// <summary>Networks built (Building) or solved for the first time (Solving) so far; 0 in other stages.</summary>
    public int Done { get; init; }
    /// <summary>Networks in all (one per category with supply and demand); 0 when not known yet.</summary>
    public int Total { get; init; }
    /// <summary>Arcs in the networks built so far.</summary>
    public long Arcs { get; init; }
    /// <summary>Pricing rounds (omitted pairs added, network re-solved) so far.</summary>
    public int PricingRounds { get; init; }
    /// <summary>Time since the plan started.</summary>
    public TimeSpan Elapsed { get; init; }
    /// <summary>Time the stage started (since the plan started), for the estimate of what is left.</summary>
    public TimeSpan StageStarted { get; init; }

    /// <summary>
    /// The time left in a counted stage, extrapolated from the networks done so far (null when nothing is done yet or
    /// the stage is not counted). The Lagrangian stage has no estimate: it stops at the target gap or the time limit.
    /// </summary>
    public TimeSpan? StageTimeLeft => Done > 0 && Total > Done && Elapsed > StageStarted
        ? (Elapsed - StageStarted) * ((double)(Total - Done) / Done) : null;

    /// <summary>One line for people, e.g. "building networks 3/24 · 1.2 M arcs · 12 s · ≈ 40 s left".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        switch (Stage)
        {
            case MatchingStage.Building when Total > 0: parts.Add(string.Create(ci, $"building networks {Done}/{Total}")); break;
            case MatchingStage.Solving when Total > 0: parts.Add(string.Create(ci, $"solving networks {Done}/{Total}")); break;
            case MatchingStage.Pricing: parts.Add(string.Create(ci, $"pricing hub area · iteration {Iteration}")); break;
            default: parts.Add(Stage.ToString().ToLowerInvariant() + (Iteration > 0 ? string.Create(ci, $" · iteration {Iteration}") : "")); break;
        }
        if (Arcs > 0) parts.Add(Arcs >= 1_000_000 ? string.Create(ci, $"{Arcs / 1e6:0.0} M arcs") : string.Create(ci, $"{Arcs:N0} arcs"));
        if (PricingRounds > 0) parts.Add(string.Create(ci, $"{PricingRounds} pricing round(s)"));
        if (GapPercent is { } gap) parts.Add(string.Create(ci, $"gap {gap:0.00} %"));
        if (Elapsed > TimeSpan.Zero) parts.Add(string.Create(ci, $"{Elapsed.TotalSeconds:0} s"));
        if (StageTimeLeft is { } left) parts.Add(string.Create(ci, $"≈ {Math.Ceiling(left.TotalSeconds):0} s left"));
        return string.Join(" · ", parts);
    }
}
