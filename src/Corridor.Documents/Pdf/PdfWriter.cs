using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Corridor.Documents.Pdf;

/// <summary>A small flowing layout on A4 pages: headings, wrapped paragraphs, tables and charts, a new page when one is full.</summary>
internal sealed class PdfWriter : IDisposable
{
    public const double Margin = 48;
    public static readonly XColor Green = XColor.FromArgb(0x2e, 0x7d, 0x32), Muted = XColor.FromArgb(0x66, 0x66, 0x66),
        Line = XColor.FromArgb(0xcc, 0xcc, 0xcc), HeaderFill = XColor.FromArgb(0xf1, 0xf5, 0xf1), Red = XColor.FromArgb(0xb7, 0x1c, 0x1c);

    readonly PdfDocument document;
    readonly string footer;
    XGraphics? gfx;
    PdfPage? page;

    public PdfWriter(PdfDocument document, string footer)
    {
        DocumentFonts.EnsureInstalled();
        this.document = document;
        this.footer = footer;
        Body = new XFont(DocumentFonts.Family, 9);
        Small = new XFont(DocumentFonts.Family, 7.5);
        Bold = new XFont(DocumentFonts.Family, 9, XFontStyleEx.Bold);
        H1 = new XFont(DocumentFonts.Family, 16, XFontStyleEx.Bold);
        H2 = new XFont(DocumentFonts.Family, 12, XFontStyleEx.Bold);
        NewPage();
    }

    public XFont Body { get; }
    public XFont Small { get; }
    public XFont Bold { get; }
    public XFont H1 { get; }
    public XFont H2 { get; }
    public double Y { get; set; }
    public double Width => page!.Width.Point - 2 * Margin;
    public XGraphics G => gfx!;

    void NewPage()
    {
        gfx?.Dispose();
        page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        gfx = XGraphics.FromPdfPage(page);
        gfx.DrawString($"{footer} · {document.PageCount}", Small, new XSolidBrush(Muted),
            new XRect(Margin, page.Height.Point - Margin / 2 - 8, Width, 10), XStringFormats.TopLeft);
        Y = Margin;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit.</summary>
    public void Need(double height)
    {
        if (Y + height > page!.Height.Point - Margin) NewPage();
    }

    public void Heading(string text, XFont font)
    {
        Need(font.Size * 3.5);
        Y += font == H1 ? 0 : font.Size * 0.8;
        G.DrawString(text, font, XBrushes.Black, new XRect(Margin, Y, Width, font.Size * 1.3), XStringFormats.TopLeft);
        Y += font.Size * 1.4;
        if (font == H2) G.DrawLine(new XPen(Green, 1.2), Margin, Y, Margin + Width, Y);
        Y += 4;
    }

    /// <summary>A paragraph wrapped at word boundaries across the page width.</summary>
    public void Paragraph(string text, XFont? font = null, XColor? color = null, double indent = 0)
    {
        font ??= Body;
        var brush = new XSolidBrush(color ?? XColors.Black);
        foreach (var line in Wrap(text, font, Width - indent))
        {
            Need(font.Size * 1.35);
            G.DrawString(line, font, brush, new XRect(Margin + indent, Y, Width - indent, font.Size * 1.3), XStringFormats.TopLeft);
            Y += font.Size * 1.35;
        }
        Y += 3;
    }

    public IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var line = "";
        foreach (var word in words)
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && G.MeasureString(candidate, font).Width > width)
            {
                yield return line;
                line = word;
            }
            else line = candidate;
        }
        if (line.Length > 0) yield return line;
    }

    /// <summary>
    /// A table: column widths as fractions of the page width, cells wrapped, the columns in <paramref name="numeric"/>
    /// aligned right. The header repeats on a new page.
    /// </summary>
    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<double> widths, ISet<int>? numeric = null)
    {
        numeric ??= new HashSet<int>();
        var columns = widths.Select(w => w * Width).ToArray();
        void Row(IReadOnlyList<string> cells, XFont font, bool head)
        {
            var lines = cells.Select((c, i) => Wrap(c, font, columns[i] - 6).DefaultIfEmpty("").ToList()).ToList();
            var height = lines.Max(l => l.Count) * font.Size * 1.3 + 4;
            Need(height);
            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                var rect = new XRect(x, Y, columns[i], height);
                if (head) G.DrawRectangle(new XSolidBrush(HeaderFill), rect);
                G.DrawRectangle(new XPen(Line, 0.5), rect);
                for (var l = 0; l < lines[i].Count; l++)
                {
                    var lineRect = new XRect(x + 3, Y + 2 + l * font.Size * 1.3, columns[i] - 6, font.Size * 1.3);
                    G.DrawString(lines[i][l], font, XBrushes.Black, lineRect, numeric.Contains(i) && !head ? XStringFormats.TopRight : XStringFormats.TopLeft);
                }
                x += columns[i];
            }
            Y += height;
        }
        Need(40);
        Row(header, Bold, true);
        foreach (var row in rows)
        {
            var before = document.PageCount;
            Need(Body.Size * 1.3 + 4);
            if (document.PageCount != before) Row(header, Bold, true);
            Row(row, Body, false);
        }
        Y += 6;
    }

    /// <summary>A numbered list (methods, sources).</summary>
    public void List(IEnumerable<string> items)
    {
        var n = 1;
        foreach (var item in items)
        {
            Need(Small.Size * 1.4);
            G.DrawString($"{n++}.", Small, XBrushes.Black, new XRect(Margin, Y, 16, Small.Size * 1.3), XStringFormats.TopLeft);
            var y = Y;
            Paragraph(item, Small, null, 18);
            if (Y == y) Y += Small.Size * 1.4;
        }
    }

    public void Dispose() => gfx?.Dispose();
}
