using Corridor.Engine.Domain;

namespace Corridor.Engine.Matching;

/// <summary>How finely the plan divides time: pickups, deliveries and hub stock are counted per day or per week.</summary>
public enum TimeResolution
{
    /// <summary>Per day.</summary>
    Day,
    /// <summary>Per week (Monday to Sunday).</summary>
    Week,
}

/// <summary>The wire names of <see cref="TimeResolution"/> ("day", "week"): the API, the CLI, the web form and the plan document.</summary>
public static class TimeResolutionText
{
    /// <summary>"day" or "week".</summary>
    public static string Key(this TimeResolution resolution) => resolution switch
    {
        TimeResolution.Day => "day",
        TimeResolution.Week => "week",
        _ => throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "Not a time resolution."),
    };

    /// <summary>Every resolution's key: "day", "week".</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. Enum.GetValues<TimeResolution>().Select(Key)];

    /// <summary>Parses a key exactly as written ("day" or "week").</summary>
    public static bool TryParse(string? key, out TimeResolution resolution)
    {
        foreach (var r in Enum.GetValues<TimeResolution>())
        {
            if (string.Equals(key, r.Key(), StringComparison.Ordinal)) { resolution = r; return true; }
        }
        resolution = default;
        return false;
    }
}

/// <summary>
/// A transport mode with its emission factor in kg CO2e per tonne-km (average laden load). Factors come from the
/// UK government GHG conversion factors (freighting goods) unless <see cref="IsEstimate"/> is set.
/// </summary>
/// <param name="Key">The wire name (API, CLI, web form): "articulated_over_33t", …, "electric". <see cref="TryParse"/> reads it.</param>
/// <param name="Co2eKgPerTonneKm">Emission factor, kg CO2e per tonne-km.</param>
/// <param name="IsEstimate">True when no published factor exists and the figure is an estimate.</param>
/// <param name="Name">The name in the source's words.</param>
/// <param name="Source">Where the factor comes from.</param>
public readonly record struct VehicleClass(string Key, string Name, double Co2eKgPerTonneKm, bool IsEstimate, string Source)
{
    const string UkFactors = "UK government GHG conversion factors, freighting goods, average laden";

    /// <summary>The key of the battery-electric truck, whose factor the caller gives.</summary>
    public const string ElectricKey = "electric";

    /// <summary>Articulated lorry over 33 t, diesel: 0.078 kg CO2e/t·km.</summary>
    public static VehicleClass ArticulatedOver33t { get; } = new("articulated_over_33t", "HGV articulated >33 t", 0.078, false, UkFactors);
    /// <summary>Articulated lorry 3.5–33 t, diesel: 0.123 kg CO2e/t·km.</summary>
    public static VehicleClass Articulated3_5To33t { get; } = new("articulated_3_5_to_33t", "HGV articulated 3.5-33 t", 0.123, false, UkFactors);
    /// <summary>Rigid lorry over 17 t, diesel: 0.173 kg CO2e/t·km.</summary>
    public static VehicleClass RigidOver17t { get; } = new("rigid_over_17t", "HGV rigid >17 t", 0.173, false, UkFactors);
    /// <summary>Rigid lorry 7.5–17 t, diesel: 0.430 kg CO2e/t·km.</summary>
    public static VehicleClass Rigid7_5To17t { get; } = new("rigid_7_5_to_17t", "HGV rigid 7.5-17 t", 0.430, false, UkFactors);
    /// <summary>Average of all heavy goods vehicles, diesel: 0.104 kg CO2e/t·km.</summary>
    public static VehicleClass AllHgvs { get; } = new("all_hgvs", "All HGVs", 0.104, false, UkFactors);
    /// <summary>Rail freight: 0.026 kg CO2e/t·km.</summary>
    public static VehicleClass RailFreight { get; } = new("rail", "Rail freight", 0.026, false, UkFactors);

    /// <summary>The default class (<see cref="ArticulatedOver33t"/>).</summary>
    public static VehicleClass Default => ArticulatedOver33t;

    /// <summary>Every class in the order the API and the form list them; the electric truck last, with factor 0.</summary>
    public static IReadOnlyList<VehicleClass> All { get; } =
        [ArticulatedOver33t, Articulated3_5To33t, RigidOver17t, Rigid7_5To17t, AllHgvs, RailFreight, Electric()];

    /// <summary>Every key, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. All.Select(v => v.Key)];

    /// <summary>"articulated_over_33t, …, rail or electric": the keys for a message.</summary>
    public static string KeyList { get; } = string.Join(", ", Keys.Take(Keys.Count - 1)) + " or " + Keys[^1];

    /// <summary>Whether this is the battery-electric truck (its factor is the caller's estimate).</summary>
    public bool IsElectric => Key == ElectricKey;

    /// <summary>
    /// Parses a key exactly as written. The electric truck gets <paramref name="electricCo2eKgPerTonneKm"/>; false also
    /// when that factor is negative or not finite.
    /// </summary>
    public static bool TryParse(string? key, out VehicleClass vehicle, double electricCo2eKgPerTonneKm = 0)
    {
        vehicle = Default;
        if (key == ElectricKey)
        {
            if (!(electricCo2eKgPerTonneKm >= 0 && double.IsFinite(electricCo2eKgPerTonneKm))) return false;
            vehicle = Electric(electricCo2eKgPerTonneKm);
            return true;
        }
        foreach (var v in All)
        {
            if (string.Equals(v.Key, key, StringComparison.Ordinal)) { vehicle = v; return true; }
        }
        return false;
    }

    /// <summary>
    /// A battery-electric truck. No standard factor exists (DOMAIN.md), so the figure is the caller's and is always
    /// labelled an estimate; 0 counts tailpipe only.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The factor is negative or not finite.</exception>
    public static VehicleClass Electric(double co2eKgPerTonneKm = 0)
    {
        if (!double.IsFinite(co2eKgPerTonneKm) || co2eKgPerTonneKm < 0)
            throw new ArgumentOutOfRangeException(nameof(co2eKgPerTonneKm), co2eKgPerTonneKm, "A factor must be finite and not negative.");
        return new(ElectricKey, "Electric truck (estimate)", co2eKgPerTonneKm, true, "Estimate: no standard figure; configured by the corridor");
    }
}

