using Corridor.Engine.Domain;
using Corridor.Engine.Impact;

namespace Corridor.Data.Impact;

/// <summary>The <see cref="CategoryFactors"/> of every category of the taxonomy, each factor with its source.</summary>
public static class ImpactFactorTable
{
    /// <summary>Categories whose reuse from a donor is recycling: granulate is crushed stony waste.</summary>
    static readonly HashSet<string> RecyclingProducts = new(StringComparer.Ordinal) { "crushed_concrete_aggregate" };

    /// <summary>The impact factors of every category, by key.</summary>
    public static IReadOnlyDictionary<string, CategoryFactors> For(IReadOnlyList<MaterialCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        return categories.ToDictionary(c => c.Key, Of, StringComparer.Ordinal);
    }

    /// <summary>The impact factors of one category.</summary>
    public static CategoryFactors Of(MaterialCategory c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var share = MaterialComposition.RenewableShare(c);
        var route = c.EndOfLifeRoute == "dispose" ? EndOfLifeRoute.Dispose : EndOfLifeRoute.Recycle;
        return new CategoryFactors(
            c.Key,
            c.EmbodiedCo2eKgPerKg,
            $"{c.Key}: {c.EmbodiedCo2eKgPerKg.ToString(System.Globalization.CultureInfo.InvariantCulture)} kg CO2e/kg A1-A3, {c.EmbodiedSource} (Hammond & Jones 2011)",
            share,
            $"{c.Key}: renewable share {share.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}; {MaterialComposition.RenewableRule}",
            route,
            $"{c.Key}: unplaced lots go to {(route == EndOfLifeRoute.Dispose ? "disposal (lost)" : "recycling")} (assumption, ReferenceData/SOURCES.md, End of life)",
            RecyclingProducts.Contains(c.Key));
    }
}
