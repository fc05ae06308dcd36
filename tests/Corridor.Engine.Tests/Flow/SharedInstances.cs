using System.Globalization;
using System.Text.RegularExpressions;
using Corridor.Tests.Shared;

namespace Corridor.Engine.Tests.Flow;

/// <summary>
/// The shared DIMACS min-cost-flow instances (shared/data/mcf-dimacs beside or above the repository; on a clone
/// without it, the two open instances copied into tests/data/mcf-dimacs) and their optimal costs, taken from the table
/// in SOURCE.txt and from the <c>s COST</c> line of each .sol file.
/// </summary>
internal static partial class SharedInstances
{
    static readonly Lazy<string> Folder = new(Locate);

    public static string Directory => Folder.Value;

    /// <summary>Whether these are all the shared instances (shared/data), not only the copies in tests/data.</summary>
    public static bool IsFullSet => TestData.SharedRoot is { } root && System.IO.Directory.Exists(Path.Combine(root, "mcf-dimacs"));

    /// <summary>Skips a test that needs every shared instance when only the tests/data copies are at hand.</summary>
    public static void RequireFullSet() => Skip.IfNot(IsFullSet, TestData.MissingShared("mcf-dimacs"));

    public static TheoryData<string> Names()
    {
        var names = System.IO.Directory.GetFiles(Directory, "*.min").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var data = new TheoryData<string>();
        foreach (var name in names) data.Add(name!);
        return data;
    }

    public static string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>Every optimal cost listed for <paramref name="name"/>: the SOURCE.txt row and the .sol file, where present.</summary>
    public static IReadOnlyList<long> ListedCosts(string name)
    {
        var costs = new List<long>();
        foreach (var line in File.ReadLines(Path.Combine(Directory, "SOURCE.txt")))
        {
            var row = TableRow().Match(line);
            if (row.Success && row.Groups["name"].Value == name)
                costs.Add(long.Parse(row.Groups["cost"].Value, CultureInfo.InvariantCulture));
        }
        var sol = Path.ChangeExtension(PathOf(name), ".sol");
        if (File.Exists(sol))
        {
            var s = File.ReadLines(sol).First(l => l.StartsWith("s ", StringComparison.Ordinal));
            costs.Add(long.Parse(s.AsSpan(2).Trim(), CultureInfo.InvariantCulture));
        }
        return costs;
    }

    static string Locate() =>
        TestData.Find("mcf-dimacs") ?? throw new DirectoryNotFoundException(
            $"mcf-dimacs is neither in shared/data beside or above {AppContext.BaseDirectory} nor in the repository's tests/data.");

    // e.g. "  netgen_8_08a.min            256    2048   142274536"
    [GeneratedRegex(@"^\s+(?<name>\S+\.min)\s+\d+\s+\d+\s+(?<cost>-?\d+)")]
    private static partial Regex TableRow();
}