/// <summary>
/// The corridor's rules of the game as far as matching goes. Grade C is never reused, whatever the rules say;
/// hazardous lots are not reused unless <see cref="ExcludeHazardous"/> is turned off.
/// </summary>
/// <remarks>
/// <see cref="DemandLot.Priority"/> and <see cref="ReuseBeforeRecycling"/> steer the plan with virtual bonuses in the
/// objective. They never enter the plan's CO2 figures; <see cref="PlanTotals.ObjectiveCo2eKg"/> shows the objective
/// with them, and the lower bound and gap refer to it (docs/decisions/0006-matching-model.md, "Rules of the game in
/// the objective").
/// </remarks>
public sealed record MatchingRules
{
    /// <summary>
    /// Virtual bonus per kg reused under <see cref="ReuseBeforeRecycling"/>, kg CO2e per kg: about a hundred times the
    /// largest physical term of a route against end of life (a recycling credit of about 1 kg/kg for steel; two
    /// 100 km legs on a rigid truck are 0.09 kg/kg) and ten times the largest priority bonus allowed.
    /// </summary>
    public const double ReuseBonusCo2eKgPerKg = 100;

    /// <summary>Largest priority bonus of one demand lot (<see cref="PriorityBonusCo2eKgPerTonne"/> × priority), kg CO2e per tonne.</summary>
    public const double MaxPriorityBonusCo2eKgPerTonne = 10_000;

    /// <summary>Longest road distance of one leg (supply to demand, supply to hub, hub to demand), km.</summary>
    public double MaxDistanceKm { get; init; } = 100;

    /// <summary>The transport mode whose factor prices every leg.</summary>
    public VehicleClass Vehicle { get; init; } = VehicleClass.Default;

    /// <summary>Road km per great-circle km.</summary>
    public double DetourFactor { get; init; } = 1.3;

    /// <summary>Emissions of one pass through a hub (unloading, checking, loading), kg CO2e per tonne.</summary>
    public double HandlingCo2eKgPerTonne { get; init; } = 1.0;

    /// <summary>Emissions of keeping stock at a hub, kg CO2e per tonne per day (a week counts 7 days).</summary>
    public double StorageCo2eKgPerTonneDay { get; init; } = 0.01;

