namespace Corridor.Engine.Domain;

/// <summary>The material taxonomy, looked up by key (case-insensitive).</summary>
public sealed class CategoryIndex
{
    readonly Dictionary<string, MaterialCategory> byKey;

    public CategoryIndex(IReadOnlyList<MaterialCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        All = categories;
        byKey = categories.ToDictionary(c => c.Key, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<MaterialCategory> All { get; }

    public bool TryGet(string? key, out MaterialCategory category)
    {
        category = null!;
        return key is not null && byKey.TryGetValue(key.Trim(), out category!);
    }

    public MaterialCategory this[string key] =>
        TryGet(key, out var c) ? c : throw new KeyNotFoundException($"Unknown material category '{key}'.");
}
