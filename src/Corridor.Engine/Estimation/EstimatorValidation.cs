namespace Corridor.Engine.Estimation;

/// <summary>One held-out building × category: what it reports and what the estimator said without it (kg per m²).</summary>
/// <param name="Basis">Null when the estimator gave nothing for this category (a gap).</param>
/// <param name="ActualKgPerM2">What the building reports, kg/m².</param>
/// <param name="CategoryKey">The material category.</param>
/// <param name="P25KgPerM2">The estimate's 25th percentile, kg/m².</param>
/// <param name="P50KgPerM2">The estimate's median, kg/m².</param>
/// <param name="P75KgPerM2">The estimate's 75th percentile, kg/m².</param>
/// <param name="RecordId">The held-out building.</param>
public sealed record ValidationCase(
    string RecordId, string CategoryKey, double ActualKgPerM2, double? P25KgPerM2, double? P50KgPerM2, double? P75KgPerM2, EstimateBasis? Basis)
{
    /// <summary>|p50 − actual| / actual × 100; null for a gap or a zero actual.</summary>
    public double? AbsolutePercentageError =>
        P50KgPerM2 is { } p && ActualKgPerM2 > 0 ? Math.Abs(p - ActualKgPerM2) / ActualKgPerM2 * 100 : null;

    /// <summary>Whether the actual lies within the estimate's p25–p75; null for a gap.</summary>
    public bool? WithinP25P75 => P25KgPerM2 is { } lo && P75KgPerM2 is { } hi ? ActualKgPerM2 >= lo && ActualKgPerM2 <= hi : null;
}

/// <summary>How well the estimator did for one category over all held-out buildings.</summary>
public sealed record CategoryValidation
{
    /// <summary>The material category (or <see cref="EstimatorValidation.TotalKey"/>).</summary>
    public required string CategoryKey { get; init; }

    /// <summary>Held-out buildings that report this category.</summary>
    public required int Buildings { get; init; }

    /// <summary>Of those, how many got an estimate (the rest were gaps).</summary>
    public required int Estimated { get; init; }

    /// <summary>Median absolute percentage error of the p50 over the estimated cases with a non-zero actual.</summary>
    public required double? MedianApePercent { get; init; }

    /// <summary>25th percentile of the absolute percentage errors.</summary>
    public required double? P25ApePercent { get; init; }

    /// <summary>75th percentile of the absolute percentage errors.</summary>
    public required double? P75ApePercent { get; init; }

    /// <summary>Share of estimated cases whose actual lies within the estimate's p25–p75.</summary>
    public required double? WithinP25P75Percent { get; init; }

    /// <summary>Estimates made from comparable records.</summary>
    public required int FromRecords { get; init; }

    /// <summary>Estimates made from a fallback range.</summary>
    public required int FromFallback { get; init; }
}

/// <param name="Total">All reported categories of a building summed (estimate p50 vs actual), one case per building.</param>
/// <param name="Buildings">Held-out buildings.</param>
/// <param name="Cases">Every building × category case.</param>
/// <param name="Categories">Results per category.</param>
/// <param name="Method">The estimator's method and version.</param>
/// <summary>The whole leave-one-out validation: per category, for the building totals, and every case.</summary>
public sealed record ValidationReport(
    string Method, int Buildings, IReadOnlyList<CategoryValidation> Categories, CategoryValidation Total, IReadOnlyList<ValidationCase> Cases);

/// <summary>Leave-one-out validation of <see cref="InventoryEstimator"/>: each held-out building is estimated from all the others.</summary>
public static class EstimatorValidation
{
    /// <summary>The key of the row that sums all reported categories of a building.</summary>
    public const string TotalKey = "(all reported materials)";

    /// <summary>
    /// For each building in <paramref name="heldOutIds"/>: estimate it per m² from its use class, function type, structure
    /// and construction year with every other record (and the ranges), then compare each category the building reports.
    /// </summary>
    /// <exception cref="ArgumentException">A held-out id has no records.</exception>
    public static ValidationReport LeaveOneOut(
        IReadOnlyList<IntensityRecord> records, IReadOnlyList<IntensityRange> ranges, IEnumerable<string> heldOutIds, EstimatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(ranges);
        ArgumentNullException.ThrowIfNull(heldOutIds);
        var byId = records.GroupBy(r => r.RecordId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var cases = new List<ValidationCase>();
        var totals = new List<ValidationCase>();
        var ids = heldOutIds.Distinct(StringComparer.Ordinal).ToList();
        foreach (var id in ids)
        {
            if (!byId.TryGetValue(id, out var own)) throw new ArgumentException($"No records for building '{id}'.", nameof(heldOutIds));
            var first = own[0];
            var facts = new BuildingFacts(first.Use, first.FunctionType, first.Structure, first.ConstructionYear, 1.0);
            var others = records.Where(r => r.RecordId != id).ToList();
            var estimate = InventoryEstimator.Estimate(facts, others, ranges, options).Categories.ToDictionary(c => c.CategoryKey);
            var mine = own.GroupBy(r => r.CategoryKey).Select(g => (Key: g.Key, Actual: g.Sum(r => r.KgPerM2))).ToList();
            foreach (var (key, actual) in mine)
            {
                cases.Add(estimate.TryGetValue(key, out var e)
                    ? new ValidationCase(id, key, actual, e.P25Kg, e.P50Kg, e.P75Kg, e.Basis)
                    : new ValidationCase(id, key, actual, null, null, null, null));
            }
            var found = mine.Where(m => estimate.ContainsKey(m.Key)).ToList();
            // A category the estimator missed counts as zero in the estimated total.
            totals.Add(found.Count == 0
                ? new ValidationCase(id, TotalKey, mine.Sum(m => m.Actual), null, null, null, null)
                : new ValidationCase(id, TotalKey, mine.Sum(m => m.Actual), found.Sum(m => estimate[m.Key].P25Kg),
                    found.Sum(m => estimate[m.Key].P50Kg), found.Sum(m => estimate[m.Key].P75Kg), EstimateBasis.Records));
        }
        var categories = cases.GroupBy(c => c.CategoryKey).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Summarise(g.Key, g.ToList())).ToList();
        return new ValidationReport(InventoryEstimator.Method, ids.Count, categories, Summarise(TotalKey, totals), cases);
    }

    static CategoryValidation Summarise(string key, List<ValidationCase> cases)
    {
        var estimated = cases.Where(c => c.P50KgPerM2 is not null).ToList();
        var errors = estimated.Select(c => c.AbsolutePercentageError).OfType<double>().Order().ToArray();
        double? P(double p) => errors.Length > 0 ? InventoryEstimator.Percentile(errors, p) : null;
        double? within = estimated.Count > 0 ? estimated.Count(c => c.WithinP25P75 == true) * 100.0 / estimated.Count : null;
        return new CategoryValidation { CategoryKey = key, Buildings = cases.Count, Estimated = estimated.Count, MedianApePercent = P(0.5), P25ApePercent = P(0.25), P75ApePercent = P(0.75), WithinP25P75Percent = within,
            FromRecords = estimated.Count(c => c.Basis == EstimateBasis.Records), FromFallback = estimated.Count(c => c.Basis == EstimateBasis.RangeFallback) };
    }
}
