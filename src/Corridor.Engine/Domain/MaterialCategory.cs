namespace Corridor.Engine.Domain;

/// <summary>
/// One entry of the material taxonomy (shipped as a data file). Factors carry their source so every figure
/// derived from them can name it.
/// </summary>
/// <param name="Key">Stable key used in import files, e.g. <c>doors</c>.</param>
/// <param name="TypicalKgPerUnit">Typical mass of one <see cref="DefaultUnit"/>, used when a lot gives no mass (then flagged estimated).</param>
/// <param name="StorageM2PerTonne">Hub floor area one tonne occupies. An assumption, configurable, labelled so.</param>
/// <param name="EmbodiedCo2eKgPerKg">Cradle-to-gate (A1–A3) carbon of the new product that reuse replaces.</param>
/// <param name="EmbodiedSource">The ICE v2.0 row the factor comes from.</param>
/// <param name="EndOfLifeCo2eKgPerKg">Net carbon of the route an unmatched lot takes instead (recycling or disposal), per kg.</param>
public sealed record MaterialCategory(
    string Key,
    string NameEn,
    string NameNl,
    QuantityUnit DefaultUnit,
    double TypicalKgPerUnit,
    double StorageM2PerTonne,
    double EmbodiedCo2eKgPerKg,
    string EmbodiedSource,
    EwcCode Ewc,
    string NlSfb,
    string EndOfLifeRoute,
    double EndOfLifeCo2eKgPerKg,
    string Notes);
