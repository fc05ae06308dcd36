using Corridor.Data.Import;
using static Corridor.Data.Tests.Import.ImportFixtures;

namespace Corridor.Data.Tests.Import;

/// <summary>
/// The example files users copy (<c>corridor samples</c>, the import page's downloads; samples/README.md) must stay valid,
/// and the one with mistakes must show them.
/// </summary>
public sealed class SampleFileTests
{

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
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        var files = names.Select(n => (n, (Stream)new MemoryStream(SampleFiles.Get(n, today).Bytes))).ToList();
        try
        {
            return InventoryFileReader.Read(files, Categories, new ImportLimits(), Clock);
        }
        finally
        {
            foreach (var (_, stream) in files) stream.Dispose();
        }
    }

    [Fact]
    public void SamplesFolder_TellsHowToGenerateTheFiles()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "README.md"));
        Assert.Contains("corridor samples --out", readme, StringComparison.Ordinal);
        Assert.All(SampleFiles.Names, n => Assert.Contains(n, readme, StringComparison.Ordinal));
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
