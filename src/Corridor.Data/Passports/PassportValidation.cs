using Corridor.Data.Lots;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;

namespace Corridor.Data.Passports;

/// <summary>
/// Checks a passport before import; every problem names its JSON path. Each product's lot fields are checked by the
/// <see cref="LotDraft"/> (the rules and messages of every lot), the passport's own parts (materials, certificates,
/// history, origins) here.
/// </summary>
internal static class PassportValidation
{
    /// <summary>The rules a passport's lots are made under: the shipped categories.</summary>
    public static LotRules Rules() => new(ReferenceCatalog.Categories);

    /// <summary>The lot a product describes, as a draft.</summary>
    public static LotDraft Draft(LotRules rules, PassportProduct p)
    {
        var draft = rules.Draft();
        draft.LotCode = p.LotCode?.Trim();
        draft.Direction = p.Direction;
        draft.Category = p.Category?.Key;
        draft.Description = p.Description;
        draft.Quantity = p.Quantity;
        draft.Unit = p.Unit;
        draft.MassKg = p.MassKg;
        draft.MassIsEstimated = p.MassIsEstimated;
        draft.MassKgLow = p.MassKgLow;
        draft.MassKgHigh = p.MassKgHigh;
        draft.LengthM = p.LengthM;
        draft.WidthM = p.WidthM;
        draft.HeightM = p.HeightM;
        draft.Quality = p.Quality;
        draft.Status = p.Status;
        draft.AvailableFrom = p.AvailableFrom;
        draft.AvailableTo = p.AvailableTo;
        draft.Set(LotDraft.EwcField, p.Ewc);
        draft.IsHazardous = p.IsHazardous;
        draft.NlSfb = p.NlSfb;
        return draft;
    }

    /// <summary>The JSON path of a draft's field within the product at <paramref name="productPath"/>.</summary>
    public static string PathOf(string productPath, string field) =>
        productPath + "." + (field == LotDraft.CategoryField ? "category.key" : LotDraft.CamelCase(field));

    public static List<PassportIssue> Validate(PassportDocument doc)
    {
        var rules = Rules();
        var errors = new List<PassportIssue>();
        void Error(string path, string message) => errors.Add(new PassportIssue(path, message));

        if (doc.Schema != PassportDocument.SchemaVersion)
            Error("schema", $"Expected '{PassportDocument.SchemaVersion}', found '{doc.Schema}'.");
        var b = doc.Building;
        if (b is null) Error("building", "Required.");
        else
        {
            if (string.IsNullOrWhiteSpace(b.ProjectCode)) Error("building.projectCode", "Required.");
            if (string.IsNullOrWhiteSpace(b.Name)) Error("building.name", "Required.");
            if (!GeoPoint.IsValidLatitude(b.Latitude)) Error("building.latitude", "Must lie between -90 and 90.");
            if (!GeoPoint.IsValidLongitude(b.Longitude)) Error("building.longitude", "Must lie between -180 and 180.");
            if (b.End < b.Start) Error("building.end", "Must not be before start.");
            if (b.GrossFloorAreaM2 is { } a && !(a > 0 && double.IsFinite(a))) Error("building.grossFloorAreaM2", "Must be a positive number.");
        }
        if (doc.Elements is null || doc.Elements.Count == 0 || doc.Elements.All(e => e?.Products is null || e.Products.Count == 0))
        {
            Error("elements", "A passport needs at least one product.");
            return errors;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < doc.Elements.Count; i++)
        {
            var products = doc.Elements[i]?.Products ?? [];
            for (var j = 0; j < products.Count; j++)
            {
                var path = $"elements[{i}].products[{j}]";
                if (products[j] is not { } p)
                {
                    Error(path, "Must not be null.");
                    continue;
                }
                Product(path, p, seen, rules, Error);
            }
        }
        return errors;
    }

    static void Product(string path, PassportProduct p, HashSet<string> seen, LotRules rules, Action<string, string> error)
    {
        foreach (var issue in Draft(rules, p).Validate()) error(PathOf(path, issue.Field), issue.Message);
        if (!string.IsNullOrWhiteSpace(p.LotCode) && !seen.Add(p.LotCode.Trim()))
            error(path + ".lotCode", $"The lot code '{p.LotCode}' appears twice in this passport.");

        var materials = p.Materials ?? [];
        for (var k = 0; k < materials.Count; k++)
        {
            var m = materials[k];
            if (m is null || string.IsNullOrWhiteSpace(m.Material)) error($"{path}.materials[{k}].material", "Required.");
            if (m is not null && !(m.MassShare is >= 0 and <= 1)) error($"{path}.materials[{k}].massShare", "Must lie between 0 and 1.");
        }
        if (materials.Count > 0 && materials.All(m => m is not null) && Math.Abs(materials.Sum(m => m.MassShare) - 1) > 0.001)
            error(path + ".materials", "The mass shares must add up to 1.");
        var certificates = p.Certificates ?? [];
        for (var k = 0; k < certificates.Count; k++)
        {
            if (string.IsNullOrWhiteSpace(certificates[k]?.Kind)) error($"{path}.certificates[{k}].kind", "Required.");
            if (string.IsNullOrWhiteSpace(certificates[k]?.Reference)) error($"{path}.certificates[{k}].reference", "Required.");
        }
        var history = p.History ?? [];
        for (var k = 0; k < history.Count; k++)
        {
            if (history[k] is null || history[k].AtUtc == default) error($"{path}.history[{k}].atUtc", "Required: the date and time of the event (UTC).");
        }
        var origins = p.Origins ?? [];
        for (var k = 0; k < origins.Count; k++)
        {
            if (string.IsNullOrWhiteSpace(origins[k]?.Project)) error($"{path}.origins[{k}].project", "Required.");
            else if (!(origins[k].MassKg >= 0 && double.IsFinite(origins[k].MassKg))) error($"{path}.origins[{k}].massKg", "Must be zero or more kg.");
        }
    }
}
