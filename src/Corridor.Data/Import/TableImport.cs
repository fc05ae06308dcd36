using System.Globalization;

namespace Corridor.Data.Import;

/// <summary>Counts a file's data rows against <see cref="ImportLimits.MaxRows"/>; past the limit rows are only counted.</summary>
internal sealed class RowBudget(int maxRows)
{
    public int MaxRows => maxRows;
    public int Used { get; private set; }
    public bool Exceeded => Used > maxRows;

    /// <summary>Counts one data row; false when it lies beyond the limit and should not be validated.</summary>
    public bool Take() => ++Used <= maxRows;
}

/// <summary>Reads one table (a CSV file or a sheet): checks its header, then every non-empty row.</summary>
internal static class TableImport
{
    /// <summary>Returns the number of data rows, or null when the header lacks required columns and the rows were not read.</summary>
    public static int? Run(ImportSession session, string file, string? sheet, TableSource source, TableSchema schema, HeaderMap header, RowBudget budget)
    {
        if (!CheckHeader(session, file, sheet, source.HeaderRow, schema, header)) return null;

        var reader = TableReader.Create(schema, header);
        var row = new RowReader(session, source, file, sheet);
        var rows = 0;
        while (source.Read())
        {
            if (source.IsEmptyRow()) continue;
            rows++;
            if (!budget.Take()) continue;
            if (source.QuoteProblem is { } quoting)
            {
                // Its cells are not what the partner meant: report the row instead of validating it.
                session.Error(file, sheet, source.Row, ColumnName(header, quoting.Field), null, quoting.Describe());
                if (quoting.SwallowsRest) break;
                continue;
            }
            ExtraCells(session, file, sheet, source, header);
            row.BeginRow();
            reader.ReadRow(row);
        }
        return rows;
    }

    /// <summary>The header of a 0-based column, or its spreadsheet letter when it has none.</summary>
    public static string ColumnName(HeaderMap header, int index) =>
        index < header.Header.Count && header.Header[index].Length > 0 ? header.Header[index] : HeaderMap.Letter(index);

    /// <summary>Warns (once per row) about non-empty cells to the right of the last header column; they are not read.</summary>
    static void ExtraCells(ImportSession session, string file, string? sheet, TableSource source, HeaderMap header)
    {
        int first = -1, count = 0;
        for (var i = header.Header.Count; i < source.CellCount; i++)
        {
            if (source.Text(i) is null) continue;
            if (first < 0) first = i;
            count++;
        }
        if (first < 0) return;
        session.Warning(file, sheet, source.Row, HeaderMap.Letter(first), source.Text(first),
            $"the row has {count} {(count == 1 ? "cell" : "cells")} beyond the header's {header.Header.Count} columns (from column {HeaderMap.Letter(first)}); " +
            "they are ignored. Give them a column name, or remove them (a separator too many in the row?)");
    }

    /// <summary>Reports duplicate and unknown columns; false (with one error) when required columns are missing.</summary>
    static bool CheckHeader(ImportSession session, string file, string? sheet, int headerRow, TableSchema schema, HeaderMap header)
    {
        foreach (var (name, first, again) in header.Duplicates)
        {
            session.Error(file, sheet, headerRow, header.Header[again], null,
                $"column '{name}' appears twice (columns {HeaderMap.Letter(first)} and {HeaderMap.Letter(again)}); keep one. The first is read");
        }

        foreach (var name in header.Names.Where(n => !schema.Knows(n)))
        {
            var column = header.Find(name);
            session.Warning(file, sheet, headerRow, column.Header, null,
                $"unknown column '{column.Header}' is ignored; the columns of a {schema.Name} table are {string.Join(", ", schema.Columns)}");
        }

        var missing = schema.Required.Where(c => !header.Has(c)).ToList();
        if (missing.Count == 0) return true;
        session.Error(file, sheet, headerRow, null, null,
            $"missing required {(missing.Count == 1 ? "column" : "columns")} {string.Join(", ", missing)}. " +
            $"A {schema.Name} table needs the columns {string.Join(", ", schema.Required)}; it has {Found(header)}");
        return false;
    }

    public static string Found(HeaderMap header)
    {
        var names = header.Header.Where(h => h.Length > 0).ToList();
        return names.Count == 0 ? "no column names" : string.Join(", ", names);
    }

    public static string RowLimitMessage(RowBudget budget) =>
        string.Create(CultureInfo.InvariantCulture, $"the file has {budget.Used:N0} data rows; the limit is {budget.MaxRows:N0}. Split it into smaller files");
}
