using System.Globalization;
using System.Text;
using Corridor.Data.Import;

namespace Corridor.Data.ReferenceData;

/// <summary>
/// Reads a CSV file the product ships itself, through the same <see cref="StrictCsvReader"/> as partners' imports. Any
/// problem is a bug in our data, so it throws <see cref="InvalidDataException"/> naming the file, the row (header = row 1)
/// and the column.
/// </summary>
internal static class StrictCsv
{
    public static IReadOnlyList<StrictRow> Read(TextReader reader, string fileName, IReadOnlyList<string> expectedHeader)
    {
        var records = Records(reader, fileName).GetEnumerator();
        if (!records.MoveNext()) throw new InvalidDataException($"{fileName}: the file is empty.");
        var header = records.Current;
        if (!header.SequenceEqual(expectedHeader))
        {
            throw new InvalidDataException($"{fileName}, row 1: header must be '{string.Join(',', expectedHeader)}' but is '{string.Join(',', header)}'.");
        }
        var columns = header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        var rows = new List<StrictRow>();
        var row = 1;
        while (records.MoveNext())
        {
            row++;
            var fields = records.Current;
            if (fields.Length != header.Length)
            {
                throw new InvalidDataException($"{fileName}, row {row}: {fields.Length} fields where the header has {header.Length}.");
            }
            rows.Add(new StrictRow(fileName, row, fields, columns));
        }
        return rows;
    }

    /// <summary>
    /// RFC 4180 records, the header first: comma-separated, fields optionally in double quotes with "" for a quote. Blank
    /// lines are skipped. Bad quoting (an unclosed quote, a stray quote, text after a closing quote) throws, naming the row
    /// (counted without blank lines, header = row 1) and the column.
    /// </summary>
    internal static IEnumerable<string[]> Records(TextReader reader, string fileName)
    {
        var text = reader.ReadToEnd();
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        using var csv = StrictCsvReader.Open(Encoding.UTF8.GetBytes(text), ',', trim: false);
        var header = csv.Header.ToArray();
        if (header.Length == 0 || header is [""]) yield break;
        if (csv.HeaderProblem is { } headerProblem) throw QuoteError(fileName, 1, header, headerProblem);
        yield return header;
        var row = 1;
        while (csv.Read())
        {
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = csv.Field(i);
            if (fields is [] or [""]) continue; // a blank line
            row++;
            if (csv.QuoteProblem is { } problem) throw QuoteError(fileName, row, header, problem);
            yield return fields;
        }
    }

    static InvalidDataException QuoteError(string fileName, int row, string[] header, CsvQuoteProblem problem) =>
        new($"{fileName}, row {row}, column '{(problem.Field < header.Length ? header[problem.Field] : HeaderMap.Letter(problem.Field))}': {problem.Describe()}.");
}

internal sealed class StrictRow(string file, int row, string[] fields, IReadOnlyDictionary<string, int> columns)
{
    public string File { get; } = file;
    public int Row { get; } = row;

    public string Raw(string column) => fields[columns[column]];

    public string Text(string column)
    {
        var value = Raw(column).Trim();
        return value.Length > 0 ? value : throw Error(column, "must not be empty.");
    }

    public string? Optional(string column) => Raw(column).Trim() is { Length: > 0 } v ? v : null;

    public double Number(string column, double min = double.MinValue)
    {
        var text = Raw(column).Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error(column, "is not a finite number.");
        }
        return value >= min ? value : throw Error(column, $"must be at least {min.ToString(CultureInfo.InvariantCulture)}.");
    }

    public double Positive(string column)
    {
        var value = Number(column);
        return value > 0 ? value : throw Error(column, "must be positive.");
    }

    public int? OptionalInt(string column)
    {
        var text = Raw(column).Trim();
        if (text is "" or "NA" or "NULL") return null;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw Error(column, "is not a whole number.");
    }

    public T Parse<T>(string column, Func<string, T> parse)
    {
        try
        {
            return parse(Raw(column).Trim());
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw Error(column, e.Message);
        }
    }

    public InvalidDataException Error(string column, string message) =>
        new($"{File}, row {Row}, column '{column}', value '{Raw(column)}': {message}");
}
