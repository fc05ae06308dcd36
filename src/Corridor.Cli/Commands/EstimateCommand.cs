using System.CommandLine;
using System.Globalization;
using Corridor.Data.Impact;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Estimation;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Corridor.Cli.Commands;

/// <summary>
/// <c>corridor estimate --project CODE [--dry-run]</c> estimates a donor building's inventory and stores it as estimated
/// lots (through the import, all or nothing); <c>corridor estimate --type T --gfa M2 [--year Y] [--structure S] [--lat --lon]</c>
/// estimates a building from its facts alone. With --project, the facts given override the project's.
/// </summary>
internal static class EstimateCommand
{
    public static Command Build(CliContext cx)
    {
        var command = new Command("estimate",
            "Estimate a building's inventory: --project CODE stores it as estimated lots of that donor project; " +
            "--type T --gfa M2 [--year Y] [--structure S] estimates from the facts alone (nothing stored).");
        var options = new TextOptions(command)
            .Add("--project", "CODE", "The donor project to estimate; its lots are stored as estimated (the facts given override the project's).")
            .Add("--type", "T", "Building type, e.g. rijwoning, office.")
            .Add("--gfa", "M2", "Gross floor area in m².")
            .Add("--year", "Y", "Year built.")
            .Add("--structure", "S", "Structure (load-bearing system).")
            .Add("--lat", "L", "Latitude in degrees (region of the comparable buildings).")
            .Add("--lon", "L", "Longitude in degrees.");
        var dryRun = CliOptions.DryRun("With --project: estimate only; nothing is written.");
        command.Add(dryRun);
        var target = CliOptions.AddTarget(command);
        command.SetAction((r, _) => RunAsync(options.Values(r), r.GetValue(dryRun), CliTarget.From(r, target), cx));
        return command;
    }

    /// <summary>Runs <c>corridor estimate</c>; <paramref name="option"/> gives each option's text (null when absent).</summary>
    public static async Task<int> RunAsync(Func<string, string?> option, bool dryRun, CliTarget target, CliContext cx)
    {
        ArgumentNullException.ThrowIfNull(option);
        int? year = null;
        double? gfa = null, lat = null, lon = null;
        if (option("--year") is { } y && !TryInt(y, out year)) return cx.Usage("corridor estimate: --year must be a whole year, e.g. 1972");
        if (option("--gfa") is { } g && !TryNumber(g, out gfa)) return cx.Usage("corridor estimate: --gfa must be a number of m², e.g. 4200");
        if (option("--lat") is { } la && !TryNumber(la, out lat)) return cx.Usage("corridor estimate: --lat must be a latitude in degrees");
        if (option("--lon") is { } lo && !TryNumber(lo, out lon)) return cx.Usage("corridor estimate: --lon must be a longitude in degrees");
        var facts = new BuildingFactsRequest(option("--type"), year, option("--structure"), gfa, lat, lon);
        var code = option("--project");

        if (code is null)
        {
            if (facts.BuildingType is null && facts.GrossFloorAreaM2 is null)
                return cx.Usage("corridor estimate: give --project CODE, or the building's facts: --type TYPE --gfa M2 [--year Y] [--structure S]");
            var (checkedFacts, errors) = InventoryEstimates.Facts(facts);
            if (checkedFacts is null) return Invalid(cx, errors);
            Print(cx, InventoryEstimates.FromFacts(checkedFacts), null);
            return 0;
        }

        await using var db = await CliDatabase.OpenAsync(target, cx.Time, cx.Ct);
        var (corridor, error) = await CliDatabase.ResolveCorridorAsync(db, target, cx.Time, createIfNone: false, cx.Ct);
        if (corridor is null) return cx.Fail($"corridor estimate: {error}");
        var project = await db.Projects.Where(p => p.CorridorId == corridor.Id && p.Code == code).Select(p => (int?)p.Id).FirstOrDefaultAsync(cx.Ct);
        if (project is null) return cx.Fail($"corridor estimate: no project with code '{code}' in corridor '{corridor.Code}'.");

        var result = (await InventoryEstimates.ForProjectAsync(db, corridor.Id, project.Value, facts, dryRun, cx.Ct))!.Value;
        if (result.Outcome is null)
        {
            foreach (var (field, message) in result.Errors) await cx.Err.WriteLineAsync($"error: {Option(field)}: {message}");
            return cx.Fail($"corridor estimate: project {code} cannot be estimated; nothing was written.");
        }
        Print(cx, result.Outcome, code);
        return 0;
    }

