namespace Corridor.Engine.Impact;

/// <summary>One reported number with its unit, the method (and version) that made it, and the sources of its factors.</summary>
/// <param name="Value">Null when the figure is undefined, e.g. a percentage of nothing.</param>
public sealed record Figure(double? Value, string Unit, string Method, IReadOnlyList<string> Sources)
{
    public const string Kg = "kg";
    public const string Percent = "%";
    public const string Co2eKg = "kg CO2e";
    public const string Co2eKgPerM2 = "kg CO2e/m² GFA";
}

/// <summary>A part of a mass split: kg, and percent of the split's total.</summary>
public sealed record Share(Figure Kg, Figure Percent);
