using System.Globalization;
using Corridor.Data.Import;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;

namespace Corridor.Data.Demo;

/// <summary>Reads the demo corridor's embedded CSV files into import rows. The files are ours, so any problem throws.</summary>
internal static class DemoFiles
{
    public const string Folder = "demo/amersfoort/";

    static readonly string[] ProjectHeader =
        ["code", "name", "kind", "latitude", "longitude", "start", "end", "status", "organisation", "address",
         "gross_floor_area_m2", "building_type", "year_built", "structure"];
    static readonly string[] HubHeader =
        ["code", "name", "latitude", "longitude", "storage_area_m2", "opens", "closes", "operator", "accepts", "services"];
    static readonly string[] LotHeader =
        ["project_code", "lot_code", "direction", "category", "quantity", "unit", "available_from", "available_to",
         "description", "mass_kg", "quality", "nl_sfb", "ewc", "price_eur"];

    static IReadOnlyList<StrictRow> Rows(string name, string[] header)
    {
        using var reader = new StreamReader(ReferenceCatalog.OpenResource(Folder + name));
        return StrictCsv.Read(reader, Folder + name, header);
    }

    public static IReadOnlyList<ProjectRow> Projects() => Rows("projects.csv", ProjectHeader).Select(r =>
    {
        var gfa = r.Optional("gross_floor_area_m2") is null ? (double?)null : r.Positive("gross_floor_area_m2");
        return new ProjectRow(r.File, null, r.Row,
            r.Text("code"), r.Text("name"),
            r.Parse("kind", t => Vocab.TryKind(t, out var k) ? k : throw new FormatException("unknown project kind.")),
            r.Number("latitude"), r.Number("longitude"),
            Date(r, "start"), Date(r, "end"),
            r.Optional("status") is null ? null : r.Parse("status", t => Vocab.TryEnum<ProjectStatus>(t, out var s) ? s : throw new FormatException("unknown status.")),
            r.Optional("organisation"), r.Optional("address"), gfa,
            r.Optional("building_type"), r.OptionalInt("year_built"), r.Optional("structure"));
    }).ToList();

    public static IReadOnlyList<HubRow> Hubs() => Rows("hubs.csv", HubHeader).Select(r => new HubRow(r.File, null, r.Row,
        r.Text("code"), r.Text("name"), r.Number("latitude"), r.Number("longitude"), r.Positive("storage_area_m2"),
        r.Optional("opens") is null ? null : Date(r, "opens"), r.Optional("closes") is null ? null : Date(r, "closes"),
        r.Optional("operator"), List(r.Raw("accepts")), List(r.Raw("services")))).ToList();

    public static IReadOnlyList<LotRow> Lots(string name, IReadOnlyDictionary<string, MaterialCategory> categories) =>
        Rows(name, LotHeader).Select(r =>
        {
            var key = r.Text("category");
            if (!categories.TryGetValue(key, out var category)) throw r.Error("category", "is not a key in categories.csv.");
            var quantity = r.Parse("quantity", t => Vocab.TryDecimal(t, out var q) && q > 0 ? q : throw new FormatException("must be a positive number."));
            var unit = r.Parse("unit", t => Vocab.TryUnit(t, out var u) ? u : throw new FormatException("unknown unit."));
            var given = r.Optional("mass_kg") is null ? (double?)null : r.Positive("mass_kg");
            var mass = LotMass.Resolve(quantity, unit, given, category) ?? throw r.Error("unit", "no mass can be derived: give mass_kg or use the category's unit.");
            return new LotRow(r.File, null, r.Row, r.Text("project_code"), r.Text("lot_code"),
                r.Parse("direction", t => Vocab.TryDirection(t, out var d) ? d : throw new FormatException("unknown direction.")),
                key, quantity, unit, Date(r, "available_from"), Date(r, "available_to"), r.Optional("description"),
                mass.MassKg, mass.IsEstimated,
                r.Optional("quality") is null ? null : r.Parse("quality", t => Vocab.TryEnum<QualityGrade>(t, out var g) ? g : throw new FormatException("quality must be A, B or C.")),
                r.Optional("nl_sfb"), r.Optional("ewc") is null ? null : r.Parse("ewc", EwcCode.Parse),
                r.Optional("price_eur") is null ? null : r.Parse("price_eur", t => decimal.Parse(t, CultureInfo.InvariantCulture)),
                null, null, null);
        }).ToList();

    static DateOnly Date(StrictRow r, string column) =>
        r.Parse(column, t => DateOnly.ParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    static IReadOnlyList<string> List(string text) =>
        text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
