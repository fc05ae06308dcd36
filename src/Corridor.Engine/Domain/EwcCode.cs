using System.Text.RegularExpressions;

namespace Corridor.Engine.Domain;

/// <summary>
/// A European Waste Catalogue (EWC / Eural) code: six digits in three pairs, a trailing <c>*</c> marks hazardous waste.
/// Stored normalised as "17 01 01" or "17 06 05*". The chapter (first pair) is 01 to 20.
/// </summary>
public readonly partial record struct EwcCode
{
    public string Value { get; }
    public bool IsHazardous => Value.EndsWith('*');
    public int Chapter => int.Parse(Value.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);

    EwcCode(string value) => Value = value;

    // [0-9], not \d: \d also matches non-ASCII digits, which Chapter's int.Parse then rejects.
    [GeneratedRegex(@"^\s*([0-9]{2})[\s.\-]?([0-9]{2})[\s.\-]?([0-9]{2})\s*(\*)?\s*$")]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out EwcCode code)
    {
        code = default;
        if (text is null) return false;
        var m = Pattern().Match(text);
        if (!m.Success || int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) is < 1 or > 20) return false;
        code = new EwcCode($"{m.Groups[1].Value} {m.Groups[2].Value} {m.Groups[3].Value}{(m.Groups[4].Success ? "*" : "")}");
        return true;
    }

    public static EwcCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not an EWC code: expected six digits such as '17 01 01', with '*' when hazardous.");

    public override string ToString() => Value;
}