    /// <summary>Worst grade reused per category key; categories not listed accept B.</summary>
    public IReadOnlyDictionary<string, QualityGrade> MinimumGradeByCategory { get; init; } = new Dictionary<string, QualityGrade>();

    /// <summary>Whether time is counted per day or per week.</summary>
    public TimeResolution Resolution { get; init; } = TimeResolution.Week;

    /// <summary>Matches already agreed, which the plan keeps.</summary>
    public IReadOnlyList<FixedFlow> FixedFlows { get; init; } = [];

    /// <summary>
    /// True (the default): hazardous lots (EWC code with <c>*</c>) are never reused and stay unmatched as
    /// <see cref="UnmatchedReason.Hazardous"/>. False: they are matched like any other lot (grade C still never is).
    /// </summary>
    public bool ExcludeHazardous { get; init; } = true;

    /// <summary>
    /// Virtual bonus per step of <see cref="DemandLot.Priority"/> per tonne delivered into the demand lot, kg CO2e per
    /// tonne, taken off every route into it. It is not CO2 and never shows in the plan's figures. The default
    /// (<see cref="DefaultPriorityBonusCo2eKgPerTonne"/>, a thousand kg/t) makes a higher-priority demand win a supply over a lower one whatever the routes: both replace the same
    /// product (same category, same saving per tonne), so only transport, handling and storage differ, and these stay
    /// far below it (two 100 km legs on a rigid truck at 0.43 kg/t·km are 86 kg/t, a hub pass 1 kg/t, two years of
    /// storage 7.3 kg/t). It also makes a priority demand take reuse whose route emits more than it saves, by up to
    /// the bonus. Finite, not negative, and × the highest priority at most <see cref="MaxPriorityBonusCo2eKgPerTonne"/>.
    /// </summary>
    public double PriorityBonusCo2eKgPerTonne { get; init; } = DefaultPriorityBonusCo2eKgPerTonne;

    /// <summary>The default <see cref="PriorityBonusCo2eKgPerTonne"/>, kg CO2e per tonne (why this figure: there).</summary>
    public const double DefaultPriorityBonusCo2eKgPerTonne = 1000;

    /// <summary>
    /// The R-ladder rule "high-grade reuse before recycling": every reuse route within the rules is worth taking, even
    /// when its transport, handling and storage emit more than reuse saves against the end-of-life route. The plan
    /// maximises reused mass first and CO2 second, by a virtual bonus of <see cref="ReuseBonusCo2eKgPerKg"/> per kg
    /// leaving a supply lot for reuse. Off by default.
    /// </summary>
    public bool ReuseBeforeRecycling { get; init; }
}

/// <summary>Knobs of the solver, not of the corridor.</summary>
public sealed record MatchingOptions
{
    /// <summary>Stop improving once the optimality gap is at most this, percent.</summary>
    public double TargetGapPercent { get; init; } = 0.1;

    /// <summary>Most Lagrangian price updates.</summary>
    public int MaxIterations { get; init; } = 60;

    /// <summary>
    /// Time for the whole plan, counted from the call. Price updates stop early enough to leave time for one final
    /// repair; the best plan so far is returned with its gap.
    /// </summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(40);

    /// <summary>Categories solved at once.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Direct supply→demand arcs built up front per lot: its k cheapest partners (each supply's and each demand's),
    /// the rest priced from the node potentials after every solve and added when their reduced cost is negative, so
    /// each category network is still solved exactly (docs/decisions/0014-k-partner-model-with-pricing.md).
    /// 0 builds every compatible pair. Only used where the all-pairs count exceeds <see cref="PartnerArcThreshold"/>.
    /// </summary>
    public int CandidatePartners { get; init; } = 8;

    /// <summary>
    /// A category network gets k-partner arcs and pricing only when it would have more than this many direct arcs
    /// with every pair; below it all pairs are cheaper to solve at once (measured in docs/scaling.md).
    /// </summary>
    public long PartnerArcThreshold { get; init; } = 1_000_000;

    /// <summary>
    /// Most pricing rounds (add arcs, re-solve) after one solve of a category network. When hit, the lower bound is
    /// corrected by the remaining negative reduced costs times the most the arcs could carry, so it stays proven.
    /// </summary>
    public int MaxPricingRounds { get; init; } = 25;
}
