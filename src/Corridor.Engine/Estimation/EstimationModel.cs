namespace Corridor.Engine.Estimation;

/// <summary>What is known of a building before any survey.</summary>
/// <param name="FunctionType">Heeren &amp; Fishman function type such as <c>NR_office_low</c>; null when only the use class is known.</param>
/// <param name="YearBuilt">Construction year; null when unknown (then the period is not used to choose records).</param>
/// <param name="Region">RASMI region code for the fallback ranges (e.g. <c>OECD_EU15</c>); null takes the estimator's default.</param>
/// <param name="GrossFloorAreaM2">Gross floor area, m²; the estimates scale with it.</param>
/// <param name="Structure">The main load-bearing structure.</param>
/// <param name="Use">The use class.</param>
public sealed record BuildingFacts(
    BuildingUse Use,
    string? FunctionType,
    StructureType Structure,
    int? YearBuilt,
    double GrossFloorAreaM2,
    string? Region = null)
{
    /// <summary>Builds facts from the words of a project sheet; null when the building type is not recognised.</summary>
    public static BuildingFacts? FromText(string? buildingType, string? structure, int? yearBuilt, double grossFloorAreaM2, string? region = null) =>
        BuildingClass.Classify(buildingType) is { } c
            ? new BuildingFacts(c.Use, c.FunctionType, BuildingClass.ParseStructure(structure), yearBuilt, grossFloorAreaM2, region)
            : null;
}

/// <summary>One material of one surveyed building: kg per m² gross floor area, mapped to a category.</summary>
/// <param name="RecordId">The building's id in its source data set; shared by all its materials.</param>
/// <param name="ConstructionYear">Construction year (or the middle of the period); null when the source gives none.</param>
/// <param name="CategoryKey">The material category the source's material maps to.</param>
/// <param name="FunctionType">The building's Heeren &amp; Fishman function type.</param>
/// <param name="KgPerM2">Mass of that material per m² gross floor area, kg/m².</param>
/// <param name="Structure">The building's main structure.</param>
/// <param name="Use">The building's use class.</param>
public sealed record IntensityRecord(
    string RecordId,
    BuildingUse Use,
    string FunctionType,
    StructureType Structure,
    int? ConstructionYear,
    string CategoryKey,
    double KgPerM2);

/// <summary>Percentile range of kg per m² for a use class, structure and region (RASMI), used when too few records match.</summary>
/// <param name="CategoryKey">The material category.</param>
/// <param name="P25KgPerM2">25th percentile, kg/m².</param>
/// <param name="P50KgPerM2">Median, kg/m².</param>
/// <param name="P75KgPerM2">75th percentile, kg/m².</param>
/// <param name="Region">RASMI region code, e.g. <c>OECD_EU15</c>.</param>
/// <param name="Source">The data set and row, in words.</param>
/// <param name="Structure">The main structure.</param>
/// <param name="Use">The use class.</param>
public sealed record IntensityRange(
    string CategoryKey,
    BuildingUse Use,
    StructureType Structure,
    string Region,
    double P25KgPerM2,
    double P50KgPerM2,
    double P75KgPerM2,
    string Source);

/// <summary>What an estimate rests on.</summary>
public enum EstimateBasis
{
    /// <summary>Values of comparable surveyed buildings.</summary>
    Records,
    /// <summary>A published percentile range (RASMI), because too few records matched.</summary>
    RangeFallback,
}

/// <summary>Estimated mass of one category in the whole building.</summary>
/// <param name="RecordIds">The buildings whose values gave the percentiles (empty for a range fallback).</param>
/// <param name="Source">Where the figure comes from, in words, including the fallback row when used.</param>
/// <param name="Basis">Whether comparable records or a fallback range gave the figure.</param>
/// <param name="CategoryKey">The material category.</param>
/// <param name="P25Kg">Low estimate (25th percentile), kg.</param>
/// <param name="P50Kg">Central estimate (median), kg.</param>
/// <param name="P75Kg">High estimate (75th percentile), kg.</param>
public sealed record CategoryEstimate(
    string CategoryKey,
    double P25Kg,
    double P50Kg,
    double P75Kg,
    EstimateBasis Basis,
    IReadOnlyList<string> RecordIds,
    string Source);

/// <summary>A building's estimated inventory: per category, with how the comparable buildings were chosen.</summary>
/// <param name="Method">Name and version of the estimation rule, kept with every figure.</param>
/// <param name="Selection">How the comparable records were chosen, in words.</param>
/// <param name="RecordIds">The comparable buildings chosen.</param>
/// <param name="Gaps">Categories seen in the records but with too few values and no fallback range: not estimated.</param>
/// <param name="Categories">The estimate per category.</param>
/// <param name="Facts">The building as given.</param>
public sealed record InventoryEstimate(
    string Method,
    BuildingFacts Facts,
    string Selection,
    IReadOnlyList<string> RecordIds,
    IReadOnlyList<CategoryEstimate> Categories,
    IReadOnlyList<string> Gaps);

/// <summary>How the estimator chooses comparable buildings.</summary>
/// <param name="MinBuildings">Comparable buildings needed before a narrowing step (function type, structure, period) is kept.</param>
/// <param name="MinValues">Values of a category needed among the chosen buildings to use them rather than the fallback range.</param>
/// <param name="DefaultRegion">RASMI region for fallback ranges when the facts name none.</param>
public sealed record EstimatorOptions(
    int MinBuildings = 5,
    int MinValues = 5,
    string DefaultRegion = "OECD_EU15")
{
    /// <summary>Half-widths (years) tried in turn around the construction year; after the last, all periods.</summary>
    public IReadOnlyList<int> PeriodWindowsYears { get; init; } = [10, 20, 40];

    /// <summary>
    /// Categories that the records count inside another (inner → container), e.g. brickwork inside a "concrete" column.
    /// When the inner category comes from a fallback range while its container comes from records, the inner p50 is
    /// taken off the container's percentiles (not below zero) so the mass is not counted twice.
    /// </summary>
    public IReadOnlyDictionary<string, string> ContainedIn { get; init; } = new Dictionary<string, string>();
}
