namespace Corridor.Engine.Domain;

/// <summary>
/// One entry of the material taxonomy (shipped as a data file). Factors carry their source so every figure
/// derived from them can name it.
/// </summary>
public sealed record MaterialCategory
{
    /// <summary>Stable key used in import files, e.g. <c>doors</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The category's name in English.</summary>
    public required string NameEn { get; init; }

    /// <summary>The category's name in Dutch.</summary>
    public required string NameNl { get; init; }

    /// <summary>The German name, for German pages; null when the taxonomy has none (then the English one is shown).</summary>
    public string? NameDe { get; init; }

    /// <summary>The unit lots of this category are usually counted in.</summary>
    public required QuantityUnit DefaultUnit { get; init; }

    /// <summary>Typical mass of one <see cref="DefaultUnit"/>, used when a lot gives no mass (then flagged estimated).</summary>
    public required double TypicalKgPerUnit { get; init; }

    /// <summary>Hub floor area one tonne occupies. An assumption, configurable, labelled so.</summary>
    public required double StorageM2PerTonne { get; init; }

    /// <summary>Cradle-to-gate (A1–A3) carbon of the new product that reuse replaces.</summary>
    public required double EmbodiedCo2eKgPerKg { get; init; }

    /// <summary>The ICE v2.0 row the factor comes from.</summary>
    public required string EmbodiedSource { get; init; }

    /// <summary>The European Waste Catalogue code the material falls under when it is discarded.</summary>
    public required EwcCode Ewc { get; init; }

    /// <summary>The NL-SfB element code (Dutch building classification), e.g. <c>32</c> for doors and windows.</summary>
    public required string NlSfb { get; init; }

    /// <summary>Where the material goes when not reused (e.g. recycling as aggregate, incineration).</summary>
    public required string EndOfLifeRoute { get; init; }

    /// <summary>Net carbon of the route an unmatched lot takes instead (recycling or disposal), per kg.</summary>
    public required double EndOfLifeCo2eKgPerKg { get; init; }

    /// <summary>Remarks on the category and its figures.</summary>
    public required string Notes { get; init; }
}
