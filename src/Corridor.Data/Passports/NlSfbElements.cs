namespace Corridor.Data.Passports;

/// <summary>Names of the NL-SfB element codes (table 1, two digits) the taxonomy and partners use.</summary>
public static class NlSfbElements
{
    static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["11"] = "Ground works", ["13"] = "Floors on grade", ["16"] = "Foundations", ["17"] = "Pile foundations",
        ["21"] = "Outer walls", ["22"] = "Inner walls", ["23"] = "Floors", ["24"] = "Stairs and ramps", ["27"] = "Roofs",
        ["28"] = "Main load-bearing structure", ["31"] = "Outer wall openings", ["32"] = "Inner wall openings",
        ["33"] = "Floor openings", ["34"] = "Balustrades and railings", ["37"] = "Roof openings", ["41"] = "Outer wall finishes",
        ["42"] = "Inner wall finishes", ["43"] = "Floor finishes", ["44"] = "Stair finishes", ["45"] = "Ceiling finishes",
        ["47"] = "Roof finishes", ["52"] = "Drainage", ["53"] = "Water supply", ["56"] = "Heating", ["57"] = "Ventilation",
        ["61"] = "Electrical installations, central", ["62"] = "Power distribution", ["63"] = "Lighting", ["64"] = "Communication",
        ["66"] = "Transport installations", ["72"] = "Fixed fittings", ["73"] = "Kitchen fittings", ["74"] = "Sanitary fittings",
        ["75"] = "Cleaning fittings", ["90"] = "Site works",
    };

    /// <summary>The two-digit element of a code such as "21" or "21.1"; "00" when there is none.</summary>
    public static string ElementOf(string? code)
    {
        var text = code?.Trim() ?? "";
        return text.Length >= 2 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) ? text[..2] : "00";
    }

    /// <summary>The English name of an NL-SfB element code.</summary>
    public static string NameOf(string element) =>
        Names.TryGetValue(element, out var name) ? name : element == "00" ? "Element not classified" : $"NL-SfB {element}";
}
