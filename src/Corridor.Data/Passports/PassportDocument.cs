using System.Text.Json;
using System.Text.Json.Serialization;
using Corridor.Data.Entities;
using Corridor.Engine.Domain;
using Corridor.Engine.Impact;

namespace Corridor.Data.Passports;

/// <summary>
/// A material passport (Platform CB'23, Paspoorten voor de bouw 3.0) at the levels building → element → product →
/// material. One schema for a lot (one product) and a project (all its lots). JSON contract: docs/passport-schema.md and
/// docs/passport.schema.json. Prices and contact details are never included.
/// </summary>
/// <param name="Level"><c>product</c> for a lot's passport, <c>building</c> for a project's.</param>
public sealed record PassportDocument(
    string Schema,
    DateTime GeneratedUtc,
    string Level,
    PassportCorridor Corridor,
    PassportBuilding Building,
    IReadOnlyList<PassportElement> Elements,
    PassportTotals Totals,
    IReadOnlyList<string> Methods,
    IReadOnlyList<string> Sources)
{
    public const string SchemaVersion = "corridor-passport/1";
}

public sealed record PassportCorridor(string Code, string Name);

public sealed record PassportBuilding(
    string ProjectCode,
    string Name,
    ProjectKind Kind,
    ProjectStatus Status,
    string? Organisation,
    string? Address,
    double Latitude,
    double Longitude,
    DateOnly Start,
    DateOnly End,
    double? GrossFloorAreaM2,
    string? BuildingType,
    int? YearBuilt,
    string? Structure);

/// <param name="NlSfb">Two-digit NL-SfB element code; "00" when the lots name none.</param>
public sealed record PassportElement(string NlSfb, string Name, double MassKg, double EmbodiedCo2eKg, IReadOnlyList<PassportProduct> Products);

/// <param name="Origins">Where the material came from: accepted matches in this corridor, or origins carried over from an imported passport.</param>
public sealed record PassportProduct(
    string LotCode,
    LotDirection Direction,
    PassportCategory Category,
    string? Description,
    decimal Quantity,
    QuantityUnit Unit,
    double MassKg,
    bool MassIsEstimated,
    double? MassKgLow,
    double? MassKgHigh,
    double? LengthM,
    double? WidthM,
    double? HeightM,
    QualityGrade? Quality,
    LotStatus Status,
    DateOnly AvailableFrom,
    DateOnly AvailableTo,
    string? Ewc,
    bool IsHazardous,
    string? NlSfb,
    PassportCarbon EmbodiedCarbon,
    IReadOnlyList<PassportMaterial> Materials,
    IReadOnlyList<PassportCertificate> Certificates,
    IReadOnlyList<PassportEvent> History,
    IReadOnlyList<PassportOrigin> Origins);

public sealed record PassportCategory(string Key, string NameEn, string NameNl);

/// <summary>A1–A3 of a new product of the same category and mass: what reusing this one avoids.</summary>
public sealed record PassportCarbon(double Co2eKgPerKg, double Co2eKg, string Modules, string Source);

public sealed record PassportMaterial(string Material, double MassShare, double MassKg, bool IsRenewable, string? Source);

public sealed record PassportCertificate(string Kind, string Reference, string? Issuer, DateOnly? IssuedOn, DateOnly? ValidUntil, string? Url);

public sealed record PassportEvent(DateTime AtUtc, LotEventKind Kind, LotStatus Status, LotStatus? PreviousStatus, string? Note);

public sealed record PassportOrigin(string Project, string? ProjectName, string? Lot, double MassKg, RStep? RStep, string? Status);

public sealed record PassportTotals(int Products, double MassKg, double EmbodiedCo2eKg, double RenewableMassKg, int HazardousProducts);

/// <summary>The JSON form of passports: camelCase names, snake_case enum values, indented.</summary>
public static class PassportJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }

    public static string Serialize(PassportDocument document) => JsonSerializer.Serialize(document, Options);
}
