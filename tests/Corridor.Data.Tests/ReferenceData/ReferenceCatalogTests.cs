using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Corridor.Data.ReferenceData;

namespace Corridor.Data.Tests.ReferenceData;

public partial class ReferenceCatalogTests
{
    [Fact]
    public void ResourcePaths_EmbeddedFiles_UseSlashPathsUnderOnePrefix()
    {
        var paths = ReferenceCatalog.ResourcePaths();
        var raw = typeof(ReferenceCatalog).Assembly.GetManifestResourceNames();

        Assert.Contains("categories.csv", paths);
        Assert.Contains("material-intensity-nl.csv", paths);
        Assert.Contains("rasmi-eu15.csv", paths);
        Assert.Contains("demo/amersfoort/projects.csv", paths);
        Assert.Contains("Corridor.ReferenceData.categories.csv", raw);
    }

    [Fact]
    public void Categories_Loaded_AtLeastThirtyWithUniqueSnakeCaseKeys()
    {
        var categories = ReferenceCatalog.Categories;

        Assert.True(categories.Count >= 30, $"only {categories.Count} categories");
        Assert.Equal(categories.Count, categories.Select(c => c.Key).Distinct().Count());
        Assert.All(categories, c => Assert.Matches("^[a-z][a-z0-9_]*$", c.Key));
    }

