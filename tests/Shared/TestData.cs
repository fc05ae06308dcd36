namespace Corridor.Tests.Shared;

/// <summary>
/// Where the tests find public data files: first the project's full shared data (<c>shared/data</c> beside or above the
/// clone, as in CI, or the folder CORRIDOR_SHARED_DATA names; CORRIDOR_SHARED_DATA=none ignores it), then the small
/// copies checked into <c>tests/data</c> (each folder with a SOURCE.txt).
/// </summary>
internal static class TestData
{
    static readonly Lazy<string?> shared = new(() =>
        Environment.GetEnvironmentVariable("CORRIDOR_SHARED_DATA") is { Length: > 0 } chosen
            ? (chosen == "none" ? null : chosen) // "none" runs the tests as on a clone without shared/data
            : Above(dir => Path.Combine(dir, "shared", "data"), Directory.Exists));
    static readonly Lazy<string?> repository = new(() => Above(dir => dir, dir => File.Exists(Path.Combine(dir, "Corridor.slnx"))));

    /// <summary>The full shared data folder, or null on a clone without it.</summary>
    public static string? SharedRoot => shared.Value;

    /// <summary>The repository's own test data (tests/data).</summary>
    public static string RepositoryRoot => Path.Combine(
        repository.Value ?? throw new DirectoryNotFoundException($"No Corridor.slnx above {AppContext.BaseDirectory}."), "tests", "data");

    /// <summary>Why a test that needs the full shared data was skipped.</summary>
    public static string MissingShared(string relativePath) =>
        $"needs shared/data/{relativePath} (the project's public data sets beside or above the clone, as in CI); " +
        $"not found above {AppContext.BaseDirectory}, and tests/data has no copy.";

    /// <summary>
    /// The file or folder <paramref name="relativePath"/> (slash-separated, e.g. "mcf-dimacs/netgen_8_08a.min") in
    /// shared/data, else in tests/data; null when neither has it.
    /// </summary>
    public static string? Find(string relativePath)
    {
        foreach (var root in new[] { SharedRoot, RepositoryRoot })
        {
            if (root is null) continue;
            var path = Path.Combine([root, .. relativePath.Split('/')]);
            if (File.Exists(path) || Directory.Exists(path)) return path;
        }
        return null;
    }

    static string? Above(Func<string, string> candidate, Func<string, bool> exists)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = candidate(dir.FullName);
            if (exists(path)) return path;
        }
        return null;
    }
}
