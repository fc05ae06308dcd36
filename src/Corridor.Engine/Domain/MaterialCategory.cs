namespace Corridor.Engine.Domain;

/// <summary>
/// One entry of the material taxonomy (shipped as a data file). Factors carry their source so every figure
/// derived from them can name it.
/// </summary>
public sealed record MaterialCategory
{
    /// <summary>Stable key used in import files, e.g. <c>doors</c>.</summary>
    public required string Key { get; init; }

    public required string NameEn { get; init; }

    public required string NameNl { get; init; }

    /// <summary>The German name, for German pages; null when the taxonomy has none (then the English one is shown).</summary>
    public string? NameDe { get; init; }

    public required QuantityUnit DefaultUnit { get; init; }

    /// <summary>Typical mass of one <see cref="DefaultUnit"/>, used when a lot gives no mass (then flagged estimated).</summary>
    public required double TypicalKgPerUnit { get; init; }

    /// <summary>Hub floor area one tonne occupies. An assumption, configurable, labelled so.</summary>
    public required double StorageM2PerTonne { get; init; }

    /// <summary>Cradle-to-gate (A1–A3) carbon of the new product that reuse replaces.</summary>
    public required double EmbodiedCo2eKgPerKg { get; init; }

    /// <summary>The ICE v2.0 row the factor comes from.</summary>
    public required string EmbodiedSource { get; init; }

    public required EwcCode Ewc { get; init; }

    public required string NlSfb { get; init; }

    public required string EndOfLifeRoute { get; init; }

    /// <summary>Net carbon of the route an unmatched lot takes instead (recycling or disposal), per kg.</summary>
    public required double EndOfLifeCo2eKgPerKg { get; init; }

    public required string Notes { get; init; }
}
