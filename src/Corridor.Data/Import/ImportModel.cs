using Corridor.Engine.Domain;

namespace Corridor.Data.Import;

/// <summary>How bad an import issue is.</summary>
public enum IssueSeverity
{
    /// <summary>Rejects the whole import.</summary>
    Error,
    /// <summary>Reported; the import goes on.</summary>
    Warning,
}

/// <summary>One problem found in an import file, located as precisely as the file allows.</summary>
/// <param name="Row">1-based row number as the user sees it in the spreadsheet (the header is row 1).</param>
/// <param name="Severity">An error rejects the import; a warning does not.</param>
/// <param name="File">The file's name as the user gave it.</param>
/// <param name="Sheet">The worksheet, for XLSX files.</param>
/// <param name="Column">The column's header, when one column is at fault.</param>
/// <param name="Value">The value as written, when one value is at fault.</param>
/// <param name="Message">What is wrong and how to fix it, in English.</param>
public sealed record ImportIssue(
    IssueSeverity Severity,
    string File,
    string? Sheet,
    int? Row,
    string? Column,
    string? Value,
    string Message)
{
    /// <summary>The issue as one line: file, sheet, row, column, value and message.</summary>
    public override string ToString() =>
        $"{File}{(Sheet is null ? "" : $" [{Sheet}]")}{(Row is null ? "" : $", row {Row}")}{(Column is null ? "" : $", column '{Column}'")}" +
        $"{(Value is null ? "" : $", value '{Value}'")}: {Message}";
}

/// <summary>One project row of an import file, checked.</summary>
/// <param name="File">The file the row comes from.</param>
/// <param name="Sheet">The worksheet, for XLSX files.</param>
/// <param name="Row">1-based row number as the user sees it.</param>
/// <param name="Code">The project's code, unique in the corridor.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">Demolition, renovation, new build, infrastructure or vacant building.</param>
/// <param name="Latitude">WGS84 decimal degrees.</param>
/// <param name="Longitude">WGS84 decimal degrees.</param>
/// <param name="Start">First day of the works.</param>
/// <param name="End">Last day of the works.</param>
/// <param name="Status">The project's status; null keeps the stored one.</param>
/// <param name="Organisation">The responsible organisation's name; created when new.</param>
/// <param name="Address">Street address.</param>
/// <param name="GrossFloorAreaM2">Gross floor area, m².</param>
/// <param name="BuildingType">Building type in the partner's words.</param>
/// <param name="YearBuilt">Construction year.</param>
/// <param name="Structure">Main structure in the partner's words.</param>
public sealed record ProjectRow(
    string File, string? Sheet, int Row,
    string Code,
    string Name,
    ProjectKind Kind,
    double Latitude,
    double Longitude,
    DateOnly Start,
    DateOnly End,
    ProjectStatus? Status,
    string? Organisation,
    string? Address,
    double? GrossFloorAreaM2,
    string? BuildingType,
    int? YearBuilt,
    string? Structure);

/// <param name="MassKgLow">For estimated inventories: the p25 of the estimate; <paramref name="MassKg"/> is then the median.</param>
/// <param name="MassKgHigh">For estimated inventories: the p75 of the estimate.</param>
/// <param name="File">The file the row comes from.</param>
/// <param name="Sheet">The worksheet, for XLSX files.</param>
/// <param name="Row">1-based row number as the user sees it.</param>
/// <param name="ProjectCode">The code of the lot's project.</param>
/// <param name="LotCode">The lot's code, unique within its project and direction.</param>
/// <param name="Direction">Supply or demand.</param>
/// <param name="CategoryKey">The material category.</param>
/// <param name="Quantity">Amount, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit of <paramref name="Quantity"/>.</param>
/// <param name="AvailableFrom">First day available (supply) or needed (demand).</param>
/// <param name="AvailableTo">Last day available or needed.</param>
/// <param name="Description">Free text about the lot.</param>
/// <param name="MassKg">Mass, kg (given, or estimated from the category).</param>
/// <param name="MassIsEstimated">Whether the mass was estimated rather than given.</param>
/// <param name="Quality">Quality grade A, B or C, when known.</param>
/// <param name="NlSfb">NL-SfB element code, when given.</param>
/// <param name="Ewc">European Waste Catalogue code, when given.</param>
/// <param name="PriceEur">Asking price for the whole lot, EUR.</param>
/// <param name="LengthM">Length of one piece, m.</param>
/// <param name="WidthM">Width of one piece, m.</param>
/// <param name="HeightM">Height of one piece, m.</param>
/// <param name="Status">The lot's status; null keeps the stored one (inventoried for a new lot).</param>
/// <param name="Notes">Private notes for the project's partners and the director.</param>
public sealed record LotRow(
    string File, string? Sheet, int Row,
    string ProjectCode,
    string LotCode,
    LotDirection Direction,
    string CategoryKey,
    decimal Quantity,
    QuantityUnit Unit,
    DateOnly AvailableFrom,
    DateOnly AvailableTo,
    string? Description,
    double MassKg,
    bool MassIsEstimated,
    QualityGrade? Quality,
    string? NlSfb,
    EwcCode? Ewc,
    decimal? PriceEur,
    double? LengthM,
    double? WidthM,
    double? HeightM,
    double? MassKgLow = null,
    double? MassKgHigh = null,
    LotStatus? Status = null,
    string? Notes = null);

