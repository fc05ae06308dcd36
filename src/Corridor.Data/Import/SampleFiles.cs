using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Corridor.Data.ReferenceData;

namespace Corridor.Data.Import;

/// <summary>One example import file: its name, what it shows, and its content dated from a given day.</summary>
public sealed record SampleFile(string Name, string Description, string Content)
{
    /// <summary>The content as UTF-8 bytes, for a download.</summary>
    public byte[] Bytes => Encoding.UTF8.GetBytes(Content);
}

/// <summary>
/// The example import files users start from, in the import format (docs/import-formats.md), dated relative to today so
/// that they never lie in the past: <c>projects.csv</c> (five projects), <c>lots.csv</c> (the partners' inventory of those
/// projects: import it with or after projects.csv), <c>hubs.csv</c> (the chain director's hubs) and <c>lots-with-errors.csv</c>
/// (typical mistakes, each reported where it is). The shipped templates (ReferenceData/samples) are dated from
/// <see cref="AnchorDate"/>; every valid date is moved by whole months so that the anchor falls on the first day of the
/// month after today (as the demo corridor does), keeping every window's length and order. Their codes and organisation
/// names never collide with the demo corridor's (a test holds this), so importing them into the demo database neither
/// overwrites demo records nor is labelled demo.
/// </summary>
public static partial class SampleFiles
{
    const string Folder = "samples/";

    /// <summary>The earliest date in the templates (a hub's opening).</summary>
    public static DateOnly AnchorDate { get; } = new(2026, 1, 1);

    /// <summary>The valid samples, in the order they import: projects, then their lots, then hubs.</summary>
    public static IReadOnlyList<string> ValidNames { get; } = ["projects.csv", "lots.csv", "hubs.csv"];

    /// <summary>Every sample, the one with mistakes last.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ValidNames, "lots-with-errors.csv"];

    static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["projects.csv"] = "Five projects (demolition, renovation, new build) of five organisations.",
        ["lots.csv"] = "The partners' inventory: supply and demand lots of the projects in projects.csv (import it with or after that file).",
        ["hubs.csv"] = "The chain director's hubs, with what they accept and offer.",
        ["lots-with-errors.csv"] = "Typical mistakes; importing it is rejected with one message per mistake, naming its row and column.",
    };

    /// <summary>Whole months every template date moves for <paramref name="today"/>.</summary>
    public static int MonthsToShift(DateOnly today) =>
        (today.Year - AnchorDate.Year) * 12 + (today.Month - AnchorDate.Month) + 1;

    /// <summary>One sample dated from <paramref name="today"/>.</summary>
    /// <exception cref="ArgumentException">No sample has this name.</exception>
    public static SampleFile Get(string name, DateOnly today)
    {
        if (!Descriptions.TryGetValue(name, out var description))
            throw new ArgumentException($"There is no sample '{name}'; the samples are {string.Join(", ", Names)}.", nameof(name));
        using var reader = new StreamReader(ReferenceCatalog.OpenResource(Folder + name), Encoding.UTF8);
        return new SampleFile(name, description, Shift(reader.ReadToEnd(), MonthsToShift(today)));
    }

    /// <summary>Every sample dated from <paramref name="today"/>.</summary>
    public static IReadOnlyList<SampleFile> All(DateOnly today) => Names.Select(n => Get(n, today)).ToList();

    /// <summary>Writes every sample into <paramref name="directory"/> (created when missing); returns the paths written.</summary>
    public static IReadOnlyList<string> Write(string directory, DateOnly today)
    {
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var sample in All(today))
        {
            var path = Path.Combine(directory, sample.Name);
            File.WriteAllBytes(path, sample.Bytes);
            paths.Add(path);
        }
        return paths;
    }

    [GeneratedRegex(@"(?<![\d.-])(?:(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})|(?<d>\d{1,2})-(?<m>\d{1,2})-(?<y>\d{4}))(?![\d.-])")]
    private static partial Regex DatePattern();

    /// <summary>Moves every valid date (yyyy-mm-dd or dd-mm-yyyy, written back the same way) by <paramref name="months"/>; invalid ones stay as they are.</summary>
    internal static string Shift(string text, int months) => DatePattern().Replace(text, m =>
    {
        var (y, mo, d) = (int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return m.Value; // a deliberate mistake: keep it
        var shifted = new DateOnly(y, mo, d).AddMonths(months);
        return m.Value.IndexOf('-') == 4 // yyyy-mm-dd; otherwise dd-mm-yyyy
            ? shifted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : shifted.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
    });
}
