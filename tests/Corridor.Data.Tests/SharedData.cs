using System.Text;
using Corridor.Data.ReferenceData;
using Corridor.Tests.Shared;

namespace Corridor.Data.Tests;

/// <summary>
/// The public source data sets, which the product never reads at run time but the tests check against: shared/data
/// beside or above the clone, else the small copies in tests/data (TestData). A test that needs a set found in neither
/// is skipped with the reason (it must be a [SkippableFact]).
/// </summary>
internal static class SharedData
{
    public static string PathOf(string relativePath)
    {
        var path = TestData.Find(relativePath);
        Skip.If(path is null, TestData.MissingShared(relativePath));
        return path!;
    }

    /// <summary>Reads a source CSV; returns the header and the data records, each with its line number (header = 1).</summary>
    public static (string[] Header, List<(int Line, string[] Fields)> Rows) ReadCsv(string relativePath, Encoding? encoding = null)
    {
        using var reader = new StreamReader(PathOf(relativePath), encoding ?? Encoding.UTF8);
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