    [Fact]
    public void Categories_Factors_ArePositiveAndFinite()
    {
        Assert.All(ReferenceCatalog.Categories, c =>
        {
            Assert.True(double.IsFinite(c.TypicalKgPerUnit) && c.TypicalKgPerUnit > 0, c.Key);
            Assert.True(double.IsFinite(c.StorageM2PerTonne) && c.StorageM2PerTonne > 0, c.Key);
            Assert.True(double.IsFinite(c.EmbodiedCo2eKgPerKg) && c.EmbodiedCo2eKgPerKg > 0, c.Key);
            Assert.True(double.IsFinite(c.EndOfLifeCo2eKgPerKg), c.Key);
            Assert.Contains("assumption", c.Notes, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Categories_Ewc_AreChapter17()
    {
        Assert.All(ReferenceCatalog.Categories, c => Assert.Equal(17, c.Ewc.Chapter));
    }

    [GeneratedRegex(@"^(?:(?<share>\d+)% )?(?<file>mass|concrete): (?<label>.+) \(row (?<row>\d+)\)$")]
    private static partial Regex IceReference();

    [SkippableFact]
    public void Categories_EmbodiedSource_NamesIceRowsThatHoldThatValue()
    {
        var files = new Dictionary<string, Dictionary<int, (string Label, double? Value)>>
        {
            ["mass"] = IceRows("ice_v2_mass.csv", ["material", "type", "subtype"]),
            ["concrete"] = IceRows("ice_v2_concrete.csv", ["type", "subtype", "replacement"]),
        };

        foreach (var category in ReferenceCatalog.Categories)
        {
            var text = category.EmbodiedSource;
            var composite = text.StartsWith("ICE v2.0 composite: ", StringComparison.Ordinal);
            var body = composite ? text["ICE v2.0 composite: ".Length..] : text["ICE v2.0 ".Length..];
            var parts = composite ? body.Split(" + ") : [body];
            double total = 0, shares = 0;
            foreach (var part in parts)
            {
                var m = IceReference().Match(part);
                Assert.True(m.Success, $"{category.Key}: cannot read '{part}'");
                var row = int.Parse(m.Groups["row"].Value, CultureInfo.InvariantCulture);
                Assert.True(files[m.Groups["file"].Value].TryGetValue(row, out var ice), $"{category.Key}: no row {row}");
                Assert.Equal(ice.Label, m.Groups["label"].Value);
                Assert.True(ice.Value is not null, $"{category.Key}: ICE row {row} has no CO2e value");
                var share = composite ? double.Parse(m.Groups["share"].Value, CultureInfo.InvariantCulture) / 100 : 1;
                shares += share;
                total += share * ice.Value!.Value;
            }
            Assert.Equal(1.0, shares, 9);
            Assert.True(Math.Abs(total - category.EmbodiedCo2eKgPerKg) <= 0.0006, $"{category.Key}: file says {category.EmbodiedCo2eKgPerKg}, ICE gives {total}");
        }
    }

    static Dictionary<int, (string Label, double? Value)> IceRows(string file, string[] labelColumns)
    {
        var (header, rows) = SharedData.ReadCsv($"embodied-carbon/ice-v2/{file}");
        var value = Array.IndexOf(header, "massCO2ePerMass");
        var labels = labelColumns.Select(c => Array.IndexOf(header, c)).ToArray();
        return rows.ToDictionary(r => r.Line, r => (
            string.Join(", ", labels.Select(i => r.Fields[i]).Where(s => s.Trim().Length > 0)),
            double.TryParse(r.Fields[value], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null));
    }

    [Fact]
    public void ParseCategories_BadEwc_ThrowsNamingRowAndColumn()
    {
        var (header, rows) = SharedData.ReadEmbedded("categories.csv");
        var lines = new[] { header }.Concat(rows.Select(r => r.Fields)).Select(f => string.Join(',', f.Select(Quote))).ToList();
        var bad = rows[2].Fields.ToArray();
        bad[Array.IndexOf(header, "ewc")] = "17 0x 01";
        lines[3] = string.Join(',', bad.Select(Quote));

        var error = Assert.Throws<InvalidDataException>(() => ReferenceCatalog.ParseCategories(new StringReader(string.Join('\n', lines))));

        Assert.Contains("row 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("column 'ewc'", error.Message, StringComparison.Ordinal);
    }

    static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [SkippableFact]
    public void IntensityFile_Values_MatchHeerenFishmanBuildings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var (hfHeader, hfRows) = SharedData.ReadCsv("material-intensity/heeren-fishman/buildings.csv", Encoding.GetEncoding(1252));
        var id = Array.IndexOf(hfHeader, "id");
        var source = hfRows.ToDictionary(r => r.Fields[id], r => r.Fields);
        var (header, rows) = SharedData.ReadEmbedded("material-intensity-nl.csv");
        int rid = Array.IndexOf(header, "record_id"), mat = Array.IndexOf(header, "hf_material"), kg = Array.IndexOf(header, "kg_per_m2"),
            fn = Array.IndexOf(header, "function_type"), start = Array.IndexOf(header, "period_start");

        foreach (var (_, f) in rows)
        {
            var hf = source[f[rid]];
            Assert.Equal(hf[Array.IndexOf(hfHeader, f[mat])], f[kg]);
            Assert.Equal(hf[Array.IndexOf(hfHeader, "function_type")], f[fn]);
            Assert.Equal(hf[Array.IndexOf(hfHeader, "construction_period_start")], f[start]);
        }
        var ids = rows.Select(r => int.Parse(r.Fields[rid], CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        Assert.Equal([185, .. Enumerable.Range(779, 61)], ids);
    }

    [SkippableFact]
    public void RangesFile_Percentiles_MatchRasmiSheets()
    {
        var (header, rows) = SharedData.ReadEmbedded("rasmi-eu15.csv");
        int file = Array.IndexOf(header, "source_file"), index = Array.IndexOf(header, "source_index");

        foreach (var (_, f) in rows)
        {
            var (rHeader, rRows) = SharedData.ReadCsv($"material-intensity/rasmi/{f[file]}");
            var source = rRows.Single(r => r.Fields[0] == f[index]).Fields;
            foreach (var p in new[] { "p25", "p50", "p75" })
            {
                Assert.Equal(source[Array.IndexOf(rHeader, p[0] + "_" + p[1..])], f[Array.IndexOf(header, p)]);
            }
            Assert.Equal("OECD_EU15", source[Array.IndexOf(rHeader, "R5_32")]);
        }
        Assert.Equal(8 * 12, rows.Count);
    }

    [Fact]
    public void IntensityRecords_Loaded_UseKnownCategories()
    {
        var records = ReferenceCatalog.IntensityRecords;
        var ranges = ReferenceCatalog.IntensityRanges;

        Assert.True(records.Count > 150);
        Assert.Equal(62, records.Select(r => r.RecordId).Distinct().Count());
        Assert.All(records, r => Assert.True(ReferenceCatalog.CategoriesByKey.ContainsKey(r.CategoryKey)));
        Assert.All(ranges, r => Assert.True(r.P25KgPerM2 <= r.P50KgPerM2 && r.P50KgPerM2 <= r.P75KgPerM2));
    }
}
