using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Corridor.Data.Import;

/// <summary>One worksheet to write: a bold, frozen header row, then one row per entry of <see cref="Rows"/>.</summary>
/// <param name="Rows">
/// Cell values: null (blank), string, bool, any .NET number (written as a number), <see cref="DateOnly"/> or
/// <see cref="DateTime"/> (written as a date cell shown yyyy-mm-dd); anything else is written as its invariant text.
/// </param>
/// <param name="Name">The worksheet's name.</param>
/// <param name="Columns">The header row's texts.</param>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Columns, IEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>
/// Writes simple workbooks of text, number and date cells, streaming the rows (fine for 100,000s of rows). Text that a
/// spreadsheet would run as a formula (it starts with = + - @, tab or CR) is written with a protective single quote
/// in front (<see cref="FormulaGuard"/>); number cells are written as numbers.
/// </summary>
public static class XlsxWriter
{
    const uint DateStyle = 1, HeaderStyle = 2;
    static readonly char[] ForbiddenInSheetNames = ['[', ']', ':', '*', '?', '/', '\\'];

    /// <summary>Writes the sheets as an .xlsx workbook to <paramref name="output"/>, which must be writable and seekable.</summary>
    /// <exception cref="ArgumentException">No sheets, or a sheet name Excel does not allow (empty, over 31 characters, repeated, or with []:*?/\).</exception>
    public static void Write(Stream output, IEnumerable<XlsxSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheets);
        var list = sheets.ToList();
        if (list.Count == 0) throw new ArgumentException("A workbook needs at least one sheet.", nameof(sheets));
        ValidateNames(list);

        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = CreateStylesheet();

        var sheetList = new Sheets();
        uint sheetId = 1;
        foreach (var sheet in list)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(part, sheet);
            sheetList.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = sheet.Name });
        }
        workbook.Workbook.Append(sheetList);
    }

    static void ValidateNames(List<XlsxSheet> sheets)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in sheets)
        {
            ArgumentNullException.ThrowIfNull(sheet);
            if (string.IsNullOrWhiteSpace(sheet.Name) || sheet.Name.Length > 31 || sheet.Name.IndexOfAny(ForbiddenInSheetNames) >= 0)
                throw new ArgumentException($"'{sheet.Name}' is not a valid sheet name: 1 to 31 characters, none of []:*?/\\.", nameof(sheets));
            if (!seen.Add(sheet.Name)) throw new ArgumentException($"The sheet name '{sheet.Name}' is used twice.", nameof(sheets));
        }
    }

    static void WriteSheet(WorksheetPart part, XlsxSheet sheet)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 }));
        writer.WriteStartElement(new SheetData());

        var letters = Enumerable.Range(0, sheet.Columns.Count).Select(ColumnLetter).ToList();
        uint rowIndex = 1;
        WriteRow(writer, rowIndex, letters, sheet.Columns.Cast<object?>().ToList(), HeaderStyle);
        foreach (var row in sheet.Rows)
        {
            while (letters.Count < row.Count) letters.Add(ColumnLetter(letters.Count));
            WriteRow(writer, ++rowIndex, letters, row, null);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    static void WriteRow(OpenXmlWriter writer, uint rowIndex, List<string> letters, IReadOnlyList<object?> values, uint? style)
    {
        writer.WriteStartElement(new Row { RowIndex = rowIndex });
        var suffix = rowIndex.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < values.Count; i++)
        {
            if (CreateCell(values[i]) is not { } cell) continue;
            cell.CellReference = letters[i] + suffix;
            if (style is { } s) cell.StyleIndex = s;
            writer.WriteElement(cell);
        }
        writer.WriteEndElement();
    }

    static Cell? CreateCell(object? value) => value switch
    {
        null => null,
        string s => TextCell(s),
        bool b => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") }, // Excel reads 1/0, not "true"
        DateOnly d => DateCell(d.ToDateTime(TimeOnly.MinValue)),
        DateTime d => DateCell(d),
        decimal d => new Cell { CellValue = new CellValue(d) },
        double d => double.IsFinite(d) ? new Cell { CellValue = new CellValue(d) } : null,
        float f => float.IsFinite(f) ? new Cell { CellValue = new CellValue((double)f) } : null,
        byte or sbyte or short or ushort or int or uint or long or ulong => new Cell { CellValue = new CellValue(Convert.ToDecimal(value, CultureInfo.InvariantCulture)) },
        _ => TextCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    static Cell DateCell(DateTime date) => new() { StyleIndex = DateStyle, CellValue = new CellValue(date.ToOADate()) };

    static Cell TextCell(string text)
    {
        text = FormulaGuard.Neutralise(text);
        // Control characters other than tab and line breaks are not allowed in XML.
        if (text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r'))) text = new string([.. text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r')]);
        var element = new Text(text);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))) element.Space = SpaceProcessingModeValues.Preserve;
        return new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(element) };
    }

    static Stylesheet CreateStylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true })
        { Count = 3 });

    static string ColumnLetter(int index) => HeaderMap.Letter(index);
}
