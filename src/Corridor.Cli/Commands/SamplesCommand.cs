using System.CommandLine;
using Corridor.Data.Import;
using Corridor.Engine.Domain;

namespace Corridor.Cli.Commands;

/// <summary>
/// <c>corridor samples [--out DIR]</c>: writes the example import files (projects.csv, lots.csv, hubs.csv,
/// lots-with-errors.csv) dated from today, so that their windows never lie in the past (<see cref="SampleFiles"/>).
/// </summary>
internal static class SamplesCommand
{
    public static Command Build(CliContext cx)
    {
        var outPath = CliOptions.Text("--out", "DIR", "The folder to write into (created when missing; default: samples).");
        var command = new Command("samples",
            "Write the example import files, dated from today: projects.csv, lots.csv (their inventory), hubs.csv (the chain director's) and lots-with-errors.csv (typical mistakes).")
        {
            outPath,
        };
        command.SetAction((r, _) => Task.FromResult(Run(r.GetValue(outPath), cx)));
        return command;
    }

    public static int Run(string? outPath, CliContext cx)
    {
        var directory = string.IsNullOrWhiteSpace(outPath) ? "samples" : outPath;
        var today = CorridorClock.Today(cx.Time);
        IReadOnlyList<string> written;
        try
        {
            written = SampleFiles.Write(directory, today);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return cx.Fail($"corridor samples: cannot write into {directory}: {e.Message}");
        }
        foreach (var (path, sample) in written.Zip(SampleFiles.Names))
            cx.Out.WriteLine($"{path}  {SampleFiles.Get(sample, today).Description}");
        cx.Out.WriteLine($"dated from {today:yyyy-MM-dd}; import them with: corridor import {string.Join(' ', SampleFiles.ValidNames.Select(n => Path.Combine(directory, n)))}");
        return 0;
    }
}
