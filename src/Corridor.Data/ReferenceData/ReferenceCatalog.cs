using System.Text.RegularExpressions;
using Corridor.Engine.Domain;
using Corridor.Engine.Estimation;

namespace Corridor.Data.ReferenceData;

/// <summary>
/// The reference data the product ships as embedded CSV (see ReferenceData/SOURCES.md): the material taxonomy with
/// carbon factors, Dutch material intensities (Heeren &amp; Fishman) and RASMI ranges. Loaded once, validated row by row.
/// </summary>
public static partial class ReferenceCatalog
{
    const string ResourcePrefix = "Corridor.ReferenceData.";

    static readonly string[] CategoryHeader =
        ["key", "name_en", "name_nl", "default_unit", "typical_kg_per_unit", "storage_m2_per_tonne", "embodied_co2e_kg_per_kg",
         "embodied_source", "ewc", "nl_sfb", "end_of_life_route", "end_of_life_co2e_kg_per_kg", "notes", "name_de"];
    static readonly string[] IntensityHeader =
        ["record_id", "country", "use_class", "function_type", "building_type", "structure", "period_start", "period_end",
         "floor_area_type", "hf_material", "category_key", "kg_per_m2"];
    static readonly string[] RangeHeader =
        ["material", "category_key", "use_class", "structure", "region", "raw_hf_db_count", "incremented_count",
         "p0", "p5", "p25", "p50", "p75", "p95", "p100", "source_file", "source_index"];
    static readonly HashSet<string> Units = ["pcs", "m", "m2", "m3", "kg", "t"];

    static readonly Lazy<IReadOnlyList<MaterialCategory>> categories =
        new(() => Load("categories.csv", r => ParseCategories(r)));
    static readonly Lazy<IReadOnlyDictionary<string, MaterialCategory>> byKey =
        new(() => Categories.ToDictionary(c => c.Key, StringComparer.Ordinal));
    static readonly Lazy<IReadOnlyList<IntensityRecord>> records =
        new(() => Load("material-intensity-nl.csv", r => ParseIntensityRecords(r, CategoriesByKey)));
    static readonly Lazy<IReadOnlyList<IntensityRange>> ranges =
        new(() => Load("rasmi-eu15.csv", r => ParseIntensityRanges(r, CategoriesByKey)));

    /// <summary>The material taxonomy, in file order.</summary>
    public static IReadOnlyList<MaterialCategory> Categories => categories.Value;

    /// <summary>The shipped categories by key.</summary>
    public static IReadOnlyDictionary<string, MaterialCategory> CategoriesByKey => byKey.Value;

    /// <summary>Dutch surveyed buildings, one entry per building × mapped material (Heeren &amp; Fishman ids 185, 779–839).</summary>
    public static IReadOnlyList<IntensityRecord> IntensityRecords => records.Value;

    /// <summary>RASMI p25/p50/p75 kg/m² for OECD_EU15 by use class and structure, the estimator's fallback.</summary>
    public static IReadOnlyList<IntensityRange> IntensityRanges => ranges.Value;

    /// <summary>
    /// Estimator options that fit these data: the Dutch records (Sprecher et al.) book "concrete and brickwork" in the
    /// concrete column, which maps to crushed_concrete_aggregate, so a brick figure from the RASMI fallback is taken off it.
    /// </summary>
    public static EstimatorOptions EstimatorOptions { get; } = new()
    {
        ContainedIn = new Dictionary<string, string>(StringComparer.Ordinal) { ["bricks"] = "crushed_concrete_aggregate" },
    };

