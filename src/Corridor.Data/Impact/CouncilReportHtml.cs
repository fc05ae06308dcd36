using System.Globalization;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;
using Corridor.Engine.Impact;

namespace Corridor.Data.Impact;

/// <summary>The council report as one printable HTML page with inline SVG charts; every figure names its unit, method and sources.</summary>
public static class CouncilReportHtml
{
    const string Reused = "#2e7d32", Recycled = "#81c784", Potential = "#cfd8dc", Transport = "#e57373", Recondition = "#ffb74d";

    public static string Render(CouncilReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var a = r.Account;
        var title = $"Circularity report {r.CorridorName}, {D(r.From)} to {D(r.To)}";
        var page = new HtmlPage(title);
        page.Tag("h1", title)
            .Tag("p", $"Corridor {r.CorridorCode} · generated {r.GeneratedUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC · method {a.Method}", "muted");
        if (r.IsDemo)
            page.Tag("p", "Demo data: the projects, quantities and matches of this corridor are invented to show how the report works.", "flag");

        page.Raw("<div class=\"tiles\">")
            .Raw(Tile("Mass reused and recycled", T(a.PrimaryMaterialAvoidedKg.Value), "t secondary input, accepted matches [1]"))
            .Raw(Tile("CO2 avoided, net of transport", T(a.Carbon.NetAvoidedCo2eKg.Value), "t CO2e (A1-A3 avoided − A4/C2 − reconditioning) [2]"))
            .Raw(Tile("Circular input", P(a.Input.CircularInputPercent.Value), "% (reused + recycled + renewable) / input [1]"))
            .Raw(Tile("Primary material avoided", P(a.PrimaryRawMaterialReductionPercent.Value), "% of input from reuse and recycling [1]"))
            .Raw(Tile("Potential (proposed matches)", T(a.Potential.SecondaryInputKg.Value), $"t more, {T(a.Potential.NetAvoidedCo2eKg.Value)} t CO2e net [1][2]"))
            .Raw("</div>");
        page.Tag("p", $"Covers {a.InputLots} demand lots and {a.OutputLots} supply lots dated in the period. [1] {ImpactCalculator.MassMethod}. [2] {ImpactCalculator.CarbonMethod}. Sources: see the end of the report.", "muted");

        Targets(page, r);
        Quarters(page, r);
        Categories(page, a);
        Splits(page, a);
        if (a.Notes.Count > 0) page.Sources("Data notes", a.Notes);
        page.Sources("Methods", r.Methods);
        page.Sources("Sources", r.Sources);
        return page.ToString();
    }

    static void Targets(HtmlPage page, CouncilReport r)
    {
        page.Tag("h2", "Against the targets");
        page.Table(["Target", "Basis", "Actual", "Target value", "Met", "Actual / target"],
            r.Targets.Targets.Select(t => (IReadOnlyList<string?>)
            [
                ImpactTargets.Label(t.Metric) + (t.Year is { } y ? $" by {y}" : "") + (t.IsDefault ? " (default)" : ""),
                t.Basis,
                $"{HtmlPage.N(t.Actual.Value, "#,0.#")} {t.Unit}",
                $"{(t.Direction == TargetDirection.AtLeast ? "≥" : "≤")} {HtmlPage.N(t.Target, "#,0.#")} {t.Unit}",
                t.Met switch { true => HtmlPage.Markup("<span class=\"ok\">yes</span>"), false => HtmlPage.Markup("<span class=\"flag\">not yet</span>"), null => "undefined" },
                t.ActualOfTargetPercent is { } pct ? HtmlPage.Markup(Meter(pct)) : "–",
            ]));
        foreach (var note in r.Targets.Notes) page.Tag("p", note, "muted");
    }

    static void Quarters(HtmlPage page, CouncilReport r)
    {
        page.Tag("h2", "Per quarter");
        var labels = r.Quarters.Select(q => q.Quarter).ToList();
        List<double> Of(Func<ImpactAccount, double?> f) => [.. r.Quarters.Select(q => f(q.Account) ?? 0)];
        page.Raw(SvgCharts.Columns("Mass reused and recycled per quarter", labels,
        [
            new("reused (t)", Reused, Of(a => Mass.KgToTonnes(a.Input.SecondaryReused.Kg.Value))),
            new("recycled (t)", Recycled, Of(a => Mass.KgToTonnes(a.Input.SecondaryRecycled.Kg.Value))),
            new("potential, proposed (t)", Potential, Of(a => Mass.KgToTonnes(a.Potential.SecondaryInputKg.Value))),
        ], "t"));
        page.Raw(SvgCharts.Columns("CO2: avoided A1-A3 (up), transport and reconditioning (down)", labels,
        [
            new("avoided A1-A3 (t CO2e)", Reused, Of(a => Mass.KgToTonnes(a.Carbon.AvoidedEmbodiedCo2eKg.Value))),
            new("transport A4/C2", Transport, Of(a => Mass.KgToTonnes(-a.Carbon.TransportCo2eKg.Value))),
            new("reconditioning", Recondition, Of(a => Mass.KgToTonnes(-a.Carbon.ReconditioningCo2eKg.Value))),
        ], "t CO2e"));
        var circular = r.Targets.Targets.FirstOrDefault(t => t.Metric == TargetMetric.CircularInputPercent);
        page.Raw(SvgCharts.Columns("Circular input per quarter", labels,
            [new("circular input (%)", Reused, Of(a => a.Input.CircularInputPercent.Value))], "%",
            circular is not null ? (circular.Target, $"target {HtmlPage.N(circular.Target)}%") : (25, "Het Nieuwe Normaal 25% (reference)")));
        var primary = r.Targets.Targets.FirstOrDefault(t => t.Metric == TargetMetric.PrimaryRawMaterialReductionPercent);
        page.Raw(SvgCharts.Columns("Input from reuse and recycling (primary material avoided)", labels,
            [new("share of input (%)", Recycled, Of(a => a.PrimaryRawMaterialReductionPercent.Value))], "%",
            primary is not null ? (primary.Target, $"target {HtmlPage.N(primary.Target)}%{(primary.Year is { } y ? $" by {y}" : "")}") : null));
        page.Table(["Quarter", "Input t", "Reused t", "Recycled t", "Circular input %", "CO2 avoided net t CO2e", "Transport t CO2e", "Potential t"],
            r.Quarters.Select(q => (IReadOnlyList<string?>)
            [
                q.Quarter, T(q.Account.Input.TotalKg.Value), T(q.Account.Input.SecondaryReused.Kg.Value), T(q.Account.Input.SecondaryRecycled.Kg.Value),
                P(q.Account.Input.CircularInputPercent.Value), T(q.Account.Carbon.NetAvoidedCo2eKg.Value), T(q.Account.Carbon.TransportCo2eKg.Value),
                T(q.Account.Potential.SecondaryInputKg.Value),
            ]));
    }

