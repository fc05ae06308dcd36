using System.Globalization;

namespace Corridor.Engine.Estimation;

/// <summary>
/// Estimates what a building contains, per category, from the material intensities of comparable surveyed buildings,
/// before anyone has surveyed it. Pure: the caller passes the records and ranges.
/// </summary>
/// <remarks>
/// Rule <see cref="Method"/>:
/// <list type="number">
/// <item>Candidates: records of the same use class. Narrow to the same function type when at least
/// <see cref="EstimatorOptions.MinBuildings"/> buildings have it.</item>
/// <item>Narrow to the same structure when it is known and at least MinBuildings buildings remain; else relax.</item>
/// <item>When the year is known, keep buildings within ±10, then ±20, then ±40 years, taking the first window with
/// at least MinBuildings buildings; else keep all periods.</item>
/// <item>Per category, the p25/p50/p75 (linear interpolation, as Excel PERCENTILE.INC) of kg/m² over the chosen buildings
/// that report it, times the floor area, when at least <see cref="EstimatorOptions.MinValues"/> report it. A building that does not
/// report a category is left out of that category, not counted as zero.</item>
/// <item>Otherwise the RASMI range of the use class, structure and region. With the structure unknown the range of the
/// class's usual Dutch structure is used: masonry for single-family and unspecified housing, concrete otherwise.</item>
/// <item>A fallback category that the records count inside another (<see cref="EstimatorOptions.ContainedIn"/>) is taken
/// off that other category's estimate.</item>
/// </list>
/// </remarks>
public static class InventoryEstimator
{
    /// <summary>The estimation method and its version, kept with every figure.</summary>
    public const string Method = "corridor-mi-nearest/1";

    /// <exception cref="ArgumentOutOfRangeException">The floor area is not a positive finite number.</exception>
    public static InventoryEstimate Estimate(
        BuildingFacts facts,
        IReadOnlyList<IntensityRecord> records,
        IReadOnlyList<IntensityRange> ranges,
        EstimatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(ranges);
        if (!double.IsFinite(facts.GrossFloorAreaM2) || facts.GrossFloorAreaM2 <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(facts), facts.GrossFloorAreaM2, "Gross floor area must be a positive number of m².");
        }
        options ??= new EstimatorOptions();

        var (chosen, selection) = Choose(facts, records, options);
        var chosenIds = chosen.Select(b => b.Key).ToList();
        var region = facts.Region ?? options.DefaultRegion;
        var rangeStructure = facts.Structure != StructureType.Unspecified ? facts.Structure : UsualStructure(facts.Use);
        var rangeUse = facts.Use == BuildingUse.ResidentialUnspecified ? BuildingUse.ResidentialSingleFamily : facts.Use;
        var fallback = ranges
            .Where(r => r.Use == rangeUse && r.Structure == rangeStructure && string.Equals(r.Region, region, StringComparison.OrdinalIgnoreCase))
            .GroupBy(r => r.CategoryKey)
            .ToDictionary(g => g.Key, g => g.First());