/// <summary>One hub row of an import file, checked.</summary>
/// <param name="File">The file the row comes from.</param>
/// <param name="Sheet">The worksheet, for XLSX files.</param>
/// <param name="Row">1-based row number as the user sees it.</param>
/// <param name="Code">The hub's code, unique in the corridor.</param>
/// <param name="Name">Display name.</param>
/// <param name="Latitude">WGS84 decimal degrees.</param>
/// <param name="Longitude">WGS84 decimal degrees.</param>
/// <param name="StorageAreaM2">Floor area for stock, m².</param>
/// <param name="Opens">First day it operates.</param>
/// <param name="Closes">Last day it operates.</param>
/// <param name="Operator">Who runs it.</param>
/// <param name="Accepts">Category keys it takes; empty takes all.</param>
/// <param name="Services">Services offered, free words.</param>
public sealed record HubRow(
    string File, string? Sheet, int Row,
    string Code,
    string Name,
    double Latitude,
    double Longitude,
    double StorageAreaM2,
    DateOnly? Opens,
    DateOnly? Closes,
    string? Operator,
    IReadOnlyList<string> Accepts,
    IReadOnlyList<string> Services);

/// <summary>What one or more import files hold, parsed and validated row by row. Nothing is written while any error remains.</summary>
public sealed class ImportBatch
{
    /// <summary>The project rows read.</summary>
    public List<ProjectRow> Projects { get; } = [];
    /// <summary>The lot rows read.</summary>
    public List<LotRow> Lots { get; } = [];
    /// <summary>The hub rows read.</summary>
    public List<HubRow> Hubs { get; } = [];
    /// <summary>Every error and warning found.</summary>
    public List<ImportIssue> Issues { get; } = [];
    /// <summary>The errors (any one rejects the batch).</summary>
    public IEnumerable<ImportIssue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error);
    /// <summary>The warnings.</summary>
    public IEnumerable<ImportIssue> Warnings => Issues.Where(i => i.Severity == IssueSeverity.Warning);
    /// <summary>Whether any error was found.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == IssueSeverity.Error);
}

/// <summary>
/// Limits that protect the server from oversized uploads, and the range of plausible dates; each breach is reported as a
/// clear error.
/// </summary>
public sealed record ImportLimits(long MaxFileBytes = 50 * 1024 * 1024, int MaxRows = 200_000)
{
    /// <summary>Dates before this are refused as implausible.</summary>
    public static readonly DateOnly DefaultEarliestDate = new(2000, 1, 1);
    /// <summary>Dates after this are refused as implausible.</summary>
    public static readonly DateOnly DefaultLatestDate = new(2100, 12, 31);

    /// <summary>The earliest date any date cell may hold (default 2000-01-01); earlier dates are row errors.</summary>
    public DateOnly EarliestDate { get; init; } = DefaultEarliestDate;

    /// <summary>The latest date any date cell may hold (default 2100-12-31); later dates are row errors.</summary>
    public DateOnly LatestDate { get; init; } = DefaultLatestDate;
}