    static void Categories(HtmlPage page, ImpactAccount a)
    {
        page.Tag("h2", "Per category");
        var rows = a.Categories.Where(c => c.SecondaryInputKg > 0 || c.OutputForReuseKg > 0 || c.NetAvoidedCo2eKg != 0)
            .OrderByDescending(c => c.SecondaryInputKg).ToList();
        if (rows.Count > 0)
        {
            page.Raw(SvgCharts.Bars("Mass reused and recycled per category (t)", [.. rows.Select(c => Name(c.CategoryKey))],
                [.. rows.Select(c => Mass.KgToTonnes(c.SecondaryInputKg))], "t"));
            page.Raw(SvgCharts.Bars("CO2 avoided net of transport per category (t CO2e)", [.. rows.Select(c => Name(c.CategoryKey))],
                [.. rows.Select(c => Mass.KgToTonnes(Math.Max(0, c.NetAvoidedCo2eKg)))], "t CO2e", Recycled));
        }
        else page.Tag("p", "No accepted matches in this period yet.", "muted");
        page.Table(["Category", "Input t", "Reused + recycled t", "Renewable t", "Released t", "Released for reuse t", "CO2 avoided net t CO2e"],
            a.Categories.Select(c => (IReadOnlyList<string?>)
                [Name(c.CategoryKey), T(c.InputKg), T(c.SecondaryInputKg), T(c.RenewableInputKg), T(c.OutputKg), T(c.OutputForReuseKg), T(c.NetAvoidedCo2eKg)]));
    }

    static void Splits(HtmlPage page, ImpactAccount a)
    {
        page.Tag("h2", "Platform CB'23 mass balance");
        var i = a.Input;
        page.Table(["Input (what the receiving projects need)", "t", "%"],
        [
            ["Primary, non-renewable", T(i.PrimaryNonRenewable.Kg.Value), P(i.PrimaryNonRenewable.Percent.Value)],
            ["Primary, renewable", T(i.PrimaryRenewable.Kg.Value), P(i.PrimaryRenewable.Percent.Value)],
            ["Secondary, reused", T(i.SecondaryReused.Kg.Value), P(i.SecondaryReused.Percent.Value)],
            ["Secondary, recycled", T(i.SecondaryRecycled.Kg.Value), P(i.SecondaryRecycled.Percent.Value)],
            ["Total", T(i.TotalKg.Value), i.TotalKg.Value > 0 ? "100" : "–"],
        ]);
        var o = a.Output;
        page.Table(["Output (what the donor projects release)", "t", "%"],
        [
            ["Available for reuse (accepted matches)", T(o.AvailableForReuse.Kg.Value), P(o.AvailableForReuse.Percent.Value)],
            ["For recycling", T(o.ForRecycling.Kg.Value), P(o.ForRecycling.Percent.Value)],
            ["Lost (landfill, incineration, hazardous)", T(o.Lost.Kg.Value), P(o.Lost.Percent.Value)],
            ["Total", T(o.TotalKg.Value), o.TotalKg.Value > 0 ? "100" : "–"],
        ]);
        page.Table(["R-ladder step", "t", "Matches"],
            a.RLadder.Select(s => (IReadOnlyList<string?>)[s.Label, T(s.MassKg), s.Flows.ToString(CultureInfo.InvariantCulture)]));
    }

    static string Meter(double pct)
    {
        var width = Math.Clamp(pct, 0, 150) / 150 * 120;
        return FormattableString.Invariant(
            $"<svg width=\"160\" height=\"14\" viewBox=\"0 0 160 14\" role=\"img\" aria-label=\"{pct:0}% of target\"><rect x=\"0\" y=\"2\" width=\"120\" height=\"10\" fill=\"#eee\"/><rect x=\"0\" y=\"2\" width=\"{width:0.#}\" height=\"10\" fill=\"{Reused}\"/><line x1=\"80\" x2=\"80\" y1=\"0\" y2=\"14\" stroke=\"#b71c1c\"/><text x=\"124\" y=\"12\" font-size=\"10\">{pct:0}%</text></svg>");
    }

    static string Tile(string label, string value, string unit) =>
        $"<div class=\"tile\">{HtmlPage.E(label)}<b>{HtmlPage.E(value)}</b><span class=\"muted\">{HtmlPage.E(unit)}</span></div>";

    static string Name(string key) => ReferenceCatalog.CategoriesByKey.TryGetValue(key, out var c) ? c.NameEn : key;

    static string T(double? kg) => HtmlPage.N(Mass.KgToTonnes(kg), "#,0.0");

    static string P(double? pct) => HtmlPage.N(pct, "0.0");

    static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
