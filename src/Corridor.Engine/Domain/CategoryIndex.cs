namespace Corridor.Engine.Domain;

/// <summary>The material taxonomy, looked up by key (case-insensitive).</summary>
public sealed class CategoryIndex
{
    readonly Dictionary<string, MaterialCategory> byKey;

    /// <summary>An index over <paramref name="categories"/> by key (case-insensitive).</summary>
    public CategoryIndex(IReadOnlyList<MaterialCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        All = categories;
        byKey = categories.ToDictionary(c => c.Key, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every category, in the order given.</summary>
    public IReadOnlyList<MaterialCategory> All { get; }

    /// <summary>The category with this key, if there is one.</summary>
    public bool TryGet(string? key, out MaterialCategory category)
    {
        category = null!;
        return key is not null && byKey.TryGetValue(key.Trim(), out category!);
    }

    /// <summary>The category with this key; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public MaterialCategory this[string key] =>
        TryGet(key, out var c) ? c : throw new KeyNotFoundException($"Unknown material category '{key}'.");
}
