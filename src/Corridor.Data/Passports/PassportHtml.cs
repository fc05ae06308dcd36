using System.Globalization;
using Corridor.Data.Impact;
using Corridor.Engine.Domain;
using Corridor.Engine.Impact;

namespace Corridor.Data.Passports;

/// <summary>A passport as a printable, self-contained HTML page: building, elements with their products, then per product its materials, certificates, origins and history.</summary>
public static class PassportHtml
{
    public static string Render(PassportDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var b = doc.Building;
        var title = $"Material passport: {b.Name} ({b.ProjectCode})";
        var page = new HtmlPage(title);
        page.Tag("h1", title)
            .Tag("p", $"{(doc.Level == "product" ? "Product passport (one lot)" : "Building passport (all lots)")} · corridor {doc.Corridor.Name} · " +
                      $"generated {doc.GeneratedUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC · schema {doc.Schema}", "muted");

        page.Tag("h2", "Building");
        page.Table(["", ""],
        [
            ["Project", $"{b.ProjectCode} · {b.Name}"],
            ["Kind, status", $"{Words(b.Kind.ToString())}, {Words(b.Status.ToString())}"],
            ["Owner", b.Organisation ?? "–"],
            ["Address", b.Address ?? "–"],
            ["Location", string.Create(CultureInfo.InvariantCulture, $"{b.Latitude:0.#####}, {b.Longitude:0.#####} (WGS 84)")],
            ["Gross floor area", b.GrossFloorAreaM2 is { } a ? HtmlPage.N(a) + " m²" : "–"],
            ["Building type, year, structure", $"{b.BuildingType ?? "–"}, {b.YearBuilt?.ToString(CultureInfo.InvariantCulture) ?? "–"}, {b.Structure ?? "–"}"],
            ["Works", $"{D(b.Start)} to {D(b.End)}"],
        ]);

        var t = doc.Totals;
        page.Raw("<div class=\"tiles\">")
            .Raw(Tile("Products (lots)", HtmlPage.N(t.Products), ""))
            .Raw(Tile("Mass", HtmlPage.N(t.MassKg), "kg"))
            .Raw(Tile("Embodied carbon of equivalent new products", HtmlPage.N(t.EmbodiedCo2eKg), "kg CO2e (A1-A3)"))
            .Raw(Tile("Renewable material", HtmlPage.N(t.RenewableMassKg), "kg"))
            .Raw(Tile("Hazardous lots", HtmlPage.N(t.HazardousProducts), t.HazardousProducts > 0 ? "check before handling" : ""))
            .Raw("</div>");

        foreach (var element in doc.Elements)
        {
            page.Tag("h2", $"NL-SfB {element.NlSfb} {element.Name}: {HtmlPage.N(element.MassKg)} kg, {HtmlPage.N(element.EmbodiedCo2eKg)} kg CO2e");
            page.Table(["Lot", "Category", "Quantity", "Mass kg", "Quality", "Status", "EWC", "Available"],
                element.Products.Select(p => (IReadOnlyList<string?>)
                [
                    $"{p.LotCode} ({(p.Direction == LotDirection.Supply ? "released" : "needed")})",
                    $"{p.Category.NameEn} ({p.Category.Key})",
                    $"{p.Quantity.ToString("#,0.##", CultureInfo.InvariantCulture)} {Vocab.UnitText(p.Unit)}",
                    Mass(p),
                    p.Quality?.ToString() ?? "–",
                    Words(p.Status.ToString()),
                    p.IsHazardous ? HtmlPage.Markup($"<span class=\"flag\">{HtmlPage.E(p.Ewc ?? "hazardous")} hazardous</span>") : p.Ewc ?? "–",
                    $"{D(p.AvailableFrom)} to {D(p.AvailableTo)}",
                ]));
            foreach (var p in element.Products) Product(page, p);
        }

        page.Sources("Methods", doc.Methods);
        page.Sources("Sources", doc.Sources);
        return page.ToString();
    }

    static void Product(HtmlPage page, PassportProduct p)
    {
        page.Tag("h3", $"{p.LotCode}: {p.Category.NameEn}{(p.Description is null ? "" : " · " + p.Description)}");
        var size = new[] { p.LengthM, p.WidthM, p.HeightM }.Any(v => v is not null)
            ? string.Join(" × ", new[] { p.LengthM, p.WidthM, p.HeightM }.Select(v => v is { } x ? HtmlPage.N(x, "0.###") : "?")) + " m" : null;
        page.Tag("p", $"Embodied carbon: {HtmlPage.N(p.EmbodiedCarbon.Co2eKg)} kg CO2e ({p.EmbodiedCarbon.Modules}, " +
                      $"{HtmlPage.N(p.EmbodiedCarbon.Co2eKgPerKg, "0.###")} kg CO2e/kg; {p.EmbodiedCarbon.Source})" +
                      (size is null ? "" : $" · size {size}") + (p.NlSfb is null ? "" : $" · NL-SfB {p.NlSfb}"), "muted");
        page.Table(["Material", "Share of mass", "Mass kg", "Renewable", "Source"],
            p.Materials.Select(m => (IReadOnlyList<string?>)
                [m.Material, HtmlPage.N(m.MassShare * 100, "0.#") + " %", HtmlPage.N(m.MassKg), m.IsRenewable ? "yes" : "no", m.Source ?? "–"]));
        if (p.Certificates.Count > 0)
        {
            page.Table(["Certificate", "Reference", "Issuer", "Issued", "Valid until"],
                p.Certificates.Select(c => (IReadOnlyList<string?>)
                    [c.Kind, c.Url is null ? c.Reference : HtmlPage.Markup($"<a href=\"{HtmlPage.E(c.Url)}\">{HtmlPage.E(c.Reference)}</a>"),
                     c.Issuer ?? "–", D(c.IssuedOn), D(c.ValidUntil)]));
        }
        else page.Tag("p", "No certificates registered.", "muted");
        if (p.Origins.Count > 0)
        {
            page.Table(["Came from project", "Lot", "Mass kg", "R-step", "Match status"],
                p.Origins.Select(o => (IReadOnlyList<string?>)
                    [o.ProjectName is null ? o.Project : $"{o.Project} · {o.ProjectName}", o.Lot ?? "–", HtmlPage.N(o.MassKg),
                     o.RStep is { } r ? RLadder.Label(r) : "–", o.Status is null ? "–" : Words(o.Status)]));
        }
        page.Table(["When (UTC)", "Event", "Status", "Note"],
            p.History.Select(e => (IReadOnlyList<string?>)
                [e.AtUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Words(e.Kind.ToString()),
                 e.PreviousStatus is { } prev ? $"{Words(prev.ToString())} → {Words(e.Status.ToString())}" : Words(e.Status.ToString()), e.Note ?? ""]));
    }

    static string Mass(PassportProduct p) =>
        p.MassIsEstimated
            ? p.MassKgLow is { } lo && p.MassKgHigh is { } hi ? $"{HtmlPage.N(p.MassKg)} (estimate, p25-p75 {HtmlPage.N(lo)}-{HtmlPage.N(hi)})" : $"{HtmlPage.N(p.MassKg)} (estimate)"
            : HtmlPage.N(p.MassKg);

    static string Tile(string label, string value, string unit) =>
        $"<div class=\"tile\">{HtmlPage.E(label)}<b>{HtmlPage.E(value)}</b><span class=\"muted\">{HtmlPage.E(unit)}</span></div>";

    static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";

    static string Words(string name) => Vocab.ToSnake(name).Replace('_', ' ');
}
