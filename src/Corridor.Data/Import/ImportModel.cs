using Corridor.Engine.Domain;

namespace Corridor.Data.Import;

public enum IssueSeverity { Error, Warning }

/// <summary>One problem found in an import file, located as precisely as the file allows.</summary>
/// <param name="Row">1-based row number as the user sees it in the spreadsheet (the header is row 1).</param>
public sealed record ImportIssue(
    IssueSeverity Severity,
    string File,
    string? Sheet,
    int? Row,
    string? Column,
    string? Value,
    string Message)
{
    public override string ToString() =>
        $"{File}{(Sheet is null ? "" : $" [{Sheet}]")}{(Row is null ? "" : $", row {Row}")}{(Column is null ? "" : $", column '{Column}'")}" +
        $"{(Value is null ? "" : $", value '{Value}'")}: {Message}";
}

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
    public List<ProjectRow> Projects { get; } = [];
    public List<LotRow> Lots { get; } = [];
    public List<HubRow> Hubs { get; } = [];
    public List<ImportIssue> Issues { get; } = [];
    public IEnumerable<ImportIssue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error);
    public IEnumerable<ImportIssue> Warnings => Issues.Where(i => i.Severity == IssueSeverity.Warning);
    public bool HasErrors => Issues.Any(i => i.Severity == IssueSeverity.Error);
}

/// <summary>
/// Limits that protect the server from oversized uploads, and the range of plausible dates; each breach is reported as a
/// clear error.
/// </summary>
public sealed record ImportLimits(long MaxFileBytes = 50 * 1024 * 1024, int MaxRows = 200_000)
{
    public static readonly DateOnly DefaultEarliestDate = new(2000, 1, 1);
    public static readonly DateOnly DefaultLatestDate = new(2100, 12, 31);

    /// <summary>The earliest date any date cell may hold (default 2000-01-01); earlier dates are row errors.</summary>
    public DateOnly EarliestDate { get; init; } = DefaultEarliestDate;

    /// <summary>The latest date any date cell may hold (default 2100-12-31); later dates are row errors.</summary>
    public DateOnly LatestDate { get; init; } = DefaultLatestDate;
}
