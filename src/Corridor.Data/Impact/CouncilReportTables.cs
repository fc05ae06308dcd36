using System.Globalization;
using System.Text;
using Corridor.Data.Import;
using Corridor.Engine.Domain;
using Corridor.Engine.Impact;

namespace Corridor.Data.Impact;

/// <summary>The council report as data: one long CSV table, or an XLSX workbook with a sheet per part.</summary>
public static class CouncilReportTables
{
    /// <summary>The columns of the report's CSV.</summary>
    public static readonly IReadOnlyList<string> CsvColumns = ["section", "period_from", "period_to", "category", "metric", "value", "unit", "method", "sources"];

    /// <summary>
    /// One row per figure: the period's summary, each quarter, each category, each target (its actual and its target value).
    /// Numbers invariant (point decimals), empty when undefined; sources joined with " | ".
    /// </summary>
    public static void WriteCsv(CouncilReport r, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(",", CsvColumns) + "\n");
        foreach (var row in Rows(r)) writer.Write(string.Join(",", row.Select(Quote)) + "\n");
    }

    /// <summary>The report as CSV (one row per figure).</summary>
    public static string Csv(CouncilReport r)
    {
        var s = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(r, s);
        return s.ToString();
    }

    static IEnumerable<string?[]> Rows(CouncilReport r)
    {
        foreach (var (metric, f) in CouncilReports.Figures(r.Account)) yield return Row("summary", r.From, r.To, null, metric, f);
        foreach (var q in r.Quarters)
        {
            foreach (var (metric, f) in CouncilReports.Figures(q.Account)) yield return Row("quarter " + q.Quarter, q.From, q.To, null, metric, f);
        }
        var mass = new[] { ImpactCalculator.MassMethod };
        foreach (var c in r.Account.Categories)
        {
            var sources = string.Join(" | ", r.Account.Sources);
            yield return Plain("category", r, c.CategoryKey, "input", c.InputKg, Figure.Kg, mass[0], sources);
            yield return Plain("category", r, c.CategoryKey, "input_secondary", c.SecondaryInputKg, Figure.Kg, mass[0], sources);
            yield return Plain("category", r, c.CategoryKey, "input_renewable", c.RenewableInputKg, Figure.Kg, mass[0], sources);
            yield return Plain("category", r, c.CategoryKey, "output", c.OutputKg, Figure.Kg, mass[0], sources);
            yield return Plain("category", r, c.CategoryKey, "output_for_reuse", c.OutputForReuseKg, Figure.Kg, mass[0], sources);
            yield return Plain("category", r, c.CategoryKey, "co2_avoided_net", c.NetAvoidedCo2eKg, Figure.Co2eKg, ImpactCalculator.CarbonMethod, sources);
        }
        foreach (var t in r.Targets.Targets)
        {
            var metric = Vocab.ToSnake(t.Metric.ToString());
            yield return Row("target", r.From, r.To, null, metric + "_actual", t.Actual);
            yield return Plain("target", r, null, metric + (t.Direction == TargetDirection.AtLeast ? "_target_at_least" : "_target_at_most"),
                t.Target, t.Unit, t.IsDefault ? "default target" : "stored target", t.Basis);
        }
    }

    static string?[] Row(string section, DateOnly from, DateOnly to, string? category, string metric, Figure f) =>
        [section, D(from), D(to), category, metric, Num(f.Value), f.Unit, f.Method, string.Join(" | ", f.Sources)];

    static string?[] Plain(string section, CouncilReport r, string? category, string metric, double value, string unit, string method, string sources) =>
        [section, D(r.From), D(r.To), category, metric, Num(value), unit, method, sources];

    /// <summary>Sheets: report, summary, quarters, categories, targets, flows, sources.</summary>
    public static void WriteXlsx(CouncilReport r, Stream output)
    {
        ArgumentNullException.ThrowIfNull(r);
        var a = r.Account;
        XlsxWriter.Write(output,
        [
            new XlsxSheet("report", ["item", "value"],
            [
                ["corridor", $"{r.CorridorCode} · {r.CorridorName}"], ["demo data", r.IsDemo], ["period from", r.From], ["period to", r.To],
                ["generated (UTC)", r.GeneratedUtc], ["method", a.Method], ["demand lots in period", a.InputLots], ["supply lots in period", a.OutputLots],
            ]),
            new XlsxSheet("summary", ["metric", "value", "unit", "method", "sources"],
                CouncilReports.Figures(a).Select(x => (IReadOnlyList<object?>)[x.Metric, x.Figure.Value, x.Figure.Unit, x.Figure.Method, string.Join(" | ", x.Figure.Sources)])),
            new XlsxSheet("quarters",
                ["quarter", "from", "to", "input_kg", "reused_kg", "recycled_kg", "renewable_kg", "circular_input_pct", "co2_avoided_a1_a3_kg",
                 "co2_transport_kg", "co2_reconditioning_kg", "co2_avoided_net_kg", "potential_secondary_kg"],
                r.Quarters.Select(q => (IReadOnlyList<object?>)
                [
                    q.Quarter, q.From, q.To, q.Account.Input.TotalKg.Value, q.Account.Input.SecondaryReused.Kg.Value, q.Account.Input.SecondaryRecycled.Kg.Value,
                    q.Account.Input.PrimaryRenewable.Kg.Value, q.Account.Input.CircularInputPercent.Value, q.Account.Carbon.AvoidedEmbodiedCo2eKg.Value,
                    q.Account.Carbon.TransportCo2eKg.Value, q.Account.Carbon.ReconditioningCo2eKg.Value, q.Account.Carbon.NetAvoidedCo2eKg.Value,
                    q.Account.Potential.SecondaryInputKg.Value,
                ])),
            new XlsxSheet("categories", ["category", "input_kg", "input_secondary_kg", "input_renewable_kg", "output_kg", "output_for_reuse_kg", "co2_avoided_net_kg"],
                a.Categories.Select(c => (IReadOnlyList<object?>)[c.CategoryKey, c.InputKg, c.SecondaryInputKg, c.RenewableInputKg, c.OutputKg, c.OutputForReuseKg, c.NetAvoidedCo2eKg])),
            new XlsxSheet("targets", ["metric", "direction", "target", "unit", "year", "actual", "met", "actual_of_target_pct", "default", "basis"],
                r.Targets.Targets.Select(t => (IReadOnlyList<object?>)
                    [Vocab.ToSnake(t.Metric.ToString()), Vocab.ToSnake(t.Direction.ToString()), t.Target, t.Unit, t.Year, t.Actual.Value, t.Met, t.ActualOfTargetPercent, t.IsDefault, t.Basis])),
            new XlsxSheet("flows",
                ["match", "supply_lot", "demand_lot", "supply_category", "demand_category", "standing", "r_step", "date", "mass_kg", "distance_km",
                 "co2_avoided_a1_a3_kg", "co2_transport_kg", "co2_reconditioning_kg", "co2_avoided_net_kg"],
                a.Flows.Select(f => (IReadOnlyList<object?>)
                [
                    f.MatchId, f.SupplyLot, f.DemandLot, f.SupplyCategory, f.DemandCategory, Vocab.ToSnake(f.Standing.ToString()), RLadder.Label(f.RStep),
                    f.Date, f.MassKg, f.DistanceKm, f.AvoidedEmbodiedCo2eKg, f.TransportCo2eKg, f.ReconditioningCo2eKg, f.NetAvoidedCo2eKg,
                ])),
            new XlsxSheet("sources", ["kind", "text"],
                r.Methods.Select(m => (IReadOnlyList<object?>)["method", m])
                    .Concat(r.Sources.Select(s => (IReadOnlyList<object?>)["source", s]))
                    .Concat(a.Notes.Select(n => (IReadOnlyList<object?>)["data note", n]))),
        ]);
    }

    static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string Num(double? v) => v is { } x ? x.ToString("0.###", CultureInfo.InvariantCulture) : "";

    static string Quote(string? field)
    {
        var s = field ?? "";
        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }
}
