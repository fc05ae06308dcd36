using System.Globalization;
using System.Text.RegularExpressions;
using Corridor.Engine.Domain;
using Corridor.Engine.Estimation;

namespace Corridor.Data.Impact;

/// <summary>
/// The public explanation of an estimated lot, without internal identifiers (issue 12, item 6): stored on the lot in
/// English ("Estimate, not surveyed: from 12 comparable Dutch buildings (Heeren &amp; Fishman 2019), likely 80–140 t.")
/// and read back by the pages, which write it in the reader's language. The record ids and selection steps stay in the
/// estimate's own answer (API, CLI) for whoever checks the method.
/// </summary>
public static partial class EstimateExplanation
{
    /// <summary>What a lot's description says about its estimate: the basis and, for records, how many buildings.</summary>
    public sealed record Facts(EstimateBasis Basis, int? Buildings);

    /// <summary>How the description of an estimated lot begins.</summary>
    public const string Prefix = "Estimate, not surveyed: ";

    /// <summary>How the description of an estimated demo lot begins.</summary>
    public const string DemoPrefix = "Demo estimate, not surveyed: ";

    /// <summary>The English description of an estimated lot; <paramref name="share"/> below 1 for a renovation's assumed share.</summary>
    public static string Describe(EstimateBasis basis, int buildings, double lowKg, double highKg, double share = 1, bool demo = false)
    {
        var from = basis == EstimateBasis.Records
            ? $"from {buildings} comparable Dutch buildings (Heeren & Fishman 2019)"
            : "from European ranges for comparable buildings (RASMI)";
        var renovation = share < 1 ? string.Create(CultureInfo.InvariantCulture, $"; the renovation releases an assumed {share * 100:0} %") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{(demo ? DemoPrefix : Prefix)}{from}, likely {Mass.KgToTonnes(lowKg):#,0.#}–{Mass.KgToTonnes(highKg):#,0.#} t{renovation}.");
    }

    /// <summary>The basis of an estimate description, written by <see cref="Describe"/> or by earlier versions (with record ids); null for any other text.</summary>
    public static Facts? Read(string? description)
    {
        if (string.IsNullOrEmpty(description) ||
            !(description.StartsWith(Prefix, StringComparison.Ordinal) || description.StartsWith(DemoPrefix, StringComparison.Ordinal))) return null;
        if (Buildings().Match(description) is { Success: true } m)
            return new Facts(EstimateBasis.Records, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture));
        if (description.Contains("(RASMI)", StringComparison.Ordinal) || description.Contains("fallback to", StringComparison.Ordinal))
            return new Facts(EstimateBasis.RangeFallback, null);
        return null;
    }

    [GeneratedRegex(@"(?:from (?<n>\d+) comparable Dutch buildings|percentiles over (?<n>\d+) records)")]
    private static partial Regex Buildings();
}
