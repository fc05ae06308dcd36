namespace Corridor.Data.Import;

/// <summary>Reads one CSV file: recognises which table it holds from its header (helped by its file name) and reads it.</summary>
internal static class CsvFileReader
{
    public static void Read(ImportSession session, string file, ReadOnlyMemory<byte> utf8)
    {
        using var source = CsvTableSource.Open(utf8);
        if (source is null)
        {
            session.Error(file, null, null, null, null, "the file is empty; expected a header row with the column names, then one row per record");
            return;
        }

        if (source.HeaderProblem is { } quoting)
        {
            session.Error(file, null, source.HeaderRow, TableImport.ColumnName(new HeaderMap(source.Header), quoting.Field), null,
                "the header row: " + quoting.Describe());
            return;
        }

        var header = new HeaderMap(source.Header);
        var schema = Recognise(session, file, source.HeaderRow, header);
        if (schema is null) return;

        var snapshot = session.Save();
        var budget = new RowBudget(session.Limits.MaxRows);
        var rows = TableImport.Run(session, file, null, source, schema, header, budget);
        if (budget.Exceeded)
        {
            session.Restore(snapshot, file);
            session.Error(file, null, null, null, null, TableImport.RowLimitMessage(budget));
        }
        else if (rows == 0)
        {
            session.Error(file, null, null, null, null, $"the file has column names but no data rows; add one row per {Singular(schema)} below the header");
        }
    }

    /// <summary>
    /// The table whose required columns are all present; when none or several fit, the one the file name names
    /// (lots.csv), else the one whose required columns are mostly present. Null, with one error, when still unclear.
    /// </summary>
    static TableSchema? Recognise(ImportSession session, string file, int headerRow, HeaderMap header)
    {
        var complete = TableSchema.All.Where(s => s.Required.All(header.Has)).ToList();
        var named = FromFileName(file);
        if (complete.Count == 1) return complete[0];
        if (named is not null && (complete.Count == 0 || complete.Contains(named))) return named;

        if (complete.Count > 1)
        {
            session.Error(file, null, headerRow, null, null,
                $"cannot tell which table this is: its columns fit {string.Join(" and ", complete.Select(s => s.Name))}. " +
                $"Name the file after its table (e.g. {complete[0].Name}.csv) or remove the columns of the other. Columns found: {TableImport.Found(header)}");
            return null;
        }

        var scored = TableSchema.All
            .Select(s => (Schema: s, Share: s.Required.Count(header.Has) / (double)s.Required.Count))
            .OrderByDescending(x => x.Share).ToList();
        if (scored[0].Share >= 0.5 && scored[0].Share > scored[1].Share) return scored[0].Schema;

        session.Error(file, null, headerRow, null, null,
            $"cannot tell which table this is. Columns found: {TableImport.Found(header)}. Expected the columns of " +
            string.Join("; or ", TableSchema.All.Select(s => $"{s.Name} ({string.Join(", ", s.Required)})")));
        return null;
    }

    /// <summary>The table a file name names by one of its words: "lots.csv", "2025-Projects.csv", "hubs_utrecht.csv".</summary>
    static TableSchema? FromFileName(string file)
    {
        var words = Path.GetFileNameWithoutExtension(file).Split(
            [' ', '_', '-', '.', '(', ')', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], StringSplitOptions.RemoveEmptyEntries);
        var named = words.Select(TableSchema.FromName).Where(s => s is not null).Distinct().ToList();
        return named.Count == 1 ? named[0] : null;
    }

    static string Singular(TableSchema schema) => schema.Name.TrimEnd('s');
}
