using Corridor.Data.Import;
using static Corridor.Data.Tests.Import.ImportFixtures;

namespace Corridor.Data.Tests.Import;

/// <summary>The example files in samples/ that users copy must stay valid, and the one with mistakes must show them.</summary>
public sealed class SampleFileTests
{
    static readonly string Samples = Path.Combine(RepositoryRoot(), "samples");

    [Fact]
    public void Read_ValidSamples_HaveNoIssues()
    {
        var batch = ReadSamples("projects.csv", "lots.csv", "hubs.csv");

        AssertNoIssues(batch);
        Assert.Equal((5, 10, 2), (batch.Projects.Count, batch.Lots.Count, batch.Hubs.Count));
        Assert.All(batch.Lots, l => Assert.Contains(batch.Projects, p => p.Code == l.ProjectCode));
    }

    [Fact]
    public void Read_SampleWithErrors_ReportsEachMistakeWhereItIs()
    {
        var batch = ReadSamples("lots-with-errors.csv");

        Assert.Equal(
        [
            (3, "category"), (4, "direction"), (5, "quantity"), (6, "quantity"), (7, "mass_kg"), (8, "unit"), (9, "available_from"),
            (10, "available_to"), (11, "quality"), (11, "ewc"), (12, "mass_kg"), (12, "price_eur"), (13, "lot_code"),
        ], batch.Errors.Select(e => (e.Row!.Value, e.Column!)));
        Assert.Equal("colour", Assert.Single(batch.Warnings).Column);
        Assert.Equal("D-01", Assert.Single(batch.Lots).LotCode);
    }

    static ImportBatch ReadSamples(params string[] names)
    {
        var files = names.Select(n => (n, (Stream)File.OpenRead(Path.Combine(Samples, n)))).ToList();
        try
        {
            return InventoryFileReader.Read(files, Categories, new ImportLimits(), Clock);
        }
        finally
        {
            foreach (var (_, stream) in files) stream.Dispose();
        }
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corridor.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("Corridor.slnx not found above " + AppContext.BaseDirectory);
    }
}
