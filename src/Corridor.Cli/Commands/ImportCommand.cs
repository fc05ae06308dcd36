using System.CommandLine;
using Corridor.Data.Import;
using Corridor.Data.Inventory;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;
using Spectre.Console;

namespace Corridor.Cli.Commands;

/// <summary><c>corridor import FILE... [--dry-run]</c>: all or nothing; every error is listed with file, row and column.</summary>
internal static class ImportCommand
{
    public static Command Build(CliContext cx)
    {
        var files = CliOptions.RejectOptions(new Argument<string[]>("FILE")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "CSV files (projects, lots, hubs; comma or semicolon separated) or an XLSX workbook with those sheets.",
        });
        var dryRun = CliOptions.DryRun("Check the files only; nothing is written.");
        var command = new Command("import", "Import projects, lots and hubs from CSV or XLSX; all or nothing (exit 1 and nothing written when any row is bad).")
        {
            files, dryRun,
        };
        var target = CliOptions.AddTarget(command);
        command.SetAction((r, _) => RunAsync(r.GetValue(files) ?? [], r.GetValue(dryRun), CliTarget.From(r, target), cx));
        return command;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> files, bool dryRun, CliTarget target, CliContext cx)
    {
        if (files.Count == 0) return cx.Usage("import needs one or more files: corridor import projects.csv lots.csv hubs.csv (or a .xlsx workbook)");
        foreach (var file in files.Where(f => !File.Exists(f)))
            return cx.Fail($"corridor import: file not found: {file}");

        await using var db = await CliDatabase.OpenAsync(target, cx.Time, cx.Ct);
        var (corridor, error) = await CliDatabase.ResolveCorridorAsync(db, target, cx.Time, createIfNone: true, cx.Ct);
        if (corridor is null) return cx.Fail($"corridor import: {error}");

        var streams = files.Select(f => new ImportFile(Path.GetFileName(f), File.OpenRead(f))).ToList();
        try
        {
            ImportOutcome outcome = null!;
            await cx.Console.Progress().AutoClear(true).HideCompleted(true).StartAsync(async ctx =>
            {
                var task = ctx.AddTask("importing", maxValue: 1);
                var progress = new Progress<ImportProgress>(p =>
                {
                    task.Description = p.Stage;
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                outcome = await InventoryImport.RunAsync(db, corridor.Id, streams, new CategoryIndex(ReferenceCatalog.Categories),
                    dryRun: dryRun, progress: progress, ct: cx.Ct);
            });

            foreach (var w in outcome.Warnings) await cx.Err.WriteLineAsync($"warning: {w}");
            if (!outcome.Succeeded)
            {
                foreach (var e in outcome.Errors) await cx.Err.WriteLineAsync($"error: {e}");
                await cx.Err.WriteLineAsync($"corridor import: rejected with {outcome.Errors.Count} error(s); nothing was written.");
                return 1;
            }
            var s = outcome.Summary!;
            var verb = outcome.IsDryRun ? "checked (dry run, nothing written)" : "imported";
            await cx.Out.WriteLineAsync($"{verb} into corridor '{corridor.Code}':");
            await cx.Out.WriteLineAsync($"  projects: {s.Projects.Created} new, {s.Projects.Updated} updated, {s.Projects.Unchanged} unchanged");
            await cx.Out.WriteLineAsync($"  lots:     {s.Lots.Created} new, {s.Lots.Updated} updated, {s.Lots.Unchanged} unchanged");
            await cx.Out.WriteLineAsync($"  hubs:     {s.Hubs.Created} new, {s.Hubs.Updated} updated, {s.Hubs.Unchanged} unchanged");
            if (s.OrganisationsCreated > 0) await cx.Out.WriteLineAsync($"  organisations: {s.OrganisationsCreated} new");
            return 0;
        }
        catch (ImportBusyException busy)
        {
            return cx.Fail($"corridor import: {busy.Message}");
        }
        finally
        {
            foreach (var f in streams) await f.Content.DisposeAsync();
        }
    }
}
