using Corridor.Engine.Domain;

namespace Corridor.Engine.Matching;

/// <summary>How finely the plan divides time: pickups, deliveries and hub stock are counted per day or per week.</summary>
public enum TimeResolution { Day, Week }

/// <summary>
/// A transport mode with its emission factor in kg CO2e per tonne-km (average laden load). Factors come from the
/// UK government GHG conversion factors (freighting goods) unless <see cref="IsEstimate"/> is set.
/// </summary>
public readonly record struct VehicleClass(string Name, double Co2eKgPerTonneKm, bool IsEstimate, string Source)
{
    const string UkFactors = "UK government GHG conversion factors, freighting goods, average laden";

    public static VehicleClass ArticulatedOver33t { get; } = new("HGV articulated >33 t", 0.078, false, UkFactors);
    public static VehicleClass Articulated3_5To33t { get; } = new("HGV articulated 3.5-33 t", 0.123, false, UkFactors);
    public static VehicleClass RigidOver17t { get; } = new("HGV rigid >17 t", 0.173, false, UkFactors);
    public static VehicleClass Rigid7_5To17t { get; } = new("HGV rigid 7.5-17 t", 0.430, false, UkFactors);
    public static VehicleClass AllHgvs { get; } = new("All HGVs", 0.104, false, UkFactors);
    public static VehicleClass RailFreight { get; } = new("Rail freight", 0.026, false, UkFactors);

    /// <summary>
    /// A battery-electric truck. No standard factor exists (DOMAIN.md), so the figure is the caller's and is always
    /// labelled an estimate; 0 counts tailpipe only.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The factor is negative or not finite.</exception>
    public static VehicleClass Electric(double co2eKgPerTonneKm = 0)
    {
        if (!double.IsFinite(co2eKgPerTonneKm) || co2eKgPerTonneKm < 0)
            throw new ArgumentOutOfRangeException(nameof(co2eKgPerTonneKm), co2eKgPerTonneKm, "A factor must be finite and not negative.");
        return new("Electric truck (estimate)", co2eKgPerTonneKm, true, "Estimate: no standard figure; configured by the corridor");
    }
}

/// <summary>
/// The corridor's rules of the game as far as matching goes. Hazardous lots and grade C are never reused, whatever
/// the rules say.
/// </summary>
public sealed record MatchingRules
{
    /// <summary>Longest road distance of one leg (supply to demand, supply to hub, hub to demand), km.</summary>
    public double MaxDistanceKm { get; init; } = 100;

    public VehicleClass Vehicle { get; init; } = VehicleClass.ArticulatedOver33t;

    /// <summary>Road km per great-circle km.</summary>
    public double DetourFactor { get; init; } = 1.3;

    /// <summary>Emissions of one pass through a hub (unloading, checking, loading), kg CO2e per tonne.</summary>
    public double HandlingCo2eKgPerTonne { get; init; } = 1.0;

    /// <summary>Emissions of keeping stock at a hub, kg CO2e per tonne per day (a week counts 7 days).</summary>
    public double StorageCo2eKgPerTonneDay { get; init; } = 0.01;

    /// <summary>Worst grade reused per category key; categories not listed accept B.</summary>
    public IReadOnlyDictionary<string, QualityGrade> MinimumGradeByCategory { get; init; } = new Dictionary<string, QualityGrade>();

    public TimeResolution Resolution { get; init; } = TimeResolution.Week;

    /// <summary>Matches already agreed, which the plan keeps.</summary>
    public IReadOnlyList<FixedFlow> FixedFlows { get; init; } = [];
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
}
