using Corridor.Data.Impact;
using Corridor.Documents.Components;
using Corridor.Documents.Localization;
using Corridor.Engine.Domain;
using Corridor.Engine.Impact;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Corridor.Documents.Pdf;

/// <summary>The council report as an A4 PDF drawn with PDFsharp: headline figures, targets, charts (XGraphics), tables, methods and sources.</summary>
internal static class CouncilReportPdf
{
    public static byte[] Render(CouncilReport r, DocumentText text)
    {
        var a = r.Account;
        var title = CouncilReportView.TitleOf(r, text);
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Author = "Corridor";
        document.Language = text.Culture.Name;
        using (var w = new PdfWriter(document, title))
        {
            w.Heading(title, w.H1);
            w.Paragraph(text.Format("Report.Subtitle", r.CorridorCode, text.Stamp(r.GeneratedUtc), a.Method), w.Small, PdfWriter.Muted);
            if (r.IsDemo) w.Paragraph(text["Report.Demo"], w.Bold, PdfWriter.Red);

            w.Table([text["Report.Figure"], text["Report.Value"], text["Report.Unit"]],
            [
                [text["Report.TileMass"], text.Tonnes(a.PrimaryMaterialAvoidedKg.Value), text["Report.TileMassUnit"]],
                [text["Report.TileCo2"], text.Tonnes(a.Carbon.NetAvoidedCo2eKg.Value), text["Report.TileCo2Unit"]],
                [text["Report.TileCircular"], text.Percent(a.Input.CircularInputPercent.Value), text["Report.TileCircularUnit"]],
                [text["Report.TilePrimary"], text.Percent(a.PrimaryRawMaterialReductionPercent.Value), text["Report.TilePrimaryUnit"]],
                [text["Report.TilePotential"], text.Tonnes(a.Potential.SecondaryInputKg.Value), text.Format("Report.TilePotentialUnit", text.Tonnes(a.Potential.NetAvoidedCo2eKg.Value))],
            ], [0.42, 0.12, 0.46], new HashSet<int> { 1 });
            w.Paragraph($"{text.Format("Report.Covers", a.InputLots, a.OutputLots)} [1] {ImpactCalculator.MassMethod}. [2] {ImpactCalculator.CarbonMethod}. {text["Report.SourcesAtEnd"]}", w.Small, PdfWriter.Muted);

            w.Heading(text["Report.Targets"], w.H2);
            w.Table([text["Report.Target"], text["Report.Basis"], text["Report.Actual"], text["Report.TargetValue"], text["Report.Met"], text["Report.ActualOfTarget"]],
                r.Targets.Targets.Select(t => (IReadOnlyList<string>)
                [
                    text.Enum(t.Metric) + (t.Year is { } y ? " " + text.Format("Report.ByYear", y) : "") + (t.IsDefault ? " " + text["Report.Default"] : ""),
                    t.Basis,
                    $"{text.N(t.Actual.Value, "#,0.#")} {t.Unit}",
                    $"{(t.Direction == TargetDirection.AtLeast ? "≥" : "≤")} {text.N(t.Target, "#,0.#")} {t.Unit}",
                    t.Met switch { true => text["Report.Yes"], false => text["Report.NotYet"], null => text["Report.Undefined"] },
                    t.ActualOfTargetPercent is { } pct ? text.N(pct, "0") + " %" : "–",
                ]), [0.22, 0.3, 0.13, 0.13, 0.1, 0.12], new HashSet<int> { 2, 3, 5 });
            foreach (var note in r.Targets.Notes) w.Paragraph(note, w.Small, PdfWriter.Muted);

            w.Heading(text["Report.PerQuarter"], w.H2);
            var labels = r.Quarters.Select(q => q.Quarter).ToList();
            Columns(w, text, text["Chart.MassPerQuarter"], labels, CouncilReportCharts.MassPerQuarter(r, text), "t", null);
            Columns(w, text, text["Chart.Co2PerQuarter"], labels, CouncilReportCharts.Co2PerQuarter(r, text), "t CO2e", null);
            Columns(w, text, text["Chart.CircularPerQuarter"], labels, CouncilReportCharts.CircularPerQuarter(r, text), "%", CouncilReportCharts.CircularReference(r, text));
            w.Table([text["Report.Quarter"], text["Report.InputT"], text["Report.ReusedT"], text["Report.RecycledT"], text["Report.CircularPct"], text["Report.Co2NetT"], text["Report.TransportT"], text["Report.PotentialT"]],
                r.Quarters.Select(q => (IReadOnlyList<string>)
                [
                    q.Quarter, text.Tonnes(q.Account.Input.TotalKg.Value), text.Tonnes(q.Account.Input.SecondaryReused.Kg.Value), text.Tonnes(q.Account.Input.SecondaryRecycled.Kg.Value),
                    text.Percent(q.Account.Input.CircularInputPercent.Value), text.Tonnes(q.Account.Carbon.NetAvoidedCo2eKg.Value), text.Tonnes(q.Account.Carbon.TransportCo2eKg.Value),
                    text.Tonnes(q.Account.Potential.SecondaryInputKg.Value),
                ]), [0.12, 0.12, 0.12, 0.12, 0.13, 0.15, 0.12, 0.12], new HashSet<int> { 1, 2, 3, 4, 5, 6, 7 });

            w.Heading(text["Report.PerCategory"], w.H2);
            var rows = CouncilReportCharts.CategoryRows(a);
            if (rows.Count > 0)
            {
                Bars(w, text, text["Chart.MassPerCategory"], [.. rows.Select(c => text.Category(c.CategoryKey))], CouncilReportCharts.MassPerCategory(rows), "t", Charts.Reused);
                Bars(w, text, text["Chart.Co2PerCategory"], [.. rows.Select(c => text.Category(c.CategoryKey))], CouncilReportCharts.Co2PerCategory(rows), "t CO2e", Charts.Recycled);
            }
            else w.Paragraph(text["Report.NoMatches"], w.Small, PdfWriter.Muted);
            w.Table([text["Report.Category"], text["Report.InputT"], text["Report.SecondaryT"], text["Report.RenewableT"], text["Report.ReleasedT"], text["Report.ReleasedForReuseT"], text["Report.Co2NetT"]],
                a.Categories.Select(c => (IReadOnlyList<string>)
                    [text.Category(c.CategoryKey), text.Tonnes(c.InputKg), text.Tonnes(c.SecondaryInputKg), text.Tonnes(c.RenewableInputKg), text.Tonnes(c.OutputKg), text.Tonnes(c.OutputForReuseKg), text.Tonnes(c.NetAvoidedCo2eKg)]),
                [0.28, 0.11, 0.12, 0.11, 0.11, 0.13, 0.14], new HashSet<int> { 1, 2, 3, 4, 5, 6 });

            w.Heading(text["Report.MassBalance"], w.H2);
            var i = a.Input;
            w.Table([text["Report.InputHeading"], "t", "%"],
            [
                [text["Report.PrimaryNonRenewable"], text.Tonnes(i.PrimaryNonRenewable.Kg.Value), text.Percent(i.PrimaryNonRenewable.Percent.Value)],
                [text["Report.PrimaryRenewable"], text.Tonnes(i.PrimaryRenewable.Kg.Value), text.Percent(i.PrimaryRenewable.Percent.Value)],
                [text["Report.SecondaryReused"], text.Tonnes(i.SecondaryReused.Kg.Value), text.Percent(i.SecondaryReused.Percent.Value)],
                [text["Report.SecondaryRecycled"], text.Tonnes(i.SecondaryRecycled.Kg.Value), text.Percent(i.SecondaryRecycled.Percent.Value)],
                [text["Report.Total"], text.Tonnes(i.TotalKg.Value), i.TotalKg.Value > 0 ? "100" : "–"],
            ], [0.6, 0.2, 0.2], new HashSet<int> { 1, 2 });
            var o = a.Output;
            w.Table([text["Report.OutputHeading"], "t", "%"],
            [
                [text["Report.OutputForReuse"], text.Tonnes(o.AvailableForReuse.Kg.Value), text.Percent(o.AvailableForReuse.Percent.Value)],
                [text["Report.OutputForRecycling"], text.Tonnes(o.ForRecycling.Kg.Value), text.Percent(o.ForRecycling.Percent.Value)],
                [text["Report.OutputLost"], text.Tonnes(o.Lost.Kg.Value), text.Percent(o.Lost.Percent.Value)],
                [text["Report.Total"], text.Tonnes(o.TotalKg.Value), o.TotalKg.Value > 0 ? "100" : "–"],
            ], [0.6, 0.2, 0.2], new HashSet<int> { 1, 2 });
            w.Table([text["Report.RStep"], "t", text["Report.Matches"]],
                a.RLadder.Select(s => (IReadOnlyList<string>)[text.RStep(s.Step), text.Tonnes(s.MassKg), text.N(s.Flows)]), [0.6, 0.2, 0.2], new HashSet<int> { 1, 2 });

            if (a.Notes.Count > 0)
            {
                w.Heading(text["Report.DataNotes"], w.H2);
                w.List(a.Notes);
            }
            w.Heading(text["Doc.Methods"], w.H2);
            w.List(r.Methods);
            w.Heading(text["Doc.Sources"], w.H2);
            w.List(r.Sources);
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    static XColor Color(string hex) => XColor.FromArgb(Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));

    /// <summary>Stacked columns per label (positive up, negative down), a legend, a grid and an optional dashed reference line.</summary>
    static void Columns(PdfWriter w, DocumentText text, string title, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series, string unit, ChartReference? reference)
    {
        const double height = 190, top = 34, bottom = 22, left = 48;
        w.Need(height + 10);
        var g = w.G;
        var x0 = PdfWriter.Margin;
        var y0 = w.Y;
        g.DrawString(title, w.Bold, XBrushes.Black, new XRect(x0, y0, w.Width, 12), XStringFormats.TopLeft);
        var lx = x0 + left;
        foreach (var s in series)
        {
            g.DrawRectangle(new XSolidBrush(Color(s.Fill)), lx, y0 + 16, 8, 8);
            g.DrawString(s.Name, w.Small, XBrushes.Black, new XRect(lx + 11, y0 + 15, 200, 10), XStringFormats.TopLeft);
            lx += 22 + g.MeasureString(s.Name, w.Small).Width;
        }
        var up = labels.Select((_, i) => series.Sum(s => Math.Max(0, s.Values[i]))).ToList();
        var down = labels.Select((_, i) => series.Sum(s => Math.Min(0, s.Values[i]))).ToList();
        var (lo, hi, step) = Charts.Axis(Math.Min(down.DefaultIfEmpty(0).Min(), Math.Min(0, reference?.Value ?? 0)), Math.Max(up.DefaultIfEmpty(0).Max(), reference?.Value ?? 0));
        var plot = height - top - bottom;
        double Y(double v) => y0 + top + (hi - v) / (hi - lo) * plot;
        var right = x0 + w.Width;
        foreach (var v in Charts.Ticks(lo, hi, step))
        {
            g.DrawLine(new XPen(Math.Abs(v) < step / 2 ? XColor.FromArgb(0x55, 0x55, 0x55) : XColor.FromArgb(0xdd, 0xdd, 0xdd), 0.5), x0 + left, Y(v), right, Y(v));
            g.DrawString(text.N(v, "#,0.##"), w.Small, XBrushes.Black, new XRect(x0, Y(v) - 4, left - 4, 9), XStringFormats.TopRight);
        }
        g.DrawString(unit, w.Small, new XSolidBrush(PdfWriter.Muted), new XRect(x0, y0 + top - 12, left, 9), XStringFormats.TopLeft);
        var band = (right - x0 - left) / Math.Max(1, labels.Count);
        var bar = Math.Min(36, band * 0.6);
        for (var i = 0; i < labels.Count; i++)
        {
            var x = x0 + left + band * i + (band - bar) / 2;
            double pos = 0, neg = 0;
            foreach (var s in series)
            {
                var v = s.Values[i];
                if (v == 0) continue;
                var from = v > 0 ? pos : neg;
                var to = from + v;
                if (v > 0) pos = to; else neg = to;
                g.DrawRectangle(new XSolidBrush(Color(s.Fill)), x, Math.Min(Y(from), Y(to)), bar, Math.Abs(Y(from) - Y(to)));
            }
            g.DrawString(labels[i], w.Small, XBrushes.Black, new XRect(x - 20, y0 + height - bottom + 4, bar + 40, 9), XStringFormats.TopCenter);
        }
        if (reference is { } r)
        {
            g.DrawLine(new XPen(PdfWriter.Red, 1) { DashStyle = XDashStyle.Dash }, x0 + left, Y(r.Value), right, Y(r.Value));
            g.DrawString(r.Label, w.Small, new XSolidBrush(PdfWriter.Red), new XRect(x0 + left, Y(r.Value) - 10, right - x0 - left, 9), XStringFormats.TopRight);
        }
        w.Y = y0 + height + 8;
    }

    /// <summary>One horizontal bar per label, the value beside it.</summary>
    static void Bars(PdfWriter w, DocumentText text, string title, IReadOnlyList<string> labels, IReadOnlyList<double> values, string unit, string fill)
    {
        const double row = 15, labelWidth = 170;
        var height = 20 + row * Math.Max(1, labels.Count);
        w.Need(height + 8);
        var g = w.G;
        var x0 = PdfWriter.Margin;
        var y0 = w.Y;
        g.DrawString(title, w.Bold, XBrushes.Black, new XRect(x0, y0, w.Width, 12), XStringFormats.TopLeft);
        var max = Math.Max(values.DefaultIfEmpty(0).Max(), 1e-9);
        var span = w.Width - labelWidth - 80;
        for (var i = 0; i < labels.Count; i++)
        {
            var y = y0 + 18 + row * i;
            var width = Math.Max(0, values[i]) / max * span;
            g.DrawString(labels[i], w.Small, XBrushes.Black, new XRect(x0, y + 2, labelWidth - 6, 9), XStringFormats.TopRight);
            g.DrawRectangle(new XSolidBrush(Color(fill)), x0 + labelWidth, y + 2, width, row - 5);
            g.DrawString($"{text.N(values[i])} {unit}", w.Small, XBrushes.Black, new XRect(x0 + labelWidth + width + 4, y + 2, 80, 9), XStringFormats.TopLeft);
        }
        w.Y = y0 + height + 8;
    }
}
