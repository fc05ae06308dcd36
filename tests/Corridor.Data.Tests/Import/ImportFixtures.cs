using System.Text;
using Corridor.Data.Import;
using Corridor.Engine.Domain;

namespace Corridor.Data.Tests.Import;

/// <summary>Categories, valid rows and small file builders shared by the import tests.</summary>
internal static class ImportFixtures
{
    /// <summary>Six categories with the default units and typical masses of the shipped taxonomy.</summary>
    public static readonly IReadOnlyList<MaterialCategory> Categories =
    [
        Category("doors", QuantityUnit.Pcs, 25, "Doors (leaf, interior and exterior)", "Deuren (deurbladen)"),
        Category("bricks", QuantityUnit.Pcs, 1.9, "Clay bricks", "Bakstenen"),
        Category("steel_beams", QuantityUnit.M, 40, "Steel beams and columns", "Stalen liggers en kolommen"),
        Category("timber_beams", QuantityUnit.M3, 500, "Timber beams and joists", "Houten balken"),
        Category("window_frames", QuantityUnit.Pcs, 40, "Timber window frames", "Houten kozijnen"),
        Category("hollow_core_slabs", QuantityUnit.M2, 300, "Hollow-core floor slabs", "Kanaalplaatvloeren"),
    ];

    /// <summary>2026-05-01, so year_built may go up to 2031.</summary>
    public static readonly TimeProvider Clock = new FixedTime(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

    public static readonly (string Column, string Value)[] ValidProject =
    [
        ("code", "AMF-01"), ("name", "Sloop De Kei"), ("kind", "demolition"), ("latitude", "52.1561"), ("longitude", "5.3878"),
        ("start", "2026-03-01"), ("end", "2026-09-30"), ("status", "confirmed"), ("organisation", "Gemeente Amersfoort"),
        ("address", "Keistraat 1, Amersfoort"), ("gross_floor_area_m2", "4200"), ("building_type", "office"), ("year_built", "1975"),
        ("structure", "concrete frame"),
    ];

    public static readonly (string Column, string Value)[] ValidLot =
    [
        ("project_code", "AMF-01"), ("lot_code", "L-001"), ("direction", "supply"), ("category", "doors"), ("quantity", "40"),
        ("unit", "pcs"), ("available_from", "2026-03-01"), ("available_to", "2026-06-30"), ("description", "Oak interior doors"),
        ("mass_kg", ""), ("quality", "A"), ("nl_sfb", "32"), ("ewc", "17 02 01"), ("price_eur", "25"), ("length_m", "2.1"),
        ("width_m", "0.9"), ("height_m", "0.04"),
    ];

    public static readonly (string Column, string Value)[] ValidHub =
    [
        ("code", "HUB-AMF"), ("name", "Hub De Hoef"), ("latitude", "52.1702"), ("longitude", "5.4021"), ("storage_area_m2", "2500"),
        ("opens", "2026-01-01"), ("closes", "2030-12-31"), ("operator", "Circulair Bouwen BV"), ("accepts", "doors;bricks|steel_beams"),
        ("services", "storage; cleaning | certification"),
    ];

    /// <summary>A CSV of the header of <paramref name="valid"/> and one row per override set (each applied to <paramref name="valid"/>).</summary>
    public static string Csv((string Column, string Value)[] valid, params (string Column, string Value)[][] rows)
    {
        var text = new StringBuilder(string.Join(",", valid.Select(c => c.Column))).Append('\n');
        foreach (var overrides in rows.Length == 0 ? [[]] : rows)
        {
            var row = valid.Select(c => overrides.FirstOrDefault(o => o.Column == c.Column) is { Column: not null } o ? o.Value : c.Value);
            text.Append(string.Join(",", row.Select(Quote))).Append('\n');
        }
        return text.ToString();
    }

    public static ImportBatch ReadCsv(string fileName, string text, ImportLimits? limits = null) =>
        ReadBytes(fileName, Encoding.UTF8.GetBytes(text), limits);

    public static ImportBatch ReadBytes(string fileName, byte[] bytes, ImportLimits? limits = null) =>
        InventoryFileReader.Read(fileName, new MemoryStream(bytes), Categories, limits ?? new ImportLimits(), Clock);

    public static ImportBatch ReadLot(params (string Column, string Value)[] overrides) => ReadCsv("lots.csv", Csv(ValidLot, overrides));
    public static ImportBatch ReadProject(params (string Column, string Value)[] overrides) => ReadCsv("projects.csv", Csv(ValidProject, overrides));
    public static ImportBatch ReadHub(params (string Column, string Value)[] overrides) => ReadCsv("hubs.csv", Csv(ValidHub, overrides));

    public static byte[] Workbook(params XlsxSheet[] sheets)
    {
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, sheets);
        return stream.ToArray();
    }

    /// <summary>The one error of the batch; fails listing all issues when there is not exactly one.</summary>
    public static ImportIssue SingleError(ImportBatch batch)
    {
        var errors = batch.Errors.ToList();
        Assert.True(errors.Count == 1, $"expected one error, got {errors.Count}:\n{string.Join("\n", batch.Issues)}");
        return errors[0];
    }

    public static void AssertNoIssues(ImportBatch batch) => Assert.True(batch.Issues.Count == 0, string.Join("\n", batch.Issues));

    static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', ';']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    static MaterialCategory Category(string key, QuantityUnit unit, double kgPerUnit, string nameEn, string nameNl) =>
        new()
        {
            Key = key, NameEn = nameEn, NameNl = nameNl, DefaultUnit = unit, TypicalKgPerUnit = kgPerUnit,
            StorageM2PerTonne = 0.5, EmbodiedCo2eKgPerKg = 1.0, EmbodiedSource = "ICE v2.0 (test)",
            Ewc = EwcCode.Parse("17 09 04"), NlSfb = "", EndOfLifeRoute = "recycling", EndOfLifeCo2eKgPerKg = 0.01, Notes = "",
        };

    sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
