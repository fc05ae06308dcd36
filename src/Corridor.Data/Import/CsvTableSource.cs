namespace Corridor.Data.Import;

/// <summary>A CSV file held in memory as UTF-8, read by the <see cref="StrictCsvReader"/>. The separator is detected from the header line.</summary>
internal sealed class CsvTableSource : TableSource, IDisposable
{
    readonly StrictCsvReader reader;
    readonly string[] header;
    readonly int headerRow;

    CsvTableSource(StrictCsvReader reader, int headerRow)
    {
        this.reader = reader;
        this.headerRow = headerRow;
        header = [.. reader.Header.Select(h => h.Trim())];
    }

    public override IReadOnlyList<string> Header => header;
    public override int HeaderRow => headerRow;
    public override int Row => headerRow + reader.RecordNumber;
    public override int CellCount => reader.FieldCount;
    public override CsvQuoteProblem? QuoteProblem => reader.QuoteProblem;

    /// <summary>The bad quoting of the header row, if any.</summary>
    public CsvQuoteProblem? HeaderProblem => reader.HeaderProblem;

    /// <summary>Opens the CSV text; null when it holds nothing but blank lines.</summary>
    public static CsvTableSource? Open(ReadOnlyMemory<byte> utf8)
    {
        var (start, blankLines) = SkipBlankLines(utf8.Span);
        if (start >= utf8.Length) return null;

        var text = utf8[start..];
        var separator = DetectSeparator(text.Span, out var hintLength);
        return new CsvTableSource(StrictCsvReader.Open(text[hintLength..], separator, trim: true), blankLines + 1);
    }

    public override bool Read() => reader.Read();

    public override bool IsEmptyRow()
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (!reader.Span(i).IsWhiteSpace()) return false;
        }
        return true;
    }

    public override string? Text(int column)
    {
        if (column < 0 || column >= reader.FieldCount || reader.IsEmpty(column)) return null;
        var s = reader.Field(column).Trim();
        return s.Length == 0 ? null : FormulaGuard.Restore(s);
    }

    public void Dispose() => reader.Dispose();

    static (int Start, int BlankLines) SkipBlankLines(ReadOnlySpan<byte> bytes)
    {
        int start = 0, lines = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == (byte)'\n')
            {
                lines++;
                start = i + 1;
            }
            else if (b is not ((byte)'\r' or (byte)' ' or (byte)'\t'))
            {
                break;
            }
        }
        return (start, lines);
    }

    /// <summary>
    /// Picks the most frequent of <c>,</c> <c>;</c> and tab outside quotes on the header line. Excel's
    /// <c>sep=;</c> first line is honoured and skipped (Excel does not show it as a row either).
    /// </summary>
    static char DetectSeparator(ReadOnlySpan<byte> text, out int hintLength)
    {
        hintLength = 0;
        if (text.Length >= 5 && text[..4].SequenceEqual("sep="u8) && text[4] < 128)
        {
            var end = text.IndexOf((byte)'\n');
            hintLength = end < 0 ? text.Length : end + 1;
            return (char)text[4];
        }

        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var b in text)
        {
            if (b == (byte)'"') quoted = !quoted;
            else if (quoted) continue;
            else if (b == (byte)'\n') break;
            else if (b == (byte)',') commas++;
            else if (b == (byte)';') semicolons++;
            else if (b == (byte)'\t') tabs++;
        }
        if (semicolons > commas && semicolons >= tabs) return ';';
        if (tabs > commas && tabs > semicolons) return '\t';
        return ',';
    }
}

file static class SpanExtensions
{
    public static bool IsWhiteSpace(this ReadOnlySpan<byte> span)
    {
        foreach (var b in span)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return false;
        }
        return true;
    }
}
