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
/// <param name="Schema">The schema version, <see cref="SchemaVersion"/>.</param>
/// <param name="GeneratedUtc">When the passport was made (UTC).</param>
/// <param name="Corridor">The corridor the building is registered in.</param>
/// <param name="Building">The building (project).</param>
/// <param name="Elements">The building's elements (NL-SfB) with their products.</param>
/// <param name="Totals">Mass and carbon totals.</param>
/// <param name="Methods">The methods behind the figures, in words.</param>
/// <param name="Sources">The sources of the factors used.</param>
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
    /// <summary>The schema version this code writes and reads.</summary>
    public const string SchemaVersion = "corridor-passport/1";
}

/// <summary>The corridor a passport's building is registered in.</summary>
/// <param name="Code">The corridor's code.</param>
/// <param name="Name">The corridor's name.</param>
public sealed record PassportCorridor(string Code, string Name);

/// <summary>The building (project) a passport describes.</summary>
/// <param name="ProjectCode">The project's code.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">Demolition, renovation, new build, infrastructure or vacant building.</param>
/// <param name="Status">Planned, confirmed, started or done.</param>
/// <param name="Organisation">The responsible organisation.</param>
/// <param name="Address">Street address.</param>
/// <param name="Latitude">WGS84 decimal degrees.</param>
/// <param name="Longitude">WGS84 decimal degrees.</param>
/// <param name="Start">First day of the works.</param>
/// <param name="End">Last day of the works.</param>
/// <param name="GrossFloorAreaM2">Gross floor area, m².</param>
/// <param name="BuildingType">Building type in the partner's words.</param>
/// <param name="YearBuilt">Construction year.</param>
/// <param name="Structure">Main structure.</param>
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
/// <param name="Name">The element's name (English).</param>
/// <param name="MassKg">Mass of the element's products, kg.</param>
/// <param name="EmbodiedCo2eKg">A1–A3 of new products of the same mass, kg CO2e.</param>
/// <param name="Products">The element's products (one per lot).</param>
public sealed record PassportElement(string NlSfb, string Name, double MassKg, double EmbodiedCo2eKg, IReadOnlyList<PassportProduct> Products);

/// <param name="Origins">Where the material came from: accepted matches in this corridor, or origins carried over from an imported passport.</param>
/// <param name="LotCode">The lot's code.</param>
/// <param name="Direction">Supply (released) or demand (needed).</param>
/// <param name="Category">The material category with its names.</param>
/// <param name="Description">Free text about the product.</param>
/// <param name="Quantity">Amount, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit of <paramref name="Quantity"/>.</param>
/// <param name="MassKg">Mass, kg.</param>
/// <param name="MassIsEstimated">Whether the mass is estimated.</param>
/// <param name="MassKgLow">For estimated inventories: the p25 mass, kg.</param>
/// <param name="MassKgHigh">For estimated inventories: the p75 mass, kg.</param>
/// <param name="LengthM">Length of one piece, m.</param>
/// <param name="WidthM">Width of one piece, m.</param>
/// <param name="HeightM">Height of one piece, m.</param>
/// <param name="Quality">Quality grade, when known.</param>
/// <param name="Status">The lot's status.</param>
/// <param name="AvailableFrom">First day available or needed.</param>
/// <param name="AvailableTo">Last day available or needed.</param>
/// <param name="Ewc">European Waste Catalogue code, when known.</param>
/// <param name="IsHazardous">Whether the EWC code marks hazardous waste.</param>
/// <param name="NlSfb">NL-SfB element code, when known.</param>
/// <param name="EmbodiedCarbon">The carbon reusing the product avoids.</param>
/// <param name="Materials">The product's materials and their shares.</param>
/// <param name="Certificates">Certificates, declarations and test reports.</param>
/// <param name="History">The product's audited events.</param>
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

/// <summary>A product's material category with its names.</summary>
/// <param name="Key">The category key.</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="NameNl">Name in Dutch.</param>
public sealed record PassportCategory(string Key, string NameEn, string NameNl);

/// <summary>A1–A3 of a new product of the same category and mass: what reusing this one avoids.</summary>
public sealed record PassportCarbon(double Co2eKgPerKg, double Co2eKg, string Modules, string Source);

/// <summary>One material of a product.</summary>
/// <param name="Material">The material's name.</param>
/// <param name="MassShare">Share of the product's mass (0–1).</param>
/// <param name="MassKg">Its mass in the product, kg.</param>
/// <param name="IsRenewable">Whether it is renewable (bio-based).</param>
/// <param name="Source">Where the composition comes from.</param>
public sealed record PassportMaterial(string Material, double MassShare, double MassKg, bool IsRenewable, string? Source);

/// <summary>A certificate, declaration or test report of a product.</summary>
/// <param name="Kind">Certificate, declaration (e.g. DoP) or test report.</param>
/// <param name="Reference">The document's number or title.</param>
/// <param name="Issuer">Who issued it.</param>
/// <param name="IssuedOn">Date of issue.</param>
/// <param name="ValidUntil">Last day it is valid.</param>
/// <param name="Url">Where it can be read.</param>
public sealed record PassportCertificate(string Kind, string Reference, string? Issuer, DateOnly? IssuedOn, DateOnly? ValidUntil, string? Url);

/// <summary>One event in a product's history.</summary>
/// <param name="AtUtc">When it happened (UTC).</param>
/// <param name="Kind">What happened.</param>
/// <param name="Status">The status after it.</param>
/// <param name="PreviousStatus">The status before, for a change.</param>
/// <param name="Note">Free text, e.g. the reason.</param>
public sealed record PassportEvent(DateTime AtUtc, LotEventKind Kind, LotStatus Status, LotStatus? PreviousStatus, string? Note);

/// <summary>Where a product's material came from.</summary>
/// <param name="Project">The origin project's code.</param>
/// <param name="ProjectName">Its name.</param>
/// <param name="Lot">The origin lot's code.</param>
/// <param name="MassKg">Mass that came from there, kg.</param>
/// <param name="RStep">The R-step the reuse achieved.</param>
/// <param name="Status">The origin match's status.</param>
public sealed record PassportOrigin(string Project, string? ProjectName, string? Lot, double MassKg, RStep? RStep, string? Status);

/// <summary>A passport's totals.</summary>
/// <param name="Products">Number of products.</param>
/// <param name="MassKg">Their mass, kg.</param>
/// <param name="EmbodiedCo2eKg">A1–A3 of new products of the same mass, kg CO2e.</param>
/// <param name="RenewableMassKg">Renewable mass, kg.</param>
/// <param name="HazardousProducts">Products that are hazardous waste.</param>
public sealed record PassportTotals(int Products, double MassKg, double EmbodiedCo2eKg, double RenewableMassKg, int HazardousProducts);

/// <summary>The JSON form of passports: camelCase names, snake_case enum values, indented.</summary>
public static class PassportJson
{
    /// <summary>The JSON settings of passports (camelCase, enums in snake case, indented).</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }

    /// <summary>A passport as JSON, as <c>docs/passport-schema.md</c> describes it.</summary>
    public static string Serialize(PassportDocument document) => JsonSerializer.Serialize(document, Options);
}
