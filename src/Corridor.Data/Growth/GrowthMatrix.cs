using Corridor.Data.ReferenceData;

namespace Corridor.Data.Growth;

/// <summary>One cell of the growth model: an element at a level, named and described in English and Dutch (and German when the file has it).</summary>
public sealed record GrowthCell(GrowthElement Element, int Level, string LevelEn, string LevelNl, string DescriptionEn, string DescriptionNl,
    string? LevelDe = null, string? DescriptionDe = null);

/// <summary>
/// The growth model (5 elements × 5 levels) from the embedded ReferenceData/growth-model.csv; see SOURCES.md there for
/// where the names come from and which texts are ours.
/// </summary>
public static class GrowthMatrix
{
    /// <summary>The shipped file with the growth model's cells.</summary>
    public const string File = "growth-model.csv";

    static readonly string[] Header = ["element", "level", "level_en", "level_nl", "description_en", "description_nl", "level_de", "description_de"];

    static readonly Lazy<IReadOnlyList<GrowthCell>> cells = new(() =>
    {
        using var reader = new StreamReader(ReferenceCatalog.OpenResource(File));
        return Parse(reader);
    });

    /// <summary>Every cell of the model: element × level with its description.</summary>
    public static IReadOnlyList<GrowthCell> Cells => cells.Value;

    /// <summary>The model's elements in order.</summary>
    public static IReadOnlyList<GrowthElement> Elements { get; } = Enum.GetValues<GrowthElement>();

    /// <summary>The cell of one element at one level.</summary>
    public static GrowthCell Cell(GrowthElement element, int level) => Cells.Single(c => c.Element == element && c.Level == level);

    /// <summary>The file's key of an element (material_inventory, …); also its JSON name.</summary>
    public static string Key(GrowthElement element) => Corridor.Data.CorridorDb.SnakeCase(element.ToString());

    internal static IReadOnlyList<GrowthCell> Parse(TextReader reader)
    {
        var byKey = Elements.ToDictionary(Key, e => e, StringComparer.Ordinal);
        var result = StrictCsv.Read(reader, File, Header).Select(r => new GrowthCell(
            r.Parse("element", v => byKey.TryGetValue(v, out var e) ? e : throw new FormatException($"unknown element '{v}'")),
            r.Parse("level", v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) is var l and >= 1 and <= 5 ? l : throw new FormatException("level must be 1–5")),
            r.Text("level_en"), r.Text("level_nl"), r.Text("description_en"), r.Text("description_nl"),
            r.Optional("level_de"), r.Optional("description_de"))).ToList();
        foreach (var e in Elements)
            for (var level = 1; level <= 5; level++)
                if (result.Count(c => c.Element == e && c.Level == level) != 1)
                    throw new InvalidDataException($"{File}: element {Key(e)} level {level} must appear exactly once.");
        return result;
    }
}
