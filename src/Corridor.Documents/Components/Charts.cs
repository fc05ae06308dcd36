using System.Globalization;

namespace Corridor.Documents.Components;

/// <summary>One series of a chart: a name for the legend, a fill, and one value per label.</summary>
public sealed record ChartSeries(string Name, string Fill, IReadOnlyList<double> Values);

/// <summary>A dashed reference line across a column chart (a target).</summary>
public sealed record ChartReference(double Value, string Label);

/// <summary>What the charts share: the palette, a "nice" axis, and numbers for SVG attributes.</summary>
public static class Charts
{
    /// <summary>Fill of reused material and avoided CO2e (dark green).</summary>
    public const string Reused = "#2e7d32";
    /// <summary>Fill of recycled material (light green).</summary>
    public const string Recycled = "#81c784";
    /// <summary>Fill of the potential not yet matched (grey).</summary>
    public const string Potential = "#cfd8dc";
    /// <summary>Fill of transport emissions (red).</summary>
    public const string Transport = "#e57373";
    /// <summary>Fill of reconditioning emissions (orange).</summary>
    public const string Recondition = "#ffb74d";
    /// <summary>Colour of a target line (dark red).</summary>
    public const string Target = "#b71c1c";

    /// <summary>A "nice" axis from lo to hi in steps of 1, 2 or 5 × 10^n, about four steps.</summary>
    public static (double Lo, double Hi, double Step) Axis(double min, double max)
    {
        if (max - min < 1e-9) max = min + 1;
        var raw = (max - min) / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    /// <summary>A coordinate for an SVG attribute: invariant, at most one decimal.</summary>
    public static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The axis values from lo to hi.</summary>
    public static IEnumerable<double> Ticks(double lo, double hi, double step)
    {
        for (var v = lo; v <= hi + step / 2; v += step) yield return v;
    }
}
