using System.Text;
using Corridor.Data.Passports;
using Corridor.Documents;
using Corridor.Documents.Localization;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Cli.Commands;

/// <summary>
/// <c>corridor passport --lot PROJECT/LOT | --project CODE [--format json|html] [--culture nl|en|de] [--out PATH]</c> writes a
/// material passport (stdout without --out; HTML in the --culture's language, default English); <c>corridor passport import FILE [--dry-run]</c> imports one, all or nothing.
/// </summary>
public static class PassportCommand
{
    public static async Task<int> RunAsync(CliArgs args, CliContext cx)
    {
        if (args.Positional.FirstOrDefault() == "import") return await ImportAsync(args, cx);
        if (args.Positional.Count > 0) return cx.Usage($"corridor passport: unknown argument '{args.Positional[0]}'; use --lot, --project or 'import FILE'");
        var format = (args.Option("--format") ?? "json").ToLowerInvariant();
        if (format is not ("json" or "html")) return cx.Usage("corridor passport: --format must be json or html");
        var culture = DocumentText.Find(args.Option("--culture") ?? "en");
        if (culture is null) return cx.Usage("corridor passport: --culture must be nl, en or de");
        var lotText = args.Option("--lot");
        var projectCode = args.Option("--project");
        if ((lotText is null) == (projectCode is null)) return cx.Usage("corridor passport: give either --lot PROJECT/LOT or --project CODE");

        await using var db = await CliDatabase.OpenAsync(args, cx.Time, cx.Ct);
        var (corridor, error) = await CliDatabase.ResolveCorridorAsync(db, args, cx.Time, createIfNone: false, cx.Ct);
        if (corridor is null) return cx.Fail($"corridor passport: {error}");
        var now = cx.Time.GetUtcNow().UtcDateTime;
        PassportDocument? doc;
        if (lotText is not null)
        {
            var parts = lotText.Split('/', 2);
            if (parts.Length != 2) return cx.Usage("corridor passport: --lot is PROJECT/LOT, e.g. SLOOP-1/DEUREN");
            var lotId = await db.Lots.Where(l => l.CorridorId == corridor.Id && l.Project!.Code == parts[0] && l.Code == parts[1])
                .Select(l => (int?)l.Id).FirstOrDefaultAsync(cx.Ct);
            if (lotId is null) return cx.Fail($"corridor passport: no lot '{lotText}' in corridor '{corridor.Code}'.");
            doc = await PassportBuilder.ForLotAsync(db, corridor.Id, lotId.Value, now, cx.Ct);
        }
        else
        {
            var projectId = await db.Projects.Where(p => p.CorridorId == corridor.Id && p.Code == projectCode)
                .Select(p => (int?)p.Id).FirstOrDefaultAsync(cx.Ct);
            if (projectId is null) return cx.Fail($"corridor passport: no project '{projectCode}' in corridor '{corridor.Code}'.");
            doc = await PassportBuilder.ForProjectAsync(db, corridor.Id, projectId.Value, now, cx.Ct);
        }

        var text = format == "html" ? await DocumentRenderer.RenderPassportAsync(doc!, culture) : PassportJson.Serialize(doc!) + "\n";
        if (args.Option("--out") is { } path)
        {
            await File.WriteAllTextAsync(path, text, new UTF8Encoding(false), cx.Ct);
            await cx.Err.WriteLineAsync($"wrote {path} ({doc!.Totals.Products} lots)");
        }
        else await cx.Out.WriteAsync(text);
        return 0;
    }

    static async Task<int> ImportAsync(CliArgs args, CliContext cx)
    {
        if (args.Positional.Count != 2) return cx.Usage("corridor passport import needs one file: corridor passport import passport.json");
        var path = args.Positional[1];
        if (!File.Exists(path)) return cx.Fail($"corridor passport import: file not found: {path}");

        await using var db = await CliDatabase.OpenAsync(args, cx.Time, cx.Ct);
        var (corridor, error) = await CliDatabase.ResolveCorridorAsync(db, args, cx.Time, createIfNone: true, cx.Ct);
        if (corridor is null) return cx.Fail($"corridor passport import: {error}");
        PassportImportResult result;
        await using (var file = File.OpenRead(path))
        {
            var (doc, readErrors) = await PassportImport.ReadAsync(file, cx.Ct);
            result = doc is null
                ? new PassportImportResult(false, false, null, false, [], readErrors)
                : await PassportImport.ApplyAsync(db, corridor.Id, doc, cx.Time.GetUtcNow().UtcDateTime, args.Has("--dry-run"), cx.Ct);
        }
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) await cx.Err.WriteLineAsync($"error: {path}: {e}");
            return cx.Fail($"corridor passport import: rejected with {result.Errors.Count} error(s); nothing was written.");
        }
        await cx.Out.WriteLineAsync($"{(result.IsDryRun ? "checked (dry run, nothing written)" : "imported")} into corridor '{corridor.Code}': " +
                                    $"project {result.ProjectCode}{(result.ProjectCreated ? " (new)" : "")}, {result.Lots.Count} lots: {string.Join(", ", result.Lots)}");
        return 0;
    }
}
