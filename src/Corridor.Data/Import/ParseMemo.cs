namespace Corridor.Data.Import;

/// <summary>
/// Remembers what a parser made of each distinct text. Columns such as unit, quality, ewc and the dates repeat a few
/// values over thousands of rows, so this trades the parse (a regex for EWC codes) for one dictionary lookup.
/// </summary>
internal sealed class ParseMemo<T>(RowReader.TryParse<T> parse) where T : struct
{
    const int MaxEntries = 4096;
    readonly Dictionary<string, T?> known = new(StringComparer.Ordinal);

    public bool TryParse(string text, out T value)
    {
        if (known.TryGetValue(text, out var cached))
        {
            value = cached.GetValueOrDefault();
            return cached.HasValue;
        }
        var ok = parse(text, out value);
        if (known.Count < MaxEntries) known[text] = ok ? value : null;
        return ok;
    }
}
