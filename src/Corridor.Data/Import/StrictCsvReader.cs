using CsvHelper;

namespace Corridor.Data.Import;

/// <summary>What is wrong with the quoting of one record, and in which field (0-based) it starts.</summary>
internal readonly record struct CsvQuoteProblem(int Field, CsvMalformedReason Reason)
{
    /// <summary>Whether the rest of the input cannot be trusted: an unclosed quote swallowed every line after it.</summary>
    public bool SwallowsRest => Reason == CsvMalformedReason.UnterminatedQuote;

    /// <summary>The problem as a reason with its fix, for a person who opens the file in a text editor or spreadsheet.</summary>
    public string Describe() => Reason switch
    {
        CsvMalformedReason.UnterminatedQuote =>
            "a quote (\") opens this cell but is never closed, so every row after it would be read into this cell; close the quote, or double a quote that belongs to the text (\"\")",
        CsvMalformedReason.TextAfterClosingQuote =>
            "text follows the closing quote (\") of this cell; put the whole cell in quotes and double the quotes inside it, e.g. \"\"\"Oak\"\" doors\"",
        CsvMalformedReason.StrayQuote =>
            "a quote (\") inside a cell that does not start with one; put the whole cell in quotes and double the quote, e.g. \"12\"\" pipe\"",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside a quoted cell",
        _ => $"malformed quoting ({Reason})",
    };
}

/// <summary>
/// The one CSV reader of Corridor, for partners' files and for the reference data we ship: CsvHelper in RFC 4180 mode
/// with malformed-quote detection on. CsvHelper recovers from bad quoting by itself (a stray quote becomes text, an
/// unclosed quote runs to the end of the input); this reader keeps reading the same way but tells, for every record,
/// whether and where its quoting was bad (<see cref="QuoteProblem"/>), so that callers reject it instead of using it.
/// </summary>
internal sealed class StrictCsvReader : IDisposable
{
    readonly CsvReader reader;
    readonly ReadOnlyMemory<byte> text;
    readonly char separator;
    readonly Dictionary<long, (long Offset, CsvMalformedReason Reason)> malformed = [];

    StrictCsvReader(ReadOnlyMemory<byte> text, char separator, bool trim)
    {
        this.text = text;
        this.separator = separator;
        var options = new CsvReaderOptions
        {
            Separator = separator,
            DetectSeparatorHint = false,
            HasHeader = true,
            SkipEmptyLines = false,
            TrimWhitespace = trim,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = record =>
            {
                if (record.Reason != CsvMalformedReason.FieldCountMismatch) malformed.TryAdd(record.RecordNumber, (record.ByteOffset, record.Reason));
            },
        };
        reader = CsvReader.Create(text, options);
        Header = [.. reader.Headers];
        HeaderProblem = Problem(1, 0);
    }

    /// <summary>Opens UTF-8 text (without byte order mark) whose first record is the header.</summary>
    /// <param name="trim">Whether spaces and tabs around unquoted values are removed.</param>
    /// <param name="utf8">The file's text as UTF-8 bytes.</param>
    /// <param name="separator">The field separator (comma or semicolon).</param>
    public static StrictCsvReader Open(ReadOnlyMemory<byte> utf8, char separator, bool trim) => new(utf8, separator, trim);

    /// <summary>The header's fields as written.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The bad quoting of the header, if any.</summary>
    public CsvQuoteProblem? HeaderProblem { get; }

    /// <summary>The 1-based number of the current data record (the header not counted).</summary>
    public int RecordNumber => (int)reader.RowNumber;

    public int FieldCount => reader.FieldCount;

    /// <summary>The bad quoting of the current record, if any.</summary>
    public CsvQuoteProblem? QuoteProblem { get; private set; }

    public bool Read()
    {
        if (!reader.Read())
        {
            QuoteProblem = null;
            return false;
        }
        QuoteProblem = Problem(reader.RowNumber + 1, reader.ByteOffset);
        return true;
    }

    public bool IsEmpty(int field) => reader.IsEmpty(field);

    public ReadOnlySpan<byte> Span(int field) => reader.GetSpan(field);

    public string Field(int field) => reader.GetString(field);

    public void Dispose() => reader.Dispose();

    CsvQuoteProblem? Problem(long recordNumber, long recordStart)
    {
        if (!malformed.Remove(recordNumber, out var found)) return null;
        return new CsvQuoteProblem(FieldAt(recordStart, found.Offset), found.Reason);
    }

    /// <summary>The 0-based field of the record starting at <paramref name="start"/> that holds byte <paramref name="offset"/>.</summary>
    int FieldAt(long start, long offset)
    {
        var span = text.Span;
        int field = 0;
        var quoted = false;
        for (var i = (int)Math.Max(0, start); i < Math.Min(offset, span.Length); i++)
        {
            var b = span[i];
            if (b == (byte)'"') quoted = !quoted;
            else if (!quoted && b == (byte)separator) field++;
        }
        return field;
    }
}
