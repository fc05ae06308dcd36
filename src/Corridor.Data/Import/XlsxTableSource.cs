using System.Globalization;
using ExcelDataReader;

namespace Corridor.Data.Import;

/// <summary>One worksheet, read through ExcelDataReader, which returns numbers as double and date cells as DateTime.</summary>
internal sealed class XlsxTableSource : TableSource
{
    // Serial 10000 is 1927-05-18: smaller numbers in a date column are far likelier a typo (a year, a count) than a date.
    const double MinDateSerial = 10_000, MaxDateSerial = 2_958_465;

    readonly IExcelDataReader reader;
    readonly string[] header;
    readonly int headerRow;
    readonly object?[] values;

    XlsxTableSource(IExcelDataReader reader, string[] header, int headerRow)
    {
        this.reader = reader;
        this.header = header;
        this.headerRow = headerRow;
        values = new object?[reader.FieldCount];
    }

    public override IReadOnlyList<string> Header => header;
    public override int HeaderRow => headerRow;
    public override int Row => reader.Depth + 1;
    public override int CellCount => values.Length;

    /// <summary>Opens the sheet the reader is on, taking its first non-empty row as the header; null when the sheet is empty.</summary>
    public static XlsxTableSource? Open(IExcelDataReader reader)
    {
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = Format(reader.GetValue(i))?.Trim() ?? "";
            if (cells.Any(c => c.Length > 0))
            {
                var last = Array.FindLastIndex(cells, c => c.Length > 0);
                return new XlsxTableSource(reader, cells[..(last + 1)], reader.Depth + 1);
            }
        }
        return null;
    }

    public override bool Read()
    {
        if (!reader.Read()) return false;
        var count = Math.Min(values.Length, reader.FieldCount);
        for (var i = 0; i < count; i++) values[i] = reader.GetValue(i);
        Array.Clear(values, count, values.Length - count);
        return true;
    }

    public override bool IsEmptyRow() => values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s)));

    public override string? Text(int column)
    {
        if (column < 0 || column >= values.Length) return null;
        var s = Format(values[column])?.Trim();
        return string.IsNullOrEmpty(s) ? null : FormulaGuard.Restore(s);
    }

    public override bool TryNumber(int column, out double value)
    {
        value = 0;
        if (column < 0 || column >= values.Length || values[column] is not double d) return false;
        value = d;
        return true;
    }

    public override bool TryDate(int column, out DateOnly value)
    {
        value = default;
        if (column < 0 || column >= values.Length) return false;
        switch (values[column])
        {
            case DateTime dt:
                value = DateOnly.FromDateTime(dt);
                return true;
            case double serial when serial is >= MinDateSerial and <= MaxDateSerial:
                value = DateOnly.FromDateTime(DateTime.FromOADate(serial));
                return true;
            default:
                return false;
        }
    }

    static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateTime dt when dt.TimeOfDay == TimeSpan.Zero => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
