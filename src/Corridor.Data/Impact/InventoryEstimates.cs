using System.Globalization;
using Corridor.Data.Entities;
using Corridor.Data.Import;
using Corridor.Data.Inventory;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;
using Corridor.Engine.Estimation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Impact;

/// <summary>The five facts of a building; null fields are taken from the project when estimating a project.</summary>
public sealed record BuildingFactsRequest(string? BuildingType, int? YearBuilt, string? Structure, double? GrossFloorAreaM2, double? Latitude, double? Longitude);

/// <summary>A supply lot an estimate proposes: p50 mass with the p25–p75 range, never grade A.</summary>
public sealed record EstimatedLot(
    string LotCode, string Category, string CategoryName, decimal Quantity, QuantityUnit Unit, double MassKg, double MassKgLow, double MassKgHigh,
    QualityGrade Quality, DateOnly? AvailableFrom, DateOnly? AvailableTo, EstimateBasis Basis, string Source);

/// <param name="Written">The import's counts; null for a dry run or an estimate from facts alone.</param>
/// <param name="Skipped">Categories left out because their p50 is under <see cref="InventoryEstimates.MinLotMassKg"/>.</param>
/// <param name="Estimate">The estimator's result for the building.</param>
/// <param name="Region">The RASMI region used for fallback ranges.</param>
/// <param name="Lots">The supply lots proposed.</param>
/// <param name="TotalMassKg">Sum of the lots' p50 masses, kg.</param>
/// <param name="TotalMassKgLow">Sum of the lots' p25 masses, kg.</param>
/// <param name="TotalMassKgHigh">Sum of the lots' p75 masses, kg.</param>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="Warnings">The import's warnings, in words.</param>
public sealed record EstimateOutcome(
    InventoryEstimate Estimate, string Region, IReadOnlyList<EstimatedLot> Lots, IReadOnlyList<string> Skipped, double TotalMassKg,
    double TotalMassKgLow, double TotalMassKgHigh, bool DryRun, ImportCounts? Written, IReadOnlyList<string> Warnings);

/// <summary>
/// Estimates the inventory of an unsurveyed donor or vacant building from five facts (type, year, structure, floor area,
/// location) with <see cref="InventoryEstimator"/> and the shipped data, and writes it as estimated supply lots through
/// the import pipeline (all or nothing; codes <c>EST-&lt;CATEGORY&gt;</c>, so estimating again updates the same lots).
/// </summary>
public static class InventoryEstimates
{
    /// <summary>Estimated lots lighter than this are not listed (assumption, as for the demo corridor).</summary>
    public const double MinLotMassKg = EstimatedLots.MinLotMassKg;

    /// <summary>The file name estimated lots are imported under.</summary>
    public const string ImportFile = "estimate";
    /// <summary>The RASMI region used for fallback ranges.</summary>
    public const string Region = "OECD_EU15";

    /// <summary>Checks the facts; errors are keyed by the request's field names.</summary>
    public static (BuildingFacts? Facts, Dictionary<string, string> Errors) Facts(BuildingFactsRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var type = BuildingClass.Classify(r.BuildingType);
        if (string.IsNullOrWhiteSpace(r.BuildingType)) errors["buildingType"] = "Required: what the building is, e.g. office, school, rijwoning, apartment, warehouse.";
        else if (type is null) errors["buildingType"] = $"'{r.BuildingType}' is not a building type with data: try office, school, retail, warehouse, factory, rijwoning, detached house, apartment.";
        if (r.GrossFloorAreaM2 is not { } area) errors["grossFloorAreaM2"] = "Required: gross floor area in m².";
        else if (!(area > 0 && double.IsFinite(area))) errors["grossFloorAreaM2"] = "Must be a positive number of m².";
        if (r.YearBuilt is < 1800 or > 2100) errors["yearBuilt"] = "Must be a year between 1800 and 2100.";
        var structure = StructureType.Unspecified;
        if (!string.IsNullOrWhiteSpace(r.Structure))
        {
            try { structure = BuildingClass.ParseStructure(r.Structure); }
            catch (FormatException) { structure = StructureType.Unspecified; }
            if (structure == StructureType.Unspecified && r.Structure.Trim().ToUpperInvariant() != "U")
                errors["structure"] = $"'{r.Structure}' is not a structure: concrete, masonry, steel or timber (beton, metselwerk, staal, hout), or leave it empty.";
        }
        if (r.Latitude is { } lat && r.Longitude is { } lon && !InWesternEurope(lat, lon))
            errors["latitude"] = "No material-intensity data for this location: the shipped ranges cover OECD EU15 (western Europe) only.";
        if (errors.Count > 0) return (null, errors);
        return (new BuildingFacts(type!.Value.Use, type.Value.FunctionType, structure, r.YearBuilt, r.GrossFloorAreaM2!.Value, Region), errors);
    }

    /// <summary>The estimate of a building from its facts alone (nothing is written).</summary>
    public static EstimateOutcome FromFacts(BuildingFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var estimate = InventoryEstimator.Estimate(facts, ReferenceCatalog.IntensityRecords, ReferenceCatalog.IntensityRanges, ReferenceCatalog.EstimatorOptions);
        var (lots, skipped) = Lots(estimate, null);
        return Outcome(estimate, lots, skipped, dryRun: true, null, []);
    }

