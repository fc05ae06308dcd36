using System.Globalization;

namespace Corridor.Engine.Domain;

/// <summary>
/// Lenient parsing of the vocabulary as partners write it in spreadsheets: case-insensitive,
/// spaces, hyphens and underscores ignored, and the common Dutch words accepted.
/// </summary>
public static class Vocab
{
    static string Norm(string s) =>
        new string(s.Trim().ToLowerInvariant().Where(c => c is not (' ' or '_' or '-' or '.')).ToArray());

    static readonly Dictionary<string, QuantityUnit> Units = new()
    {
        ["pcs"] = QuantityUnit.Pcs, ["pc"] = QuantityUnit.Pcs, ["st"] = QuantityUnit.Pcs, ["stuks"] = QuantityUnit.Pcs, ["stuk"] = QuantityUnit.Pcs,
        ["piece"] = QuantityUnit.Pcs, ["pieces"] = QuantityUnit.Pcs, ["stk"] = QuantityUnit.Pcs,
        ["m"] = QuantityUnit.M, ["m1"] = QuantityUnit.M, ["meter"] = QuantityUnit.M,
        ["m2"] = QuantityUnit.M2, ["m²"] = QuantityUnit.M2,
        ["m3"] = QuantityUnit.M3, ["m³"] = QuantityUnit.M3,
        ["kg"] = QuantityUnit.Kg,
        ["t"] = QuantityUnit.T, ["ton"] = QuantityUnit.T, ["tonne"] = QuantityUnit.T, ["tonnes"] = QuantityUnit.T,
    };

    static readonly Dictionary<string, ProjectKind> Kinds = new()
    {
        ["demolition"] = ProjectKind.Demolition, ["sloop"] = ProjectKind.Demolition,
        ["renovation"] = ProjectKind.Renovation, ["renovatie"] = ProjectKind.Renovation,
        ["newbuild"] = ProjectKind.NewBuild, ["nieuwbouw"] = ProjectKind.NewBuild,
        ["infrastructure"] = ProjectKind.Infrastructure, ["infra"] = ProjectKind.Infrastructure, ["infrastructuur"] = ProjectKind.Infrastructure,
        ["vacantbuilding"] = ProjectKind.VacantBuilding, ["vacant"] = ProjectKind.VacantBuilding, ["leegstand"] = ProjectKind.VacantBuilding,
    };

    static readonly Dictionary<string, LotDirection> Directions = new()
    {
        ["supply"] = LotDirection.Supply, ["aanbod"] = LotDirection.Supply, ["donor"] = LotDirection.Supply,
        ["demand"] = LotDirection.Demand, ["vraag"] = LotDirection.Demand, ["need"] = LotDirection.Demand,
    };

    /// <summary>The unit as written in files and the API: pcs, m, m2, m3, kg or t.</summary>
    public static string UnitText(QuantityUnit unit) => unit switch
    {
        QuantityUnit.Pcs => "pcs", QuantityUnit.M => "m", QuantityUnit.M2 => "m2",
        QuantityUnit.M3 => "m3", QuantityUnit.Kg => "kg", QuantityUnit.T => "t",
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <summary>Parses a unit as partners write it (pcs, st, stuks, m², ton…).</summary>
    public static bool TryUnit(string? text, out QuantityUnit unit) => TryLookup(Units, text, out unit);
    /// <summary>Parses a project kind in English or Dutch (demolition/sloop, new build/nieuwbouw…).</summary>
    public static bool TryKind(string? text, out ProjectKind kind) => TryLookup(Kinds, text, out kind);
    /// <summary>Parses a direction in English or Dutch (supply/aanbod/donor, demand/vraag).</summary>
    public static bool TryDirection(string? text, out LotDirection direction) => TryLookup(Directions, text, out direction);
    /// <summary>Parses any enum by its name, case, spaces, hyphens and underscores ignored ("in_transit", "In Transit").</summary>
    public static bool TryEnum<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var n = Norm(text);
        foreach (var v in Enum.GetValues<T>())
        {
            if (Norm(v.ToString()) == n) { value = v; return true; }
        }
        return false;
    }

    /// <summary>The enum's values in snake case, comma-separated, for error messages.</summary>
    public static string Allowed<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Select(ToSnake));

    /// <summary>A PascalCase name in snake case (<c>InTransit</c> → <c>in_transit</c>).</summary>
    public static string ToSnake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    static bool TryLookup<T>(Dictionary<string, T> map, string? text, out T value)
    {
        value = default!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var raw = text.Trim().ToLowerInvariant();
        if (map.TryGetValue(raw, out value!)) return true;
        return map.TryGetValue(Norm(raw), out value!);
    }

    /// <summary>Parses a decimal written with a point or a Dutch decimal comma (and optional thousands separators).</summary>
    public static bool TryDecimal(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        int comma = s.LastIndexOf(','), dot = s.LastIndexOf('.');
        if (comma >= 0 && dot >= 0)
        {
            // The later separator is the decimal one: 1.234,5 (Dutch) or 1,234.5 (English).
            s = comma > dot ? s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.') : s.Replace(",", "", StringComparison.Ordinal);
        }
        else if (comma >= 0)
        {
            s = s.Replace(',', '.');
        }
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value);
    }

    static readonly string[] DateFormats = ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>Parses an ISO date (yyyy-mm-dd) or a Dutch dd-mm-yyyy date.</summary>
    public static bool TryDate(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (DateTime.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            date = DateOnly.FromDateTime(dt);
            return true;
        }
        return false;
    }
}
