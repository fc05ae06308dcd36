namespace Corridor.Data.Import;

/// <summary>The three tables an import reads.</summary>
public enum TableKind
{
    /// <summary>Projects, one row each.</summary>
    Projects,
    /// <summary>Lots, one row each.</summary>
    Lots,
    /// <summary>Hubs, one row each.</summary>
    Hubs,
}

/// <summary>The columns of one import table. Names are lower case; headers in files match them case-insensitively.</summary>
public sealed record TableSchema(TableKind Kind, string Name, IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    /// <summary>The projects table.</summary>
    public static readonly TableSchema Projects = new(TableKind.Projects, "projects",
        ["code", "name", "kind", "latitude", "longitude", "start", "end"],
        ["status", "organisation", "address", "gross_floor_area_m2", "building_type", "year_built", "structure"]);

    /// <summary>The lots table.</summary>
    public static readonly TableSchema Lots = new(TableKind.Lots, "lots",
        ["project_code", "lot_code", "direction", "category", "quantity", "unit", "available_from", "available_to"],
        ["description", "mass_kg", "quality", "nl_sfb", "ewc", "price_eur", "length_m", "width_m", "height_m",
         "mass_is_estimated", "mass_kg_low", "mass_kg_high", "status", "notes"]);

    /// <summary>The hubs table.</summary>
    public static readonly TableSchema Hubs = new(TableKind.Hubs, "hubs",
        ["code", "name", "latitude", "longitude", "storage_area_m2"],
        ["opens", "closes", "operator", "accepts", "services"]);

    /// <summary>All three tables.</summary>
    public static IReadOnlyList<TableSchema> All { get; } = [Projects, Lots, Hubs];

    /// <summary>Every column the table knows, required first.</summary>
    public IEnumerable<string> Columns => Required.Concat(Optional);

    /// <summary>Whether a (normalised) header names one of the table's columns.</summary>
    public bool Knows(string normalisedHeader) => Required.Contains(normalisedHeader) || Optional.Contains(normalisedHeader);

    /// <summary>"Project Code " → "project_code": trimmed, lower case, inner spaces and hyphens as underscores.</summary>
    public static string NormaliseHeader(string header)
    {
        var chars = header.Trim().ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is ' ' or '-') chars[i] = '_';
        }
        return new string(chars);
    }

    /// <summary>The schema named by a sheet (or file name word), if any: projects, lots or hubs, singular or plural.</summary>
    public static TableSchema? FromName(string name) => name.Trim().ToLowerInvariant() switch
    {
        "projects" or "project" => Projects,
        "lots" or "lot" => Lots,
        "hubs" or "hub" => Hubs,
        _ => null,
    };
}
