using PdfSharp.Fonts;

namespace Corridor.Documents.Pdf;

/// <summary>
/// PDFsharp's fonts: DejaVu Sans regular and bold, embedded in this assembly (Fonts/, Bitstream Vera licence), so a PDF
/// renders the same on any machine, without installed fonts. Every family resolves to DejaVu Sans.
/// </summary>
internal sealed class DocumentFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    const string Regular = "DejaVuSans", Bold = "DejaVuSans-Bold";
    static readonly object Gate = new();

    /// <summary>Installs the resolver once per process (PDFsharp's setting is global).</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not DocumentFonts) GlobalFontSettings.FontResolver = new DocumentFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(DocumentFonts).Assembly.GetManifestResourceStream($"Corridor.Documents.Fonts.{faceName}.ttf");
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