    /// <summary>
    /// Estimates a demolition, renovation or vacant-building project (facts from <paramref name="request"/>, else the project's)
    /// and, unless <paramref name="dryRun"/>, stores the facts on the project and the lots through the import pipeline.
    /// Returns null when the project is not in the corridor; field errors when the facts do not allow an estimate.
    /// </summary>
    public static async Task<(EstimateOutcome? Outcome, Dictionary<string, string> Errors)?> ForProjectAsync(
        CorridorDb db, int corridorId, int projectId, BuildingFactsRequest request, bool dryRun, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.CorridorId == corridorId && p.Id == projectId, ct);
        if (project is null) return null;
        var merged = new BuildingFactsRequest(request.BuildingType ?? project.BuildingType, request.YearBuilt ?? project.YearBuilt,
            request.Structure ?? project.Structure, request.GrossFloorAreaM2 ?? project.GrossFloorAreaM2,
            request.Latitude ?? project.Latitude, request.Longitude ?? project.Longitude);
        var (facts, errors) = Facts(merged);
        if (project.Kind is not (ProjectKind.Demolition or ProjectKind.Renovation or ProjectKind.VacantBuilding))
            errors["kind"] = $"Project {project.Code} is {Vocab.ToSnake(project.Kind.ToString())}: estimates describe what a demolition, renovation or vacant building releases.";
        if (errors.Count > 0) return (null, errors);

        var estimate = InventoryEstimator.Estimate(facts!, ReferenceCatalog.IntensityRecords, ReferenceCatalog.IntensityRanges, ReferenceCatalog.EstimatorOptions);
        var (lots, skipped) = Lots(estimate, project);
        var warnings = new List<string>();
        var surveyed = await db.Lots.CountAsync(l => l.ProjectId == projectId && l.Direction == LotDirection.Supply && !l.Code.StartsWith("EST-"), ct);
        if (surveyed > 0)
            warnings.Add($"Project {project.Code} has {surveyed} supply lots that are not estimates; the estimated lots come beside them, so the inventory may count material twice.");
        var codes = lots.Select(l => l.LotCode).ToList();
        var stale = await db.Lots.Where(l => l.ProjectId == projectId && l.Code.StartsWith("EST-") && !codes.Contains(l.Code)).Select(l => l.Code).ToListAsync(ct);
        if (stale.Count > 0)
            warnings.Add($"Earlier estimated lots not in this estimate stay as they are: {string.Join(", ", stale.Order(StringComparer.Ordinal))}.");
        if (dryRun) return (Outcome(estimate, lots, skipped, true, null, warnings), errors);

        var batch = new ImportBatch();
        batch.Projects.Add(new ProjectRow(ImportFile, null, 1, project.Code, project.Name, project.Kind, project.Latitude, project.Longitude,
            project.Start, project.End, null, null, null, merged.GrossFloorAreaM2, merged.BuildingType, merged.YearBuilt, merged.Structure));
        batch.Lots.AddRange(lots.Select((l, i) => new LotRow(ImportFile, null, i + 1, project.Code, l.LotCode, LotDirection.Supply, l.Category,
            l.Quantity, l.Unit, l.AvailableFrom!.Value, l.AvailableTo!.Value, Description(l, estimate), l.MassKg, true, l.Quality,
            ReferenceCatalog.CategoriesByKey[l.Category].NlSfb, ReferenceCatalog.CategoriesByKey[l.Category].Ewc, null, null, null, null,
            l.MassKgLow, l.MassKgHigh)));
        var result = await InventoryStore.ApplyAsync(db, corridorId, batch, ct: ct);
        if (!result.Succeeded)
            throw new InvalidOperationException("Writing the estimated lots failed: " + string.Join("; ", result.Errors.Take(5)));
        return (Outcome(estimate, lots, skipped, false, result.Summary!.Lots, warnings), errors);
    }

    static (List<EstimatedLot> Lots, List<string> Skipped) Lots(InventoryEstimate estimate, Project? project)
    {
        var lots = new List<EstimatedLot>();
        var skipped = new List<string>();
        foreach (var e in estimate.Categories)
        {
            var category = ReferenceCatalog.CategoriesByKey[e.CategoryKey];
            var share = project is null ? 1.0 : EstimatedLots.Share(project.Kind, e.CategoryKey);
            if (e.P50Kg * share < MinLotMassKg)
            {
                skipped.Add(e.CategoryKey);
                continue;
            }
            var (from, to) = project is null ? ((DateOnly?)null, (DateOnly?)null)
                : EstimatedLots.Window(project.Kind, project.Start, project.End, EstimatedLots.IsStructural(e.CategoryKey));
            lots.Add(new EstimatedLot(EstimatedLots.LotCode(e.CategoryKey), category.Key, category.NameEn,
                EstimatedLots.Quantity(e.P50Kg * share, category), category.DefaultUnit, e.P50Kg * share, e.P25Kg * share, e.P75Kg * share,
                EstimatedLots.Grade(category.Key), from, to, e.Basis,
                e.Source + (share < 1 ? string.Create(CultureInfo.InvariantCulture, $"; renovation share {share:0.##} (assumption)") : "")));
        }
        return (lots, skipped);
    }

    static EstimateOutcome Outcome(InventoryEstimate estimate, List<EstimatedLot> lots, List<string> skipped, bool dryRun, ImportCounts? written, List<string> warnings) =>
        new(estimate, Region, lots, skipped, lots.Sum(l => l.MassKg), lots.Sum(l => l.MassKgLow), lots.Sum(l => l.MassKgHigh), dryRun, written, warnings);

    /// <summary>The lot's public description: basis and range, no record ids (those stay in the estimate's answer).</summary>
    static string Description(EstimatedLot l, InventoryEstimate e) =>
        EstimateExplanation.Describe(l.Basis, e.Categories.FirstOrDefault(c => c.CategoryKey == l.Category)?.RecordIds.Count ?? 0, l.MassKgLow, l.MassKgHigh);

    /// <summary>A rough box around the OECD EU15 countries (Portugal to Finland), the region of the shipped RASMI ranges.</summary>
    static bool InWesternEurope(double lat, double lon) => lat is >= 35 and <= 71 && lon is >= -11 and <= 32;
}