    /// <summary>Paths of the embedded files relative to ReferenceData, with '/' separators (e.g. <c>demo/amersfoort/hubs.csv</c>).</summary>
    public static IReadOnlyList<string> ResourcePaths() =>
        typeof(ReferenceCatalog).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..].Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Opens an embedded reference file by its path relative to ReferenceData.</summary>
    /// <exception cref="FileNotFoundException">No such embedded file.</exception>
    public static Stream OpenResource(string relativePath)
    {
        var assembly = typeof(ReferenceCatalog).Assembly;
        var wanted = relativePath.Replace('\\', '/');
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n[ResourcePrefix.Length..].Replace('\\', '/') == wanted);
        return name is not null && assembly.GetManifestResourceStream(name) is { } stream
            ? stream
            : throw new FileNotFoundException($"No embedded reference file '{relativePath}'.", relativePath);
    }

    static T Load<T>(string path, Func<TextReader, T> parse)
    {
        using var reader = new StreamReader(OpenResource(path));
        return parse(reader);
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^\d{2}(\.\d)?$")]
    private static partial Regex NlSfbPattern();

    internal static IReadOnlyList<MaterialCategory> ParseCategories(TextReader reader, string fileName = "categories.csv")
    {
        var result = new List<MaterialCategory>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in StrictCsv.Read(reader, fileName, CategoryHeader))
        {
            var key = row.Text("key");
            if (!KeyPattern().IsMatch(key)) throw row.Error("key", "must be lowercase snake_case.");
            if (!seen.Add(key)) throw row.Error("key", "appears twice.");
            var unitText = row.Text("default_unit");
            if (!Units.Contains(unitText) || !Vocab.TryUnit(unitText, out var unit)) throw row.Error("default_unit", "must be one of pcs, m, m2, m3, kg, t.");
            var kgPerUnit = row.Positive("typical_kg_per_unit");
            if ((unit == QuantityUnit.Kg && kgPerUnit != 1) || (unit == QuantityUnit.T && kgPerUnit != Mass.KgPerTonne))
            {
                throw row.Error("typical_kg_per_unit", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"must be 1 for kg and {Mass.KgPerTonne} for t."));
            }
            var source = row.Text("embodied_source");
            if (!source.StartsWith("ICE v2.0 ", StringComparison.Ordinal)) throw row.Error("embodied_source", "must name an ICE v2.0 row.");
            var ewc = row.Parse("ewc", EwcCode.Parse);
            if (ewc.Chapter != 17) throw row.Error("ewc", "must be a chapter 17 (construction and demolition) code.");
            var nlSfb = row.Text("nl_sfb");
            if (!NlSfbPattern().IsMatch(nlSfb)) throw row.Error("nl_sfb", "must be a two-digit NL-SfB element code.");
            var route = row.Text("end_of_life_route");
            if (route is not ("recycle" or "dispose")) throw row.Error("end_of_life_route", "must be recycle or dispose.");
            result.Add(new MaterialCategory
            {
                Key = key,
                NameEn = row.Text("name_en"),
                NameNl = row.Text("name_nl"),
                NameDe = row.Optional("name_de"),
                DefaultUnit = unit,
                TypicalKgPerUnit = kgPerUnit,
                StorageM2PerTonne = row.Positive("storage_m2_per_tonne"),
                EmbodiedCo2eKgPerKg = row.Positive("embodied_co2e_kg_per_kg"),
                EmbodiedSource = source,
                Ewc = ewc,
                NlSfb = nlSfb,
                EndOfLifeRoute = route,
                EndOfLifeCo2eKgPerKg = row.Number("end_of_life_co2e_kg_per_kg"),
                Notes = row.Raw("notes").Trim(),
            });
        }
        return result;
    }

    internal static IReadOnlyList<IntensityRecord> ParseIntensityRecords(
        TextReader reader, IReadOnlyDictionary<string, MaterialCategory> known, string fileName = "material-intensity-nl.csv")
    {
        var result = new List<IntensityRecord>();
        foreach (var row in StrictCsv.Read(reader, fileName, IntensityHeader))
        {
            var kgPerM2 = row.Number("kg_per_m2", min: 0);
            // Materials with no category of ours (e.g. "other_unspecified_material") are kept in the file for completeness only.
            if (row.Optional("category_key") is not { } key) continue;
            if (!known.ContainsKey(key)) throw row.Error("category_key", "is not a key in categories.csv.");
            var start = row.OptionalInt("period_start");
            var end = row.OptionalInt("period_end");
            var year = start is { } s && end is { } e ? (s + e) / 2 : start;
            result.Add(new IntensityRecord(
                row.Text("record_id"), row.Parse("use_class", BuildingClass.ParseUseCode), row.Text("function_type"),
                row.Parse("structure", BuildingClass.ParseStructureCode), year, key, kgPerM2));
        }
        return result;
    }

    internal static IReadOnlyList<IntensityRange> ParseIntensityRanges(
        TextReader reader, IReadOnlyDictionary<string, MaterialCategory> known, string fileName = "rasmi-eu15.csv")
    {
        var result = new List<IntensityRange>();
        foreach (var row in StrictCsv.Read(reader, fileName, RangeHeader))
        {
            var key = row.Text("category_key");
            if (!known.ContainsKey(key)) throw row.Error("category_key", "is not a key in categories.csv.");
            double p25 = row.Number("p25", min: 0), p50 = row.Number("p50", min: 0), p75 = row.Number("p75", min: 0);
            if (!(p25 <= p50 && p50 <= p75)) throw row.Error("p50", "percentiles must satisfy p25 <= p50 <= p75.");
            var use = row.Text("use_class");
            var structure = row.Text("structure");
            var region = row.Text("region");
            result.Add(new IntensityRange(key, row.Parse("use_class", BuildingClass.ParseUseCode), row.Parse("structure", BuildingClass.ParseStructureCode),
                region, p25, p50, p75,
                $"RASMI {row.Text("material")} {use}/{structure}/{region} ({row.Text("source_file")} index {row.Text("source_index")})"));
        }
        return result;
    }
}
