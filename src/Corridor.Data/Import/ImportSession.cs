using System.Globalization;
using Corridor.Engine.Domain;

namespace Corridor.Data.Import;

/// <summary>State shared by all files of one batch: the issue list with its cap, the categories, and the codes seen so far.</summary>
internal sealed class ImportSession
{
    internal const int MaxIssues = 1000;

    readonly Dictionary<string, Location> projectCodes = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, Location> lotCodes = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, Location> hubCodes = new(StringComparer.OrdinalIgnoreCase);
    int hiddenIssues;
    bool hiddenErrors;
    string? firstHiddenFile;

    public ImportSession(IReadOnlyList<MaterialCategory> categories, ImportLimits limits, TimeProvider time)
    {
        Categories = new CategoryCatalog(categories);
        Limits = limits;
        CurrentYear = time.GetUtcNow().Year;
    }

    public ImportBatch Batch { get; } = new();
    public CategoryCatalog Categories { get; }
    public ImportLimits Limits { get; }
    public int CurrentYear { get; }

    public void Add(ImportIssue issue)
    {
        if (Batch.Issues.Count < MaxIssues)
        {
            Batch.Issues.Add(issue);
            return;
        }
        hiddenIssues++;
        hiddenErrors |= issue.Severity == IssueSeverity.Error;
        firstHiddenFile ??= issue.File;
    }

    public void Error(string file, string? sheet, int? row, string? column, string? value, string message) =>
        Add(new ImportIssue(IssueSeverity.Error, file, sheet, row, column, value, message));

    public void Warning(string file, string? sheet, int? row, string? column, string? value, string message) =>
        Add(new ImportIssue(IssueSeverity.Warning, file, sheet, row, column, value, message));

    /// <summary>Appends the "and N more" issue when the cap was reached, and returns the batch.</summary>
    public ImportBatch Complete()
    {
        if (hiddenIssues > 0)
        {
            Batch.Issues.Add(new ImportIssue(hiddenErrors ? IssueSeverity.Error : IssueSeverity.Warning, firstHiddenFile ?? "", null, null, null, null,
                string.Create(CultureInfo.InvariantCulture,
                    $"and {hiddenIssues:N0} more {(hiddenIssues == 1 ? "issue" : "issues")} not listed; only the first {MaxIssues:N0} are shown. Fix these and import again.")));
            hiddenIssues = 0;
        }
        return Batch;
    }

    /// <summary>Registers a code; returns where it was first seen when it is a duplicate.</summary>
    public Location? ClaimProjectCode(string code, Location at) => Claim(projectCodes, code, at);
    public Location? ClaimLotCode(string projectCode, string lotCode, Location at) => Claim(lotCodes, projectCode + "\u001f" + lotCode, at);
    public Location? ClaimHubCode(string code, Location at) => Claim(hubCodes, code, at);

    static Location? Claim(Dictionary<string, Location> seen, string key, Location at)
    {
        if (seen.TryAdd(key, at)) return null;
        return seen[key];
    }

    public Snapshot Save() => new(Batch.Projects.Count, Batch.Lots.Count, Batch.Hubs.Count, Batch.Issues.Count, hiddenIssues, hiddenErrors, firstHiddenFile);

    /// <summary>Forgets everything one file added since <paramref name="snapshot"/>, so a rejected file leaves only its one error behind.</summary>
    public void Restore(Snapshot snapshot, string file)
    {
        Batch.Projects.RemoveRange(snapshot.Projects, Batch.Projects.Count - snapshot.Projects);
        Batch.Lots.RemoveRange(snapshot.Lots, Batch.Lots.Count - snapshot.Lots);
        Batch.Hubs.RemoveRange(snapshot.Hubs, Batch.Hubs.Count - snapshot.Hubs);
        Batch.Issues.RemoveRange(snapshot.Issues, Batch.Issues.Count - snapshot.Issues);
        (hiddenIssues, hiddenErrors, firstHiddenFile) = (snapshot.HiddenIssues, snapshot.HiddenErrors, snapshot.FirstHiddenFile);
        foreach (var seen in new[] { projectCodes, lotCodes, hubCodes })
        {
            foreach (var (key, location) in seen)
            {
                if (location.File == file) seen.Remove(key);
            }
        }
    }

    internal readonly record struct Snapshot(int Projects, int Lots, int Hubs, int Issues, int HiddenIssues, bool HiddenErrors, string? FirstHiddenFile);
}

/// <summary>Where a row sits: file, sheet (workbooks only) and spreadsheet row.</summary>
internal readonly record struct Location(string File, string? Sheet, int Row)
{
    /// <summary>"row 3", "row 3 of lots-2.csv" or "row 3 of sheet 'lots'", as seen from <paramref name="here"/>.</summary>
    public string DescribeFrom(Location here)
    {
        if (File != here.File) return Sheet is null ? $"row {Row} of {File}" : $"row {Row} of sheet '{Sheet}' in {File}";
        if (Sheet != here.Sheet) return $"row {Row} of sheet '{Sheet}'";
        return $"row {Row}";
    }
}
