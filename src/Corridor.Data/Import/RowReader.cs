using System.Globalization;
using Corridor.Engine.Domain;

namespace Corridor.Data.Import;

/// <summary>A column of the table being read: its index in the file (-1 when absent) and its header as written.</summary>
internal readonly record struct Column(int Index, string Header);

/// <summary>
/// Reads the cells of the current row into typed values, reporting each bad cell as an issue that names the row,
/// the column and the value. A method returns null when the cell is empty or wrong; <see cref="HasErrors"/> tells which.
/// </summary>
internal sealed class RowReader(ImportSession session, TableSource source, string file, string? sheet)
{
    const string NumberHint = "use digits with a decimal point or comma, e.g. 1234.5 or 1.234,5";
    const string DateHint = "use yyyy-mm-dd or dd-mm-yyyy";

    readonly ParseMemo<DateOnly> dates = new(Vocab.TryDate);

    public bool HasErrors { get; private set; }
    public ImportSession Session => session;
    public Location Location => new(file, sheet, source.Row);

    public void BeginRow() => HasErrors = false;

    public void Error(Column column, string? value, string message)
    {
        HasErrors = true;
        session.Error(file, sheet, source.Row, column.Header, value, message);
    }

    public string? Text(Column column) => source.Text(column.Index);

    /// <summary>A cell that holds a real number (spreadsheets only).</summary>
    public bool TryNumber(Column column, out double value) => source.TryNumber(column.Index, out value);

    /// <summary>A cell that holds a real date (spreadsheets only).</summary>
    public bool TryDate(Column column, out DateOnly value) => source.TryDate(column.Index, out value);

    public string? Required(Column column)
    {
        var text = source.Text(column.Index);
        if (text is null) Error(column, null, $"{column.Header} is required but empty");
        return text;
    }

    public decimal? Decimal(Column column, bool required)
    {
        var text = required ? Required(column) : Text(column);
        if (text is null) return null;
        if (source.TryNumber(column.Index, out var number))
        {
            if (Math.Abs(number) < 7.9e27) return (decimal)number;
        }
        else if (Vocab.TryDecimal(text, out var value))
        {
            return value;
        }
        Error(column, text, $"not a number; {NumberHint}");
        return null;
    }

    public double? Double(Column column, bool required)
    {
        if (source.TryNumber(column.Index, out var number)) return number;
        return (double?)Decimal(column, required);
    }

    /// <summary>A number that must pass <paramref name="isValid"/>; otherwise <paramref name="message"/> is reported.</summary>
    public double? Checked(Column column, bool required, Func<double, bool> isValid, string message)
    {
        var value = Double(column, required);
        if (value is { } v && !isValid(v))
        {
            Error(column, Text(column), message);
            return null;
        }
        return value;
    }

    public DateOnly? Date(Column column, bool required)
    {
        var text = required ? Required(column) : Text(column);
        if (text is null) return null;
        if (!source.TryDate(column.Index, out var date) && !dates.TryParse(text, out date))
        {
            Error(column, text, $"not a date; {DateHint}");
            return null;
        }
        var (earliest, latest) = (session.Limits.EarliestDate, session.Limits.LatestDate);
        if (date >= earliest && date <= latest) return date;
        Error(column, text, $"{column.Header} {Iso(date)} lies outside the plausible range {Iso(earliest)} to {Iso(latest)}; check the year");
        return null;
    }

    /// <summary>Reports an error on <paramref name="later"/> when it falls before <paramref name="earlier"/>.</summary>
    public void Order(Column earlierColumn, DateOnly? earlier, Column laterColumn, DateOnly? later)
    {
        if (earlier is { } from && later is { } to && to < from)
        {
            Error(laterColumn, Text(laterColumn),
                $"{laterColumn.Header} ({Iso(to)}) is before {earlierColumn.Header} ({Iso(from)}); it must be the same day or later");
        }
    }

    public double? Coordinate(Column column, bool latitude)
    {
        var value = Double(column, required: true);
        if (value is not { } v) return null;
        if (latitude ? GeoPoint.IsValidLatitude(v) : GeoPoint.IsValidLongitude(v)) return v;

        var range = latitude ? "-90 and 90" : "-180 and 180";
        var hint = Math.Abs(v) > 1000 ? " (this looks like a Dutch RD coordinate; give WGS84 decimal degrees such as 52.1561, 5.3878)" : " (decimal degrees, e.g. 52.1561 for latitude, 5.3878 for longitude)";
        Error(column, Text(column), $"{(latitude ? "latitude" : "longitude")} must be between {range}{hint}");
        return null;
    }

    public delegate bool TryParse<T>(string? text, out T value);

    /// <summary>A value from a fixed vocabulary; <paramref name="expected"/> is the message when the text is not one of its words.</summary>
    public T? Choice<T>(Column column, bool required, ParseMemo<T> parse, string expected) where T : struct
    {
        var text = required ? Required(column) : Text(column);
        if (text is null) return null;
        if (parse.TryParse(text, out var value)) return value;
        Error(column, text, expected);
        return null;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
