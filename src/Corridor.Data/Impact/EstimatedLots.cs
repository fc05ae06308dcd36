using Corridor.Engine.Domain;

namespace Corridor.Data.Impact;

/// <summary>
/// How an estimated building inventory becomes supply lots, the one rule set of the demo corridor
/// (<see cref="Demo.DemoCorridor.EstimateSupplyLots(IReadOnlyList{Import.ProjectRow}, IReadOnlyList{MaterialCategory})"/>) and of
/// <see cref="InventoryEstimates"/> (API, CLI): which categories are worth a lot, what share a renovation releases, the lot's
/// code, grade, quantity and availability window. All of it is assumption (ReferenceData/SOURCES.md), shown with the lots.
/// </summary>
public static class EstimatedLots
{
    /// <summary>Estimated lots lighter than this are left out as not worth listing, kg (assumption).</summary>
    public const double MinLotMassKg = 250;

    // Released when the building is taken down, after the strip-out; the rest comes out in the strip-out.
    static readonly HashSet<string> Structural = new(StringComparer.Ordinal)
    {
        "crushed_concrete_aggregate", "bricks", "steel_beams", "timber_beams", "glulam_beams", "gravel", "concrete_elements",
        "hollow_core_slabs", "roof_tiles", "steel_roof_sheeting", "facade_panels",
    };

    // Unsurveyed material is never grade A. B: reusable after cleaning or testing. C: recycling only.
    static readonly HashSet<string> GradeB = new(StringComparer.Ordinal)
        { "bricks", "steel_beams", "timber_beams", "glulam_beams", "gravel", "roof_tiles", "hollow_core_slabs", "concrete_elements" };

    /// <summary>Renovation releases only part of a building: this share (0–1) of the estimate (assumption, see SOURCES.md).</summary>
    public static double RenovationShare(string categoryKey) => categoryKey switch
    {
        "crushed_concrete_aggregate" or "steel_beams" or "bricks" or "timber_beams" => 0.05,
        "gypsum_board" or "glass" or "aluminium_profiles" or "copper_pipes" or "plastic_pipes" or "insulation_mineral_wool" or "gravel" => 0.5,
        _ => 0.25,
    };

    /// <summary>The share of a category's estimate that a project of this kind releases: all of it, except in a renovation.</summary>
    public static double Share(ProjectKind kind, string categoryKey) => kind == ProjectKind.Renovation ? RenovationShare(categoryKey) : 1.0;

    /// <summary>Whether the category comes out when the structure is taken down (rather than in the strip-out).</summary>
    public static bool IsStructural(string categoryKey) => Structural.Contains(categoryKey);

    /// <summary>The grade of unsurveyed material: B when it can be reused after cleaning or testing, else C; never A.</summary>
    public static QualityGrade Grade(string categoryKey) => GradeB.Contains(categoryKey) ? QualityGrade.B : QualityGrade.C;

    /// <summary>The lot code of a category's estimated lot, <c>EST-&lt;CATEGORY&gt;</c>, so estimating again updates the same lot.</summary>
    public static string LotCode(string categoryKey) => "EST-" + categoryKey.ToUpperInvariant().Replace('_', '-');

    /// <summary>Quantity in the category's unit, to three significant figures; whole pieces, at least one.</summary>
    public static decimal Quantity(double massKg, MaterialCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        var raw = massKg / category.TypicalKgPerUnit;
        var digits = raw >= 1 ? (int)Math.Floor(Math.Log10(raw)) + 1 : 1;
        var scale = Math.Pow(10, digits - 3);
        var rounded = Math.Round(raw / scale, MidpointRounding.AwayFromZero) * scale;
        if (category.DefaultUnit == QuantityUnit.Pcs) rounded = Math.Max(1, Math.Round(rounded));
        return Math.Round((decimal)rounded, 2);
    }

    /// <summary>
    /// When the material is available: strip-out material from the start to 60 % of the works, structural material from
    /// 40 % to the end; a renovation releases everything in the first half.
    /// </summary>
    public static (DateOnly From, DateOnly To) Window(ProjectKind kind, DateOnly start, DateOnly end, bool structural)
    {
        var days = end.DayNumber - start.DayNumber;
        DateOnly At(double share) => start.AddDays((int)Math.Round(days * share));
        if (kind == ProjectKind.Renovation) return (start, At(0.5));
        return structural ? (At(0.4), end) : (start, At(0.6));
    }
}
