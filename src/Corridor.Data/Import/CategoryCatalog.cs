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

    /// <summary>
    /// The message for an unknown key: "did you mean …" with the keys spelt alike or containing it, then those whose
    /// English or Dutch name contains it; otherwise the three nearest keys.
    /// </summary>
    public string UnknownKeyMessage(string key)
    {
        if (suggestions.TryGetValue(key, out var cached)) return cached;

        var wanted = Simplify(key);
        var ranked = byKey.Values
            .Select(c => (c.Key, Score: Math.Min(Score(wanted, Simplify(c.Key), 1), Math.Min(Score(wanted, Simplify(c.NameEn), 2), Score(wanted, Simplify(c.NameNl), 2)))))
            .OrderBy(c => c.Score).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        var close = ranked.Where(c => c.Score <= Math.Max(2, wanted.Length / 4)).Take(SuggestionCount).Select(c => c.Key).ToList();

        var message = ranked.Count == 0 ? "unknown category: no material categories are loaded"
            : close.Count > 0 ? $"unknown category; did you mean {JoinOr(close)}?"
            : $"unknown category; use a key of the material list. The nearest keys are {JoinOr(ranked.Take(SuggestionCount).Select(c => c.Key).ToList())}";
        if (suggestions.Count < 1000) suggestions[key] = message;
        return message;
    }

    static string JoinOr(List<string> keys) => keys.Count == 1 ? keys[0] : $"{string.Join(", ", keys[..^1])} or {keys[^1]}";

    /// <summary>Edit distance, except that a name containing the wanted text (of 4+ letters) scores <paramref name="containsScore"/>.</summary>
    static int Score(string wanted, string name, int containsScore) =>
        wanted.Length >= 4 && name.Contains(wanted, StringComparison.Ordinal) && name != wanted ? Math.Min(containsScore, Distance(wanted, name)) : Distance(wanted, name);

    static string Simplify(string s) => new([.. s.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    /// <summary>Levenshtein distance.</summary>
    static int Distance(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return Math.Max(a.Length, b.Length);

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
