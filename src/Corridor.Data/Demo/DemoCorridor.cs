using System.Globalization;
using Corridor.Data.Impact;
using Corridor.Data.Import;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;
using Corridor.Engine.Estimation;

namespace Corridor.Data.Demo;

/// <summary>
/// The demo corridor for the Amersfoort region: invented projects at real places, labelled "Demo:" everywhere.
/// All dates lie in the two years from <see cref="AnchorDate"/>; a seeder shifts them by whole months
/// (<see cref="MonthsToShift"/>) so the demo always lies ahead. See ReferenceData/SOURCES.md.
/// </summary>
public static class DemoCorridor
{
    /// <summary>The first project starts on this date; every demo date lies within two years of it.</summary>
    public static DateOnly AnchorDate { get; } = new(2027, 1, 1);

    /// <summary>The <see cref="LotRow.File"/> of estimated lots.</summary>
    public const string EstimatedFile = "demo:estimated";

    /// <summary>Estimated lots lighter than this are left out as not worth listing (assumption).</summary>
    public const double MinLotMassKg = EstimatedLots.MinLotMassKg;

    /// <summary>The demo projects as shipped.</summary>
    public static IReadOnlyList<ProjectRow> Projects() => DemoFiles.Projects();

    static readonly Lazy<HashSet<string>> ProjectCodes = new(() => DemoFiles.Projects().Select(p => p.Code).ToHashSet(StringComparer.OrdinalIgnoreCase));
    static readonly Lazy<HashSet<string>> HubCodes = new(() => DemoFiles.Hubs().Select(h => h.Code).ToHashSet(StringComparer.OrdinalIgnoreCase));
    static readonly Lazy<HashSet<string>> OrganisationNames = new(() => DemoFiles.Projects().Select(p => p.Organisation)
        .Concat(DemoFiles.Hubs().Select(h => h.Operator)).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim())
        .ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The demo label, decided per record: a project is demo data when its corridor is the seeded demo corridor
    /// (<see cref="Entities.CorridorRegion.IsDemo"/>) and its code is one of the demo's own (the shipped demo files). What
    /// a user imports into the demo corridor under other codes is theirs and never labelled demo.
    /// </summary>
    public static bool IsDemoProject(bool corridorIsDemo, string projectCode) => corridorIsDemo && ProjectCodes.Value.Contains(projectCode.Trim());

    /// <summary>The same rule for hubs (<see cref="IsDemoProject"/>).</summary>
    public static bool IsDemoHub(bool corridorIsDemo, string hubCode) => corridorIsDemo && HubCodes.Value.Contains(hubCode.Trim());

    /// <summary>The demo's project codes, hub codes and organisation names, which example and user files must not reuse.</summary>
    public static (IReadOnlySet<string> Projects, IReadOnlySet<string> Hubs, IReadOnlySet<string> Organisations) Identifiers() =>
        (ProjectCodes.Value, HubCodes.Value, OrganisationNames.Value);

    /// <summary>The demo hubs as shipped.</summary>
    public static IReadOnlyList<HubRow> Hubs() => DemoFiles.Hubs();

    /// <summary>What the demo's new-build and renovation projects need; masses derived from the categories and flagged estimated.</summary>
    public static IReadOnlyList<LotRow> DemandLots() => DemoFiles.Lots("demand-lots.csv", ReferenceCatalog.CategoriesByKey);

    /// <summary>Opens one demo file as shipped (e.g. <c>projects.csv</c>), for the import pipeline.</summary>
    public static Stream OpenFile(string fileName) => ReferenceCatalog.OpenResource(DemoFiles.Folder + fileName);

    /// <summary>Whole months to add to every demo date so that <see cref="AnchorDate"/> falls on the first day of the month after <paramref name="today"/>.</summary>
    public static int MonthsToShift(DateOnly today) =>
        (today.Year - AnchorDate.Year) * 12 + (today.Month - AnchorDate.Month) + 1;

    /// <summary>Renovation releases only part of a building: this share of the estimate (assumption, see SOURCES.md).</summary>
    public static double RenovationShare(string categoryKey) => EstimatedLots.RenovationShare(categoryKey);

    /// <summary>Estimated supply lots for every demolition, renovation and vacant building, from the shipped intensity data.</summary>
    public static IReadOnlyList<LotRow> EstimateSupplyLots(IReadOnlyList<ProjectRow> projects, IReadOnlyList<MaterialCategory> categories) =>
        EstimateSupplyLots(projects, categories, ReferenceCatalog.IntensityRecords, ReferenceCatalog.IntensityRanges, ReferenceCatalog.EstimatorOptions);

    /// <summary>
    /// One supply lot per category with at least <see cref="MinLotMassKg"/> for each demolition, renovation and vacant building
    /// whose building type is recognised and floor area given (others are skipped: nothing to estimate from).
    /// MassKg is the p50, MassKgLow/High the p25/p75, all flagged estimated.
    /// </summary>
    /// <exception cref="InvalidOperationException">An estimated category is missing from <paramref name="categories"/>.</exception>
    public static IReadOnlyList<LotRow> EstimateSupplyLots(
        IReadOnlyList<ProjectRow> projects,
        IReadOnlyList<MaterialCategory> categories,
        IReadOnlyList<IntensityRecord> records,
        IReadOnlyList<IntensityRange> ranges,
        EstimatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(categories);
        var byKey = categories.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var lots = new List<LotRow>();
        foreach (var project in projects)
        {
            if (project.Kind is not (ProjectKind.Demolition or ProjectKind.Renovation or ProjectKind.VacantBuilding)) continue;
            if (project.GrossFloorAreaM2 is not { } area ||
                BuildingFacts.FromText(project.BuildingType, project.Structure, project.YearBuilt, area) is not { } facts) continue;

            var estimate = InventoryEstimator.Estimate(facts, records, ranges, options);
            foreach (var e in estimate.Categories)
            {
                var category = byKey.GetValueOrDefault(e.CategoryKey)
                    ?? throw new InvalidOperationException($"Estimated category '{e.CategoryKey}' is not in the category list.");
                var share = EstimatedLots.Share(project.Kind, e.CategoryKey);
                var massKg = e.P50Kg * share;
                if (massKg < MinLotMassKg) continue;
                var (from, to) = EstimatedLots.Window(project.Kind, project.Start, project.End, EstimatedLots.IsStructural(e.CategoryKey));
                lots.Add(new LotRow(
                    EstimatedFile, null, lots.Count + 1,
                    project.Code, EstimatedLots.LotCode(e.CategoryKey), LotDirection.Supply,
                    category.Key, EstimatedLots.Quantity(massKg, category), category.DefaultUnit, from, to,
                    Describe(e, share), massKg, true,
                    EstimatedLots.Grade(category.Key),
                    category.NlSfb, category.Ewc, null, null, null, null,
                    e.P25Kg * share, e.P75Kg * share));
            }
        }
        return lots;
    }

    /// <summary>Quantity in the category's unit (<see cref="EstimatedLots.Quantity"/>).</summary>
    internal static decimal Quantity(double massKg, MaterialCategory category) => EstimatedLots.Quantity(massKg, category);

    static string Describe(CategoryEstimate e, double share) =>
        Impact.EstimateExplanation.Describe(e.Basis, e.RecordIds.Count, e.P25Kg * share, e.P75Kg * share, share, demo: true);
}
