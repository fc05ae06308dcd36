using Corridor.Engine.Domain;

namespace Corridor.Data.Import;

/// <summary>The material categories by key (case-insensitive), with suggestions for keys that are not known.</summary>
internal sealed class CategoryCatalog
{
    const int SuggestionCount = 3;

    readonly Dictionary<string, MaterialCategory> byKey;
    readonly Dictionary<string, string> suggestions = new(StringComparer.OrdinalIgnoreCase);

    public CategoryCatalog(IReadOnlyList<MaterialCategory> categories)
    {
        byKey = new Dictionary<string, MaterialCategory>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in categories) byKey.TryAdd(c.Key, c);
    }

    public bool TryGet(string key, out MaterialCategory category) => byKey.TryGetValue(key, out category!);

    /// <summary>The message for an unknown key, naming the known keys closest to it (by spelling, or by English or Dutch name).</summary>
    public string UnknownKeyMessage(string key)
    {
        if (suggestions.TryGetValue(key, out var cached)) return cached;

        string message;
        if (byKey.Count == 0)
        {
            message = "unknown category: no material categories are loaded, so none can be accepted";
        }
        else
        {
            var wanted = Simplify(key);
            var closest = byKey.Values
                .Select(c => (c.Key, Distance: Math.Min(Distance(wanted, Simplify(c.Key)), Math.Min(Distance(wanted, Simplify(c.NameEn)), Distance(wanted, Simplify(c.NameNl))))))
                .OrderBy(c => c.Distance).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(SuggestionCount)
                .Select(c => c.Key)
                .ToList();
            message = $"unknown category; use a key of the material list, e.g. {string.Join(", ", closest)} (the closest to '{key}')";
        }
        suggestions[key] = message;
        return message;
    }

    static string Simplify(string s) => new([.. s.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    /// <summary>Levenshtein distance, where one string containing the other counts as close.</summary>
    static int Distance(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return Math.Max(a.Length, b.Length);
        if (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)) return Math.Abs(a.Length - b.Length) / 2;

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
