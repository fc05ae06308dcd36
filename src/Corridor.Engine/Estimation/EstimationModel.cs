namespace Corridor.Engine.Estimation;

/// <summary>What is known of a building before any survey.</summary>
/// <param name="FunctionType">Heeren &amp; Fishman function type such as <c>NR_office_low</c>; null when only the use class is known.</param>
/// <param name="YearBuilt">Construction year; null when unknown (then the period is not used to choose records).</param>
/// <param name="Region">RASMI region code for the fallback ranges (e.g. <c>OECD_EU15</c>); null takes the estimator's default.</param>
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
public sealed record IntensityRecord(
    string RecordId,
    BuildingUse Use,
    string FunctionType,
    StructureType Structure,
    int? ConstructionYear,
    string CategoryKey,
    double KgPerM2);

/// <summary>Percentile range of kg per m² for a use class, structure and region (RASMI), used when too few records match.</summary>
public sealed record IntensityRange(
    string CategoryKey,
    BuildingUse Use,
    StructureType Structure,
    string Region,
    double P25KgPerM2,
    double P50KgPerM2,
    double P75KgPerM2,
    string Source);

public enum EstimateBasis { Records, RangeFallback }

/// <summary>Estimated mass of one category in the whole building.</summary>
/// <param name="RecordIds">The buildings whose values gave the percentiles (empty for a range fallback).</param>
/// <param name="Source">Where the figure comes from, in words, including the fallback row when used.</param>
public sealed record CategoryEstimate(
    string CategoryKey,
    double P25Kg,
    double P50Kg,
    double P75Kg,
    EstimateBasis Basis,
    IReadOnlyList<string> RecordIds,
    string Source);

/// <param name="Method">Name and version of the estimation rule, kept with every figure.</param>
/// <param name="Selection">How the comparable records were chosen, in words.</param>
/// <param name="RecordIds">The comparable buildings chosen.</param>
/// <param name="Gaps">Categories seen in the records but with too few values and no fallback range: not estimated.</param>
public sealed record InventoryEstimate(
    string Method,
    BuildingFacts Facts,
    string Selection,
    IReadOnlyList<string> RecordIds,
    IReadOnlyList<CategoryEstimate> Categories,
    IReadOnlyList<string> Gaps);

/// <param name="MinBuildings">Comparable buildings needed before a narrowing step (function type, structure, period) is kept.</param>
/// <param name="MinValues">Values of a category needed among the chosen buildings to use them rather than the fallback range.</param>
/// <param name="PeriodWindowsYears">Half-widths tried in turn around the construction year; after the last, all periods.</param>
public sealed record EstimatorOptions(
    int MinBuildings = 5,
    int MinValues = 5,
    string DefaultRegion = "OECD_EU15")
{
    public IReadOnlyList<int> PeriodWindowsYears { get; init; } = [10, 20, 40];

    /// <summary>
    /// Categories that the records count inside another (inner → container), e.g. brickwork inside a "concrete" column.
    /// When the inner category comes from a fallback range while its container comes from records, the inner p50 is
    /// taken off the container's percentiles (not below zero) so the mass is not counted twice.
    /// </summary>
    public IReadOnlyDictionary<string, string> ContainedIn { get; init; } = new Dictionary<string, string>();
}
