using System.Text.RegularExpressions;

namespace Corridor.Engine.Domain;

/// <summary>
/// A European Waste Catalogue (EWC / Eural) code: six digits in three pairs, a trailing <c>*</c> marks hazardous waste.
/// Stored normalised as "17 01 01" or "17 06 05*". The chapter (first pair) is 01 to 20.
/// </summary>
public readonly partial record struct EwcCode
{
    /// <summary>The code as written in the European Waste Catalogue, e.g. <c>17 02 01</c>; a trailing * marks hazardous waste.</summary>
    public string Value { get; }
    /// <summary>Whether the code is a hazardous entry (ends in *).</summary>
    public bool IsHazardous => Value.EndsWith('*');
    /// <summary>The EWC chapter (first two digits; 17 is construction and demolition waste).</summary>
    public int Chapter => int.Parse(Value.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);

    EwcCode(string value) => Value = value;

    // [0-9], not \d: \d also matches non-ASCII digits, which Chapter's int.Parse then rejects.
    [GeneratedRegex(@"^\s*([0-9]{2})[\s.\-]?([0-9]{2})[\s.\-]?([0-9]{2})\s*(\*)?\s*$")]
    private static partial Regex Pattern();

    /// <summary>Parses a code with or without spaces ("170201", "17 02 01", "17 06 05*"); false when it is not six digits of a chapter 01–20.</summary>
    public static bool TryParse(string? text, out EwcCode code)
    {
        code = default;
        if (text is null) return false;
        var m = Pattern().Match(text);
        if (!m.Success || int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) is < 1 or > 20) return false;
        code = new EwcCode($"{m.Groups[1].Value} {m.Groups[2].Value} {m.Groups[3].Value}{(m.Groups[4].Success ? "*" : "")}");
        return true;
    }

    /// <summary>Parses a code; throws <see cref="FormatException"/> when it is not one.</summary>
    public static EwcCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not an EWC code: expected six digits such as '17 01 01', with '*' when hazardous.");

    /// <summary>The code as written (<see cref="Value"/>).</summary>
    public override string ToString() => Value;
}
