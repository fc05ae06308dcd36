using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Corridor.Data.Impact;

/// <summary>A small writer for the printable, self-contained HTML pages (passport, council report): no scripts, no external files.</summary>
internal sealed partial class HtmlPage
{
    const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:60rem;color:#1b1b1b;line-height:1.4}
        h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #2e7d32}h3{font-size:1rem;margin:1.2rem 0 .3rem}
        table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}
        th{background:#f1f5f1}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.muted{color:#666;font-size:.85rem}
        .flag{color:#b71c1c;font-weight:600}.ok{color:#2e7d32;font-weight:600}.tiles{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
        .tile{border:1px solid #ccc;border-radius:6px;padding:.6rem .8rem;min-width:11rem}.tile b{display:block;font-size:1.4rem}
        svg{max-width:100%;height:auto}ol.sources li{font-size:.85rem;margin-bottom:.2rem}
        @media print{body{margin:0;max-width:none}h2{break-after:avoid}table,svg,.tile{break-inside:avoid}a{color:inherit;text-decoration:none}}
        """;

    readonly StringBuilder html = new();

    public HtmlPage(string title, string language = "en")
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(language)).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Append(E(title))
            .Append("</title><style>").Append(Style).Append("</style></head><body>\n");
    }

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string N(double? value, string format = "#,0") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    public HtmlPage Raw(string markup)
    {
        html.Append(markup).Append('\n');
        return this;
    }

    public HtmlPage Tag(string tag, string? text, string? cssClass = null)
    {
        html.Append('<').Append(tag);
        if (cssClass is not null) html.Append(" class=\"").Append(cssClass).Append('"');
        html.Append('>').Append(E(text)).Append("</").Append(tag).Append(">\n");
        return this;
    }

    [GeneratedRegex(@"^[-−]?[0-9][0-9,]*(\.[0-9]+)?( ?(%|kg|t|m²|m2|m3|m|pcs))?$")]
    private static partial Regex Numeric();

    /// <summary>
    /// A table; cells are text (encoded) unless they start with '\u0001', then raw markup. Cells that are a number (with an
    /// optional unit) align right. An empty header gives a table without a header row.
    /// </summary>
    public HtmlPage Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        html.Append("<table>");
        if (header.Any(h => h.Length > 0))
        {
            html.Append("<thead><tr>");
            foreach (var h in header) html.Append("<th>").Append(E(h)).Append("</th>");
            html.Append("</tr></thead>");
        }
        html.Append("<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                var text = cell ?? "";
                var raw = text.StartsWith('\u0001');
                var numeric = !raw && Numeric().IsMatch(text);
                html.Append(numeric ? "<td class=\"n\">" : "<td>").Append(raw ? text[1..] : E(text)).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n");
        return this;
    }

    public static string Markup(string raw) => "\u0001" + raw;

    public HtmlPage Sources(string heading, IEnumerable<string> items)
    {
        html.Append("<h2>").Append(E(heading)).Append("</h2><ol class=\"sources\">");
        foreach (var item in items) html.Append("<li>").Append(E(item)).Append("</li>");
        html.Append("</ol>\n");
        return this;
    }

    public override string ToString() => html + "</body></html>\n";
}
