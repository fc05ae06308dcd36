namespace Corridor.Data.Tests.Impact;

/// <summary>Files of this repository (docs) that tests compare with what the code produces.</summary>
internal static class RepositoryFiles
{
    public static string PathOf(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corridor.slnx"))) return Path.Combine([dir.FullName, .. parts]);
        }
        throw new DirectoryNotFoundException($"No Corridor.slnx above {AppContext.BaseDirectory}.");
    }
}
