using System.Globalization;
using System.Text;

namespace Corridor.Data.Impact;

/// <summary>One series of a chart: a name for the legend, a fill, and one value per label.</summary>
internal sealed record ChartSeries(string Name, string Fill, IReadOnlyList<double> Values);

/// <summary>Inline SVG charts for printable pages: stacked columns with an optional reference line, and horizontal bars.</summary>
internal static class SvgCharts
{
    const int Width = 640, Left = 64, Right = 16, Top = 40, Bottom = 44;

    /// <summary>Columns per label, series stacked (positive values up, negative down), with an optional dashed reference line.</summary>
    public static string Columns(string title, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series, string unit,
        (double Value, string Label)? reference = null, int height = 260)
    {
        var up = labels.Select((_, i) => series.Sum(s => Math.Max(0, s.Values[i]))).ToList();
        var down = labels.Select((_, i) => series.Sum(s => Math.Min(0, s.Values[i]))).ToList();
        var max = Math.Max(up.DefaultIfEmpty(0).Max(), reference?.Value ?? 0);
        var min = Math.Min(down.DefaultIfEmpty(0).Min(), Math.Min(0, reference?.Value ?? 0));
        var (lo, hi, step) = Axis(min, max);
        var plot = height - Top - Bottom;
        double Y(double v) => Top + (hi - v) / (hi - lo) * plot;

        var svg = Open(title, height);
        Legend(svg, series);
        Grid(svg, lo, hi, step, Y, unit);
        var band = (Width - Left - Right) / (double)Math.Max(1, labels.Count);
        var bar = Math.Min(48, band * 0.6);
        for (var i = 0; i < labels.Count; i++)
        {
            var x = Left + band * i + (band - bar) / 2;
            double pos = 0, neg = 0;
            foreach (var s in series)
            {
                var v = s.Values[i];
                if (v == 0) continue;
                var from = v > 0 ? pos : neg;
                var to = from + v;
                if (v > 0) pos = to; else neg = to;
                svg.Append(F($"<rect x=\"{x:0.#}\" y=\"{Math.Min(Y(from), Y(to)):0.#}\" width=\"{bar:0.#}\" height=\"{Math.Abs(Y(from) - Y(to)):0.#}\" fill=\"{s.Fill}\">"))
                    .Append("<title>").Append(HtmlPage.E($"{labels[i]} · {s.Name}: {HtmlPage.N(v)} {unit}")).Append("</title></rect>");
            }
            svg.Append(F($"<text x=\"{x + bar / 2:0.#}\" y=\"{height - Bottom + 16}\" text-anchor=\"middle\" font-size=\"11\">")).Append(HtmlPage.E(labels[i])).Append("</text>");
        }
        if (reference is { } r)
        {
            svg.Append(F($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(r.Value):0.#}\" y2=\"{Y(r.Value):0.#}\" stroke=\"#b71c1c\" stroke-dasharray=\"6 4\" stroke-width=\"1.5\"/>"))
                .Append(F($"<text x=\"{Width - Right}\" y=\"{Y(r.Value) - 4:0.#}\" text-anchor=\"end\" font-size=\"11\" fill=\"#b71c1c\">")).Append(HtmlPage.E(r.Label)).Append("</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>One horizontal bar per label (values at least zero), the value written beside it.</summary>
    public static string Bars(string title, IReadOnlyList<string> labels, IReadOnlyList<double> values, string unit, string fill = "#2e7d32")
    {
        const int row = 22, labelWidth = 200;
        var height = Top + row * Math.Max(1, labels.Count) + 16;
        var max = Math.Max(values.DefaultIfEmpty(0).Max(), 1e-9);
        var span = Width - labelWidth - Right - 90;
        var svg = Open(title, height);
        for (var i = 0; i < labels.Count; i++)
        {
            var y = Top + row * i;
            var w = Math.Max(0, values[i]) / max * span;
            svg.Append(F($"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"11\">")).Append(HtmlPage.E(labels[i])).Append("</text>")
                .Append(F($"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{w:0.#}\" height=\"{row - 8}\" fill=\"{fill}\"/>"))
                .Append(F($"<text x=\"{labelWidth + w + 6:0.#}\" y=\"{y + 15}\" font-size=\"11\">")).Append(HtmlPage.E($"{HtmlPage.N(values[i])} {unit}")).Append("</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    static StringBuilder Open(string title, int height) =>
        new StringBuilder(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\""))
            .Append(HtmlPage.E(title)).Append("\" font-family=\"system-ui, sans-serif\"><title>").Append(HtmlPage.E(title)).Append("</title>")
            .Append("<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"600\">").Append(HtmlPage.E(title)).Append("</text>");

    static void Legend(StringBuilder svg, IReadOnlyList<ChartSeries> series)
    {
        double x = Left;
        foreach (var s in series)
        {
            svg.Append(F($"<rect x=\"{x:0.#}\" y=\"24\" width=\"10\" height=\"10\" fill=\"{s.Fill}\"/><text x=\"{x + 14:0.#}\" y=\"33\" font-size=\"11\">"))
                .Append(HtmlPage.E(s.Name)).Append("</text>");
            x += 24 + s.Name.Length * 6.2;
        }
    }

    static void Grid(StringBuilder svg, double lo, double hi, double step, Func<double, double> y, string unit)
    {
        for (var v = lo; v <= hi + step / 2; v += step)
        {
            svg.Append(F($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y(v):0.#}\" y2=\"{y(v):0.#}\" stroke=\"{(Math.Abs(v) < step / 2 ? "#555" : "#ddd")}\"/>"))
                .Append(F($"<text x=\"{Left - 6}\" y=\"{y(v) + 4:0.#}\" text-anchor=\"end\" font-size=\"10\">")).Append(HtmlPage.E(HtmlPage.N(v, "#,0.##"))).Append("</text>");
        }
        svg.Append(F($"<text x=\"4\" y=\"{Top - 4}\" font-size=\"10\" fill=\"#555\">")).Append(HtmlPage.E(unit)).Append("</text>");
    }

    /// <summary>A "nice" axis from lo to hi in steps of 1, 2 or 5 × 10^n, about four steps.</summary>
    internal static (double Lo, double Hi, double Step) Axis(double min, double max)
    {
        if (max - min < 1e-9) max = min + 1;
        var raw = (max - min) / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
