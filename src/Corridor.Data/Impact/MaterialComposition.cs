using System.Globalization;
using System.Text.RegularExpressions;
using Corridor.Engine.Domain;

namespace Corridor.Data.Impact;

/// <summary>One material of a product: its share of the product's mass and whether it is renewable.</summary>
/// <param name="Source">The ICE v2.0 row the material stands for.</param>
/// <param name="Material">The material's name as ICE v2.0 gives it.</param>
/// <param name="MassShare">Share of the product's mass (0–1).</param>
/// <param name="IsRenewable">Whether the material is renewable (bio-based).</param>
public sealed record MaterialPart(string Material, double MassShare, bool IsRenewable, string Source);

/// <summary>
/// The material composition of a category's product, read from its ICE v2.0 source (a single row, or a composite of
/// rows with mass shares), and the renewable share that follows from it.
/// </summary>
/// <remarks>
/// Renewable (assumption, docs/decisions/0007): a wood-based ICE row (Timber, ..., including hardboard, particle board,
/// plywood and glulam) is renewable in full, binders and glues ignored; everything else is not. CB'23 counts renewable
/// material only when sustainably sourced; certificates (FSC, PEFC) are not checked for this figure.
/// </remarks>
public static partial class MaterialComposition
{
    /// <summary>How the renewable share is decided, in words.</summary>
    public const string RenewableRule =
        "Assumption (corridor-impact/1): wood-based ICE rows (Timber, ...) count as renewable in full, binders ignored; other rows are non-renewable; sustainable sourcing not checked";

    [GeneratedRegex(@"^(?:(?<share>\d+(?:\.\d+)?)% )?(?<kind>mass|concrete): (?<name>.+?) \(row (?<row>\d+)\)$")]
    private static partial Regex Part();

    /// <summary>The parts of a category's product; their shares sum to 1.</summary>
    /// <exception cref="FormatException">The category's source is not an ICE v2.0 row or composite as categories.csv writes them.</exception>
    public static IReadOnlyList<MaterialPart> Of(MaterialCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        var text = category.EmbodiedSource;
        const string prefix = "ICE v2.0 ", composite = "composite: ";
        if (!text.StartsWith(prefix, StringComparison.Ordinal)) throw Bad(category);
        text = text[prefix.Length..];
        var pieces = text.StartsWith(composite, StringComparison.Ordinal) ? text[composite.Length..].Split(" + ") : [text];
        var parts = new List<MaterialPart>();
        foreach (var piece in pieces)
        {
            var m = Part().Match(piece.Trim());
            if (!m.Success) throw Bad(category);
            var share = m.Groups["share"].Success ? double.Parse(m.Groups["share"].Value, CultureInfo.InvariantCulture) / 100 : 1.0;
            var kind = m.Groups["kind"].Value;
            var name = m.Groups["name"].Value;
            var material = kind == "concrete" ? "Concrete, " + name : name;
            parts.Add(new MaterialPart(material, share, IsRenewable(kind, name), $"ICE v2.0 {kind}: {name} (row {m.Groups["row"].Value})"));
        }
        if (Math.Abs(parts.Sum(p => p.MassShare) - 1) > 1e-9) throw Bad(category);
        return parts;
    }

    /// <summary>Share (0–1) of the category's mass that is renewable, by <see cref="RenewableRule"/>.</summary>
    public static double RenewableShare(MaterialCategory category) => Of(category).Where(p => p.IsRenewable).Sum(p => p.MassShare);

    static bool IsRenewable(string kind, string name) => kind == "mass" && name.StartsWith("Timber,", StringComparison.Ordinal);

    static FormatException Bad(MaterialCategory c) =>
        new($"Category '{c.Key}': embodied_source '{c.EmbodiedSource}' is not an ICE v2.0 row or composite whose shares sum to 100%.");
}
