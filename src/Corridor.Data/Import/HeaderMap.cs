namespace Corridor.Data.Import;

/// <summary>The header row of a table: where each (normalised) column name sits, and which names appear twice.</summary>
internal sealed class HeaderMap
{
    readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
    readonly List<(string Name, int First, int Again)> duplicates = [];

    public HeaderMap(IReadOnlyList<string> header)
    {
        Header = header;
        for (var i = 0; i < header.Count; i++)
        {
            var name = TableSchema.NormaliseHeader(header[i]);
            if (name.Length == 0) continue;
            if (!indexes.TryAdd(name, i)) duplicates.Add((name, indexes[name], i));
        }
    }

    public IReadOnlyList<string> Header { get; }

    /// <summary>Normalised names in header order, blank headers left out.</summary>
    public IEnumerable<string> Names => indexes.OrderBy(p => p.Value).Select(p => p.Key);

    public IReadOnlyList<(string Name, int First, int Again)> Duplicates => duplicates;

    public bool Has(string name) => indexes.ContainsKey(name);

    /// <summary>The column of that name; the first one when it appears twice, index -1 when absent.</summary>
    public Column Find(string name) => indexes.TryGetValue(name, out var i) ? new Column(i, Header[i]) : new Column(-1, name);

    /// <summary>The spreadsheet letter of a 0-based column index: 0 → A, 26 → AA.</summary>
    public static string Letter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
