namespace Corridor.Data.Import;

/// <summary>One table of a file (a CSV file or one sheet of a workbook), read row by row after its header.</summary>
internal abstract class TableSource
{
    /// <summary>The header cells, trimmed, as written.</summary>
    public abstract IReadOnlyList<string> Header { get; }

    /// <summary>The spreadsheet row number of the header.</summary>
    public abstract int HeaderRow { get; }

    /// <summary>The spreadsheet row number of the current row.</summary>
    public abstract int Row { get; }

    /// <summary>Moves to the next row, empty rows included.</summary>
    public abstract bool Read();

    public abstract bool IsEmptyRow();

    /// <summary>
    /// The cell as trimmed text, without the protective quote an export puts before a formula character
    /// (<see cref="FormulaGuard"/>); null when blank or when <paramref name="column"/> is -1.
    /// </summary>
    public abstract string? Text(int column);

    /// <summary>The number of cells of the current row, empty ones included; may exceed the header's.</summary>
    public abstract int CellCount { get; }

    /// <summary>The bad quoting of the current row (CSV only); its cells cannot be trusted then.</summary>
    public virtual CsvQuoteProblem? QuoteProblem => null;

    /// <summary>A cell that holds a real number (spreadsheets only); text cells return false.</summary>
    public virtual bool TryNumber(int column, out double value)
    {
        value = 0;
        return false;
    }

    /// <summary>A cell that holds a real date (spreadsheets only); text cells return false.</summary>
    public virtual bool TryDate(int column, out DateOnly value)
    {
        value = default;
        return false;
    }
}