        var keys = chosen.SelectMany(b => b.Select(r => r.CategoryKey)).Concat(fallback.Keys).Distinct().Order(StringComparer.Ordinal);
        var estimates = new List<CategoryEstimate>();
        var gaps = new List<string>();
        foreach (var key in keys)
        {
            var values = chosen
                .SelectMany(b => b.Where(r => r.CategoryKey == key).Select(r => (Id: b.Key, r.KgPerM2)))
                .ToList();
            if (values.Count >= options.MinValues)
            {
                var sorted = values.Select(v => v.KgPerM2).Order().ToArray();
                var ids = values.Select(v => v.Id).Distinct().ToList();
                estimates.Add(new CategoryEstimate(key,
                    Percentile(sorted, 0.25) * facts.GrossFloorAreaM2,
                    Percentile(sorted, 0.50) * facts.GrossFloorAreaM2,
                    Percentile(sorted, 0.75) * facts.GrossFloorAreaM2,
                    EstimateBasis.Records, ids,
                    $"{Method}: percentiles over {ids.Count} records ({string.Join(", ", ids)})"));
            }
            else if (fallback.TryGetValue(key, out var range))
            {
                estimates.Add(new CategoryEstimate(key,
                    range.P25KgPerM2 * facts.GrossFloorAreaM2,
                    range.P50KgPerM2 * facts.GrossFloorAreaM2,
                    range.P75KgPerM2 * facts.GrossFloorAreaM2,
                    EstimateBasis.RangeFallback, [],
                    $"{Method}: fallback to {range.Source} ({values.Count} of {options.MinValues} records needed)"));
            }
            else
            {
                gaps.Add(key);
            }
        }
        return new InventoryEstimate(Method, facts, selection, chosenIds, Uncount(estimates, options), gaps);
    }

    static List<CategoryEstimate> Uncount(List<CategoryEstimate> estimates, EstimatorOptions options)
    {
        foreach (var (inner, container) in options.ContainedIn)
        {
            var i = estimates.FindIndex(e => e.CategoryKey == inner && e.Basis == EstimateBasis.RangeFallback);
            var c = estimates.FindIndex(e => e.CategoryKey == container && e.Basis == EstimateBasis.Records);
            if (i < 0 || c < 0) continue;
            var minus = estimates[i].P50Kg;
            var old = estimates[c];
            estimates[c] = old with
            {
                P25Kg = Math.Max(0, old.P25Kg - minus),
                P50Kg = Math.Max(0, old.P50Kg - minus),
                P75Kg = Math.Max(0, old.P75Kg - minus),
                Source = old.Source + $"; minus the {inner} estimate, which these records count inside {container}",
            };
        }
        return estimates;
    }

    /// <summary>Percentile by linear interpolation between closest ranks (R type 7, Excel PERCENTILE.INC) of sorted values.</summary>
    /// <exception cref="ArgumentException">No values, or p outside [0, 1].</exception>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0) throw new ArgumentException("Percentile of no values.", nameof(sorted));
        if (p is < 0 or > 1 || double.IsNaN(p)) throw new ArgumentException($"p must lie in [0, 1], was {p}.", nameof(p));
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    static StructureType UsualStructure(BuildingUse use) =>
        use is BuildingUse.ResidentialSingleFamily or BuildingUse.ResidentialUnspecified ? StructureType.Masonry : StructureType.Concrete;

    static (List<IGrouping<string, IntensityRecord>> Chosen, string Selection) Choose(
        BuildingFacts facts, IReadOnlyList<IntensityRecord> records, EstimatorOptions options)
    {
        var steps = new List<string>();
        var pool = records.Where(r => r.Use == facts.Use).GroupBy(r => r.RecordId).ToList();
        steps.Add($"use {BuildingClass.UseCode(facts.Use)}: {pool.Count} buildings");
        if (pool.Count < options.MinBuildings)
        {
            steps.Add($"fewer than {options.MinBuildings}: no records used");
            return ([], string.Join("; ", steps));
        }

        if (facts.FunctionType is { } type)
        {
            var same = pool.Where(b => b.First().FunctionType == type).ToList();
            pool = Keep(pool, same, $"function {type}", options, steps);
        }
        if (facts.Structure != StructureType.Unspecified)
        {
            var same = pool.Where(b => b.First().Structure == facts.Structure).ToList();
            pool = Keep(pool, same, $"structure {BuildingClass.StructureCode(facts.Structure)}", options, steps);
        }
        if (facts.YearBuilt is { } year)
        {
            var kept = false;
            foreach (var window in options.PeriodWindowsYears)
            {
                var near = pool.Where(b => b.First().ConstructionYear is { } y && Math.Abs(y - year) <= window).ToList();
                if (near.Count >= options.MinBuildings)
                {
                    steps.Add($"built {year}±{window.ToString(CultureInfo.InvariantCulture)}: {near.Count} buildings");
                    pool = near;
                    kept = true;
                    break;
                }
            }
            if (!kept) steps.Add($"period relaxed (fewer than {options.MinBuildings} within ±{options.PeriodWindowsYears[^1]} years)");
        }
        return (pool.OrderBy(b => b.Key, StringComparer.Ordinal).ToList(), string.Join("; ", steps));
    }

    static List<IGrouping<string, IntensityRecord>> Keep(
        List<IGrouping<string, IntensityRecord>> pool, List<IGrouping<string, IntensityRecord>> narrowed,
        string what, EstimatorOptions options, List<string> steps)
    {
        if (narrowed.Count >= options.MinBuildings)
        {
            steps.Add($"{what}: {narrowed.Count} buildings");
            return narrowed;
        }
        steps.Add($"{what} relaxed ({narrowed.Count} buildings)");
        return pool;
    }
}
