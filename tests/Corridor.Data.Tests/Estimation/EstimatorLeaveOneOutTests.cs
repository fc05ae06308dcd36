using System.Globalization;
using System.Text;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Estimation;

namespace Corridor.Data.Tests.Estimation;

/// <summary>
/// Leave-one-out over the 61 Dutch demolition-based records of Heeren &amp; Fishman, read from shared/data. The table in
/// docs/estimator-validation.md must be what this computes; CORRIDOR_WRITE_DOCS=1 rewrites it.
/// </summary>
public class EstimatorLeaveOneOutTests
{
    const string Begin = "<!-- loo:begin (written by EstimatorLeaveOneOutTests; do not edit by hand) -->";
    const string End = "<!-- loo:end -->";
    static EstimatorLeaveOneOutTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    static readonly string[] Dutch = [.. Enumerable.Range(779, 61).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    [SkippableFact]
    public void SourceRecords_ReadFromSharedData_EqualTheShippedRecords()
    {
        var fromSource = ReadSource();

        Assert.Equal(ReferenceCatalog.IntensityRecords.OrderBy(Key), fromSource.OrderBy(Key));
    }

    /// <summary>
    /// Runs on the records the product ships (so also on a clone without shared/data); that they equal the source is
    /// <see cref="SourceRecords_ReadFromSharedData_EqualTheShippedRecords"/>.
    /// </summary>
    [Fact]
    public void LeaveOneOut_DutchDemolitionRecords_MatchesTheTableInTheDocs()
    {
        var report = EstimatorValidation.LeaveOneOut(ReferenceCatalog.IntensityRecords, ReferenceCatalog.IntensityRanges, Dutch, ReferenceCatalog.EstimatorOptions);
        var table = Table(report);

        var path = Impact.RepositoryFiles.PathOf("docs", "estimator-validation.md");
        var text = File.ReadAllText(path);
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"{path} lacks the markers {Begin} … {End}.");
        var current = text[(start + Begin.Length)..end];
        if (Environment.GetEnvironmentVariable("CORRIDOR_WRITE_DOCS") == "1" && current != table)
        {
            File.WriteAllText(path, text[..(start + Begin.Length)] + table + text[end..]);
            current = table;
        }

        Assert.Equal(61, report.Buildings);
        Assert.Equal(table, current);
    }

    static string Table(ValidationReport report)
    {
        static string P(double? v) => v is { } x ? x.ToString("0", CultureInfo.InvariantCulture) : "–";
        var s = new StringBuilder("\n| category | buildings reporting it | estimated from records / RASMI fallback / not at all | MdAPE % | APE p25–p75 % | actual within estimate's p25–p75 % |\n|---|---|---|---|---|---|\n");
        foreach (var c in report.Categories.Append(report.Total))
        {
            var how = c.CategoryKey == EstimatorValidation.TotalKey
                ? $"{c.Estimated} with an estimate"
                : $"{c.FromRecords} / {c.FromFallback} / {c.Buildings - c.Estimated}";
            s.Append(CultureInfo.InvariantCulture, $"| {c.CategoryKey} | {c.Buildings} | {how} | {P(c.MedianApePercent)} | {(c.P25ApePercent is null ? "–" : $"{P(c.P25ApePercent)}–{P(c.P75ApePercent)}")} | {P(c.WithinP25P75Percent)} |\n");
        }
        return s.ToString();
    }

    static string Key(IntensityRecord r) => $"{r.RecordId}|{r.CategoryKey}|{r.KgPerM2.ToString("R", CultureInfo.InvariantCulture)}|{r.ConstructionYear}|{r.FunctionType}|{r.Use}|{r.Structure}";

    /// <summary>The Dutch records (ids 185, 779–839) from buildings.csv, mapped to categories as the shipped file maps them.</summary>
    static List<IntensityRecord> ReadSource()
    {
        var (_, shipped) = SharedData.ReadEmbedded("material-intensity-nl.csv");
        var mapping = shipped.Where(r => r.Fields[10].Length > 0).Select(r => (Hf: r.Fields[9], Key: r.Fields[10])).Distinct().ToList();
        var (header, rows) = SharedData.ReadCsv("material-intensity/heeren-fishman/buildings.csv", Encoding.GetEncoding(1252));
        int Col(string name) => Array.IndexOf(header, name);
        var result = new List<IntensityRecord>();
        foreach (var (_, f) in rows)
        {
            var id = f[Col("id")];
            if (id != "185" && !Dutch.Contains(id)) continue;
            int? start = int.TryParse(f[Col("construction_period_start")], CultureInfo.InvariantCulture, out var s) ? s : null;
            int? end = int.TryParse(f[Col("construction_period_end")], CultureInfo.InvariantCulture, out var e) ? e : null;
            var year = start is not null && end is not null ? (start + end) / 2 : start;
            foreach (var (hf, key) in mapping)
            {
                var text = f[Col(hf)];
                if (text is "NA" or "NULL" or "") continue;
                result.Add(new IntensityRecord(id, BuildingClass.ParseUseCode(f[Col("function")]), f[Col("function_type")],
                    BuildingClass.ParseStructureCode(f[Col("structure")]), year, key, double.Parse(text, CultureInfo.InvariantCulture)));
            }
        }
        return result;
    }
}
