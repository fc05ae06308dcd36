using Corridor.Engine.Estimation;

namespace Corridor.Engine.Impact;

/// <summary>What a target measures; each has one unit and one direction (<see cref="ImpactTargets.Direction"/>).</summary>
public enum TargetMetric
{
    /// <summary>Share of input that is reused, recycled or renewable, %.</summary>
    CircularInputPercent,
    /// <summary>Material-bound CO2e per m² gross floor area, kg CO2e/m².</summary>
    MaterialCo2eKgPerM2,
    /// <summary>Share of input that needed no primary raw material, %.</summary>
    PrimaryRawMaterialReductionPercent,
    /// <summary>Secondary (reused and recycled) input, kg.</summary>
    SecondaryInputKg,
    /// <summary>Net avoided CO2e of the counted flows, kg CO2e.</summary>
    NetAvoidedCo2eKg,
}

/// <summary>Whether a target is a floor or a ceiling.</summary>
public enum TargetDirection
{
    /// <summary>Met when the actual reaches the target or more.</summary>
    AtLeast,
    /// <summary>Met when the actual stays at the target or below.</summary>
    AtMost,
}

/// <param name="Year">The year by which the target should be met; null for a standing requirement.</param>
/// <param name="Basis">Where the target comes from (a programme, a council decision), in words.</param>
/// <param name="Metric">What is measured.</param>
/// <param name="Value">The target, in the metric's unit (<see cref="ImpactTargets.Unit"/>).</param>
/// <summary>A target the corridor set itself (or a default).</summary>
public sealed record ImpactTarget(TargetMetric Metric, double Value, int? Year, string Basis);

/// <summary>A target and how the account measures up to it.</summary>
public sealed record TargetProgress
{
    /// <summary>What is measured.</summary>
    public required TargetMetric Metric { get; init; }

    /// <summary>The metric's unit.</summary>
    public required string Unit { get; init; }

    /// <summary>Whether the actual should be at least or at most the target.</summary>
    public required TargetDirection Direction { get; init; }

    /// <summary>The target value, in <see cref="Unit"/>.</summary>
    public required double Target { get; init; }

    /// <summary>The year by which it should be met; null for a standing requirement.</summary>
    public required int? Year { get; init; }

    /// <summary>Where the target comes from, in words.</summary>
    public required string Basis { get; init; }

    /// <summary>True when nobody stored this target and it comes from a national or Het Nieuwe Normaal default.</summary>
    public required bool IsDefault { get; init; }

    /// <summary>The account's figure for the metric.</summary>
    public required Figure Actual { get; init; }

    /// <summary>Null when the actual figure is undefined (no input, no floor area).</summary>
    public required bool? Met { get; init; }

    /// <summary>Actual / target × 100. For at-least targets 100 means reached; for at-most targets it is the share of the budget used.</summary>
    public required double? ActualOfTargetPercent { get; init; }
}

/// <summary>Targets, their defaults (Het Nieuwe Normaal, the national aim), and progress against an account.</summary>
public static class ImpactTargets
{
    /// <summary>The basis of the national default target, in words.</summary>
    public const string NationalBasis =
        "National aim (Rijksbreed programma Circulaire Economie): 50% less primary raw material by 2030; here read as the share of input from reuse and recycling";

    const string Hnn = "Het Nieuwe Normaal (hetnieuwenormaal.nl), new-build indicators per m² GFA";

    /// <summary>The national default: 50 % less primary raw material by 2030.</summary>
    public static ImpactTarget NationalPrimaryReduction { get; } = new(TargetMetric.PrimaryRawMaterialReductionPercent, 50, 2030, NationalBasis);

