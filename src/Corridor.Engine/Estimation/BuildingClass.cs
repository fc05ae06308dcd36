namespace Corridor.Engine.Estimation;

/// <summary>Use classes of the Heeren &amp; Fishman / RASMI material-intensity data (their codes RS, RM, RU, NR).</summary>
public enum BuildingUse
{
    /// <summary>Single-family houses (RS).</summary>
    ResidentialSingleFamily,
    /// <summary>Multi-family buildings, apartments (RM).</summary>
    ResidentialMultiFamily,
    /// <summary>Residential, kind unknown (RU).</summary>
    ResidentialUnspecified,
    /// <summary>Non-residential: offices, schools, halls, shops (NR).</summary>
    NonResidential,
}

/// <summary>Main load-bearing structure (their codes C, M, S, T; U = unspecified).</summary>
public enum StructureType
{
    /// <summary>Not known (U).</summary>
    Unspecified,
    /// <summary>Reinforced concrete (C).</summary>
    Concrete,
    /// <summary>Masonry (M).</summary>
    Masonry,
    /// <summary>Steel frame (S).</summary>
    Steel,
    /// <summary>Timber (T).</summary>
    Timber,
}

/// <summary>
/// Maps the data sets' codes and the words partners write ("kantoor", "sporthal", "rijwoning") onto
/// a use class and a Heeren &amp; Fishman function type such as <c>NR_office_low</c>.
/// </summary>
public static class BuildingClass
{
    /// <summary>A use class from its data-set code (RS, RM, RU, NR); throws <see cref="FormatException"/> for any other.</summary>
    public static BuildingUse ParseUseCode(string code) => code.Trim().ToUpperInvariant() switch
    {
        "RS" => BuildingUse.ResidentialSingleFamily,
        "RM" => BuildingUse.ResidentialMultiFamily,
        "RU" => BuildingUse.ResidentialUnspecified,
        "NR" => BuildingUse.NonResidential,
        _ => throw new FormatException($"'{code}' is not a use class: expected RS, RM, RU or NR."),
    };

    /// <summary>The data-set code of a use class (RS, RM, RU, NR).</summary>
    public static string UseCode(BuildingUse use) => use switch
    {
        BuildingUse.ResidentialSingleFamily => "RS",
        BuildingUse.ResidentialMultiFamily => "RM",
        BuildingUse.ResidentialUnspecified => "RU",
        BuildingUse.NonResidential => "NR",
        _ => throw new ArgumentOutOfRangeException(nameof(use)),
    };

    /// <summary>A structure from its data-set code (C, M, S, T, U or empty); throws <see cref="FormatException"/> for any other.</summary>
    public static StructureType ParseStructureCode(string code) => code.Trim().ToUpperInvariant() switch
    {
        "C" => StructureType.Concrete,
        "M" => StructureType.Masonry,
        "S" => StructureType.Steel,
        "T" => StructureType.Timber,
        "U" or "" => StructureType.Unspecified,
        _ => throw new FormatException($"'{code}' is not a structure code: expected C, M, S, T or U."),
    };

    /// <summary>The data-set code of a structure (C, M, S, T; U when unspecified).</summary>
    public static string StructureCode(StructureType structure) => structure switch
    {
        StructureType.Concrete => "C",
        StructureType.Masonry => "M",
        StructureType.Steel => "S",
        StructureType.Timber => "T",
        _ => "U",
    };

    /// <summary>Reads a structure as written in a project sheet: a code or a word in English or Dutch. Unknown text gives Unspecified.</summary>
    public static StructureType ParseStructure(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return StructureType.Unspecified;
        var t = text.Trim().ToLowerInvariant();
        if (t.Length == 1) return ParseStructureCode(t);
        if (t.Contains("concrete") || t.Contains("beton")) return StructureType.Concrete;
        if (t.Contains("masonry") || t.Contains("brick") || t.Contains("metsel") || t.Contains("steen")) return StructureType.Masonry;
        if (t.Contains("steel") || t.Contains("staal")) return StructureType.Steel;
        if (t.Contains("timber") || t.Contains("wood") || t.Contains("hout")) return StructureType.Timber;
        return StructureType.Unspecified;
    }

    // Order matters: the first rule whose word occurs in the text wins ("rijwoning" before "woning").
    static readonly (string[] Words, string FunctionType)[] Rules =
    [
        (["high-rise office", "office tower", "kantoortoren"], "NR_office_high"),
        (["office", "kantoor"], "NR_office_low"),
        (["school", "gym", "sport", "civic", "city hall", "town hall", "stadhuis", "gemeentehuis", "library", "bibliotheek",
          "health", "zorg", "hospital", "ziekenhuis", "meeting", "community", "buurthuis", "theat", "museum"], "NR_civic"),
        (["retail", "winkel", "shop", "commercial", "supermarkt", "supermarket"], "NR_retail"),
        (["warehouse", "loods", "opslag", "distribution"], "NR_warehouse"),
        (["industrial", "factory", "fabriek", "bedrijfshal", "workshop", "werkplaats"], "NR_factory"),
        (["hotel", "non-residential", "utility", "utiliteit"], "NR_unspecified"),
        (["row house", "rowhouse", "terraced", "rijwoning", "rijtjes", "eengezins"], "R_SFH_rowhouse"),
        (["detached", "vrijstaand", "villa"], "R_SFH_detached"),
        (["tower", "woontoren"], "R_MFH_tower"),
        (["high-rise", "hoogbouw", "high rise"], "R_MFH_high"),
        (["apartment", "appartement", "flat", "portiek", "galerij", "multi-family"], "R_MFH_low"),
        (["residential", "dwelling", "woning", "housing", "house"], "R_unspecified"),
    ];

    /// <summary>
    /// Classifies a building type. Accepts a Heeren &amp; Fishman function type code as is (e.g. <c>NR_civic</c>).
    /// Returns null when the text names no known type.
    /// </summary>
    public static (BuildingUse Use, string FunctionType)? Classify(string? buildingType)
    {
        if (string.IsNullOrWhiteSpace(buildingType)) return null;
        var text = buildingType.Trim();
        if (UseOfFunctionType(text) is { } coded) return (coded, text);
        var lower = text.ToLowerInvariant();
        foreach (var (words, functionType) in Rules)
        {
            if (words.Any(lower.Contains)) return (UseOfFunctionType(functionType)!.Value, functionType);
        }
        return null;
    }

    /// <summary>The use class of a function type code, or null when the text is no such code.</summary>
    public static BuildingUse? UseOfFunctionType(string functionType) => functionType switch
    {
        _ when functionType.StartsWith("R_SFH", StringComparison.Ordinal) => BuildingUse.ResidentialSingleFamily,
        _ when functionType.StartsWith("R_MFH", StringComparison.Ordinal) => BuildingUse.ResidentialMultiFamily,
        "R_unspecified" => BuildingUse.ResidentialUnspecified,
        _ when functionType.StartsWith("NR_", StringComparison.Ordinal) => BuildingUse.NonResidential,
        _ => null,
    };
}
