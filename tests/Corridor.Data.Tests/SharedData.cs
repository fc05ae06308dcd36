using System.Text;
using Corridor.Data.ReferenceData;

namespace Corridor.Data.Tests;

/// <summary>The public source data sets in shared/data, which the product never reads at run time but the tests check against.</summary>
internal static class SharedData
{
    static readonly Lazy<string> root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"No shared/data beside or above {AppContext.BaseDirectory}; the source checks need it.");
    });

    public static string PathOf(params string[] parts) => Path.Combine([root.Value, .. parts]);

    /// <summary>Reads a source CSV; returns the header and the data records, each with its line number (header = 1).</summary>
    public static (string[] Header, List<(int Line, string[] Fields)> Rows) ReadCsv(string relativePath, Encoding? encoding = null)
    {
        using var reader = new StreamReader(PathOf(relativePath.Split('/')), encoding ?? Encoding.UTF8);
        var records = StrictCsv.Records(reader, relativePath).ToList();
        return (records[0], records.Skip(1).Select((r, i) => (i + 2, r)).ToList());
    }

    public static (string[] Header, List<(int Line, string[] Fields)> Rows) ReadEmbedded(string relativePath)
    {
        using var reader = new StreamReader(ReferenceCatalog.OpenResource(relativePath));
        var records = StrictCsv.Records(reader, relativePath).ToList();
        return (records[0], records.Skip(1).Select((r, i) => (i + 2, r)).ToList());
    }
}