    /// <summary>The unit of a metric (%, kg, kg CO2e, kg CO2e/m² GFA).</summary>
    public static string Unit(TargetMetric metric) => metric switch
    {
        TargetMetric.CircularInputPercent or TargetMetric.PrimaryRawMaterialReductionPercent => Figure.Percent,
        TargetMetric.MaterialCo2eKgPerM2 => Figure.Co2eKgPerM2,
        TargetMetric.SecondaryInputKg => Figure.Kg,
        TargetMetric.NetAvoidedCo2eKg => Figure.Co2eKg,
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    /// <summary>What the metric is called in reports.</summary>
    public static string Label(TargetMetric metric) => metric switch
    {
        TargetMetric.CircularInputPercent => "Circular input (origin of materials)",
        TargetMetric.MaterialCo2eKgPerM2 => "Material-bound CO2 per m² GFA",
        TargetMetric.PrimaryRawMaterialReductionPercent => "Primary raw material avoided",
        TargetMetric.SecondaryInputKg => "Mass reused and recycled",
        TargetMetric.NetAvoidedCo2eKg => "CO2 avoided, net",
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    /// <summary>Whether a metric's target is a floor (at least) or a ceiling (at most).</summary>
    public static TargetDirection Direction(TargetMetric metric) =>
        metric == TargetMetric.MaterialCo2eKgPerM2 ? TargetDirection.AtMost : TargetDirection.AtLeast;

    /// <summary>
    /// Het Nieuwe Normaal targets for a building type (a Heeren &amp; Fishman function type or words such as "rijwoning"):
    /// ground-level housing origin ≥ 25% and ≤ 200 kg CO2e/m²; stacked housing ≥ 20% and ≤ 240; offices ≥ 25%.
    /// Empty for other or unknown types.
    /// </summary>
    public static IReadOnlyList<ImpactTarget> HetNieuweNormaal(string? buildingType)
    {
        var type = BuildingClass.Classify(buildingType)?.FunctionType ?? "";
        if (type.StartsWith("R_SFH", StringComparison.Ordinal))
        {
            return
            [
                new(TargetMetric.CircularInputPercent, 25, null, Hnn + ": origin of materials ≥ 25% renewable + reused + recycled by mass (ground-level housing)"),
                new(TargetMetric.MaterialCo2eKgPerM2, 200, null, Hnn + ": material-bound CO2 ≤ 200 kg CO2e/m² (ground-level housing)"),
            ];
        }
        if (type.StartsWith("R_MFH", StringComparison.Ordinal))
        {
            return
            [
                new(TargetMetric.CircularInputPercent, 20, null, Hnn + ": origin of materials ≥ 20% renewable + reused + recycled by mass (stacked housing)"),
                new(TargetMetric.MaterialCo2eKgPerM2, 240, null, Hnn + ": material-bound CO2 ≤ 240 kg CO2e/m² (stacked housing)"),
            ];
        }
        if (type.StartsWith("NR_office", StringComparison.Ordinal))
        {
            return [new(TargetMetric.CircularInputPercent, 25, null, Hnn + ": origin of materials ≥ 25% renewable + reused + recycled by mass (offices)")];
        }
        return [];
    }

    /// <summary>Compares one target with an account. <paramref name="grossFloorAreaM2"/> is needed for per-m² targets only.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The target value is negative or not finite.</exception>
    public static TargetProgress Evaluate(ImpactTarget target, ImpactAccount account, double? grossFloorAreaM2, bool isDefault)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(account);
        if (!double.IsFinite(target.Value) || target.Value < 0)
            throw new ArgumentOutOfRangeException(nameof(target), target.Value, "A target must be a finite number of at least zero.");

        var actual = target.Metric switch
        {
            TargetMetric.CircularInputPercent => account.Input.CircularInputPercent,
            TargetMetric.PrimaryRawMaterialReductionPercent => account.PrimaryRawMaterialReductionPercent,
            TargetMetric.SecondaryInputKg => account.PrimaryMaterialAvoidedKg,
            TargetMetric.NetAvoidedCo2eKg => account.Carbon.NetAvoidedCo2eKg,
            TargetMetric.MaterialCo2eKgPerM2 => PerM2(account.Carbon.MaterialBoundCo2eKg, grossFloorAreaM2),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target.Metric, "Unknown metric."),
        };
        var direction = Direction(target.Metric);
        bool? met = actual.Value is { } v ? direction == TargetDirection.AtLeast ? v >= target.Value : v <= target.Value : null;
        double? ofTarget = actual.Value is { } a && target.Value > 0 ? a / target.Value * 100 : null;
        return new TargetProgress { Metric = target.Metric, Unit = Unit(target.Metric), Direction = direction, Target = target.Value, Year = target.Year, Basis = target.Basis, IsDefault = isDefault, Actual = actual, Met = met, ActualOfTargetPercent = ofTarget };
    }

    static Figure PerM2(Figure materialBound, double? grossFloorAreaM2) =>
        grossFloorAreaM2 is > 0 and var area && materialBound.Value is { } kg
            ? new Figure(kg / area, Figure.Co2eKgPerM2, materialBound.Method, [.. materialBound.Sources, "Gross floor area as registered for the project(s)"])
            : new Figure(null, Figure.Co2eKgPerM2, materialBound.Method, [.. materialBound.Sources, "No gross floor area registered: per-m² figure undefined"]);
}
