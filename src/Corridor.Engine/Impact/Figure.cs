namespace Corridor.Engine.Impact;

/// <summary>One reported number with its unit, the method (and version) that made it, and the sources of its factors.</summary>
/// <param name="Value">Null when the figure is undefined, e.g. a percentage of nothing.</param>
/// <param name="Method">The method and its version that computed the value.</param>
/// <param name="Sources">The sources of the factors used.</param>
/// <param name="Unit">The unit: <see cref="Kg"/>, <see cref="Percent"/>, <see cref="Co2eKg"/> or <see cref="Co2eKgPerM2"/>.</param>
public sealed record Figure(double? Value, string Unit, string Method, IReadOnlyList<string> Sources)
{
    /// <summary>Kilograms of material.</summary>
    public const string Kg = "kg";
    /// <summary>A percentage (0–100).</summary>
    public const string Percent = "%";
    /// <summary>Kilograms of CO2 equivalent.</summary>
    public const string Co2eKg = "kg CO2e";
    /// <summary>Kilograms of CO2 equivalent per m² gross floor area.</summary>
    public const string Co2eKgPerM2 = "kg CO2e/m² GFA";
}

/// <summary>A part of a mass split: kg, and percent of the split's total.</summary>
public sealed record Share(Figure Kg, Figure Percent);