    static int Invalid(CliContext cx, Dictionary<string, string> errors)
    {
        foreach (var (field, message) in errors) cx.Err.WriteLine($"error: {Option(field)}: {message}");
        return cx.Usage("corridor estimate: the building's facts are not usable; nothing was estimated.");
    }

    static void Print(CliContext cx, EstimateOutcome o, string? project)
    {
        var f = o.Estimate.Facts;
        cx.Out.WriteLine($"Estimate ({o.Estimate.Method}) of {(project is null ? "a building" : "project " + project)}: " +
                         $"{f.FunctionType ?? BuildingClass.UseCode(f.Use)}, structure {BuildingClass.StructureCode(f.Structure)}, " +
                         $"built {f.YearBuilt?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}, {N(f.GrossFloorAreaM2)} m² GFA, region {o.Region}");
        cx.Out.WriteLine($"Comparable buildings: {o.Estimate.Selection}");
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns("category", "p25 kg", "p50 kg", "p75 kg", "basis", "lot", "quality");
        var lots = o.Lots.ToDictionary(l => l.Category);
        foreach (var c in o.Estimate.Categories)
        {
            lots.TryGetValue(c.CategoryKey, out var lot);
            table.AddRow(Markup.Escape(ReferenceCatalog.CategoriesByKey[c.CategoryKey].NameEn), N(c.P25Kg), N(c.P50Kg), N(c.P75Kg),
                c.Basis == EstimateBasis.Records ? $"{c.RecordIds.Count} records" : "RASMI range",
                lot is null ? $"(under {N(InventoryEstimates.MinLotMassKg)} kg)" : Markup.Escape(lot.LotCode), lot?.Quality.ToString() ?? "");
        }
        cx.Stdout.Write(table);
        cx.Out.WriteLine($"Total of the lots: {N(o.TotalMassKg)} kg (p25-p75 {N(o.TotalMassKgLow)}-{N(o.TotalMassKgHigh)} kg). Not estimated (too few data): {(o.Estimate.Gaps.Count == 0 ? "none" : string.Join(", ", o.Estimate.Gaps))}.");
        cx.Out.WriteLine("Sources: Heeren & Fishman (2019) MIR-DB Dutch records, RASMI (Fishman et al. 2024) OECD_EU15 ranges; validation in docs/estimator-validation.md.");
        foreach (var w in o.Warnings) cx.Err.WriteLine($"warning: {w}");
        if (project is null) return;
        cx.Out.WriteLine(o.Written is { } w2
            ? $"Stored as estimated lots of {project}: {w2.Created} new, {w2.Updated} updated, {w2.Unchanged} unchanged."
            : "Dry run: nothing was written.");
    }

    static string Option(string field) => field switch
    {
        "buildingType" => "--type", "yearBuilt" => "--year", "grossFloorAreaM2" => "--gfa", "structure" => "--structure",
        "latitude" => "--lat/--lon", "kind" => "project kind", _ => field,
    };

    static bool TryInt(string text, out int? value)
    {
        value = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
        return value is not null;
    }

    static bool TryNumber(string text, out double? value)
    {
        value = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
        return value is not null;
    }

    static string N(double v) => v.ToString("#,0", CultureInfo.InvariantCulture);
}
