using System.Globalization;
using Corridor.Data.Entities;
using Corridor.Data.Import;
using Corridor.Engine.Domain;

namespace Corridor.Data.Lots;

/// <summary>A problem with one field of a <see cref="LotDraft"/>, keyed by the import's column name (quantity, available_from, …).</summary>
public sealed record LotDraftIssue(string Field, string Message);

/// <summary>
/// What every lot draft of one import, request or form shares: the material categories, the plausible date range and
/// the parse caches. Not thread-safe: use one per import or request.
/// </summary>
public sealed class LotRules
{
    /// <summary>Rules over <paramref name="categories"/>, with dates outside <paramref name="earliestDate"/>–<paramref name="latestDate"/> (defaults: <see cref="ImportLimits"/>) refused as implausible.</summary>
    public LotRules(IReadOnlyList<MaterialCategory> categories, DateOnly? earliestDate = null, DateOnly? latestDate = null)
    {
        ArgumentNullException.ThrowIfNull(categories);
        Categories = new CategoryCatalog(categories);
        EarliestDate = earliestDate ?? ImportLimits.DefaultEarliestDate;
        LatestDate = latestDate ?? ImportLimits.DefaultLatestDate;
    }

    internal LotRules(CategoryCatalog categories, DateOnly earliestDate, DateOnly latestDate) =>
        (Categories, EarliestDate, LatestDate) = (categories, earliestDate, latestDate);

    internal CategoryCatalog Categories { get; }
    /// <summary>Earliest plausible availability date.</summary>
    public DateOnly EarliestDate { get; }
    /// <summary>Latest plausible availability date.</summary>
    public DateOnly LatestDate { get; }

    internal ParseMemo<DateOnly> Dates { get; } = new(Vocab.TryDate);
    internal ParseMemo<LotDirection> Directions { get; } = new(Vocab.TryDirection);
    internal ParseMemo<QuantityUnit> Units { get; } = new(Vocab.TryUnit);
    internal ParseMemo<QualityGrade> Qualities { get; } = new(Vocab.TryEnum);
    internal ParseMemo<EwcCode> EwcCodes { get; } = new(EwcCode.TryParse);
    internal ParseMemo<LotStatus> Statuses { get; } = new(Vocab.TryEnum);

    /// <summary>A new, empty draft under these rules.</summary>
    public LotDraft Draft(bool requireProjectCode = false) => new(this, requireProjectCode);
}

/// <summary>
/// A material lot being made from any source — an import row, an API body, a passport product, a form — built field by
/// field and validated by one set of rules with one set of messages, keyed by the import's column names. Set fields
/// from text as a cell or a form gives it (<see cref="Set"/>) or as typed values (the properties); then
/// <see cref="Validate"/> lists every problem, and <see cref="ToEntity"/> (or the import's row) makes the lot.
/// </summary>
public sealed class LotDraft
{
    /// <summary>The <c>project_code</c> column and field name.</summary>
    public const string ProjectCodeField = "project_code";
    /// <summary>The <c>lot_code</c> column and field name.</summary>
    public const string LotCodeField = "lot_code";
    /// <summary>The <c>direction</c> column and field name.</summary>
    public const string DirectionField = "direction";
    /// <summary>The <c>category</c> column and field name.</summary>
    public const string CategoryField = "category";
    /// <summary>The <c>quantity</c> column and field name.</summary>
    public const string QuantityField = "quantity";
    /// <summary>The <c>unit</c> column and field name.</summary>
    public const string UnitField = "unit";
    /// <summary>The <c>available_from</c> column and field name.</summary>
    public const string AvailableFromField = "available_from";
    /// <summary>The <c>available_to</c> column and field name.</summary>
    public const string AvailableToField = "available_to";
    /// <summary>The <c>description</c> column and field name.</summary>
    public const string DescriptionField = "description";
    /// <summary>The <c>mass_kg</c> column and field name.</summary>
    public const string MassKgField = "mass_kg";
    /// <summary>The <c>mass_is_estimated</c> column and field name.</summary>
    public const string MassIsEstimatedField = "mass_is_estimated";
    /// <summary>The <c>mass_kg_low</c> column and field name.</summary>
    public const string MassKgLowField = "mass_kg_low";
    /// <summary>The <c>mass_kg_high</c> column and field name.</summary>
    public const string MassKgHighField = "mass_kg_high";
    /// <summary>The <c>quality</c> column and field name.</summary>
    public const string QualityField = "quality";
    /// <summary>The <c>nl_sfb</c> column and field name.</summary>
    public const string NlSfbField = "nl_sfb";
    /// <summary>The <c>ewc</c> column and field name.</summary>
    public const string EwcField = "ewc";
    /// <summary>The <c>price_eur</c> column and field name.</summary>
    public const string PriceEurField = "price_eur";
    /// <summary>The <c>length_m</c> column and field name.</summary>
    public const string LengthMField = "length_m";
    /// <summary>The <c>width_m</c> column and field name.</summary>
    public const string WidthMField = "width_m";
    /// <summary>The <c>height_m</c> column and field name.</summary>
    public const string HeightMField = "height_m";
    /// <summary>The <c>status</c> column and field name.</summary>
    public const string StatusField = "status";
    /// <summary>The <c>notes</c> column and field name.</summary>
    public const string NotesField = "notes";

    /// <summary>Every field, in the order of the import's lots table.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        ProjectCodeField, LotCodeField, DirectionField, CategoryField, QuantityField, UnitField, AvailableFromField, AvailableToField,
        DescriptionField, MassKgField, MassIsEstimatedField, MassKgLowField, MassKgHighField, QualityField, NlSfbField, EwcField,
        PriceEurField, LengthMField, WidthMField, HeightMField, StatusField, NotesField,
    ];

    internal const string NumberHint = "use digits with a decimal point or comma, e.g. 1234.5 or 1.234,5";
    internal const string DateHint = "use yyyy-mm-dd or dd-mm-yyyy";
    const string DirectionHint = "unknown direction; use supply or demand (Dutch: aanbod or vraag)";
    const string QualityHint = "unknown quality; use A (reusable as is), B (needs reconditioning) or C (recycling only)";
    const string EwcHint = "not an EWC code; use six digits such as 17 01 01, with * when hazardous (17 06 05*)";
    static readonly string UnitHint = $"unknown unit; use one of {string.Join(", ", Enum.GetValues<QuantityUnit>().Select(Vocab.UnitText))}";
    static readonly string StatusHint = $"unknown status; use one of {Vocab.Allowed<LotStatus>()}";

    readonly LotRules rules;
    readonly bool requireProjectCode;
    readonly Dictionary<string, string?> unreadable = new(StringComparer.Ordinal);
    MaterialCategory? category;
    LotMass? mass;

    internal LotDraft(LotRules rules, bool requireProjectCode)
    {
        this.rules = rules;
        this.requireProjectCode = requireProjectCode;
    }

    /// <summary>The code of the lot's project (required where the source has no project of its own).</summary>
    public string? ProjectCode { get; set; }
    /// <summary>The lot's code, unique within its project and direction.</summary>
    public string? LotCode { get; set; }
    /// <summary>Supply or demand.</summary>
    public LotDirection? Direction { get; set; }
    /// <summary>The category key as given; <see cref="Validate"/> resolves it case-insensitively.</summary>
    public string? Category { get; set; }
    /// <summary>Amount, in <see cref="Unit"/>; must be positive.</summary>
    public decimal? Quantity { get; set; }
    /// <summary>The unit of <see cref="Quantity"/>.</summary>
    public QuantityUnit? Unit { get; set; }
    /// <summary>First day available (supply) or needed (demand).</summary>
    public DateOnly? AvailableFrom { get; set; }
    /// <summary>Last day available or needed; not before <see cref="AvailableFrom"/>.</summary>
    public DateOnly? AvailableTo { get; set; }
    /// <summary>Free text about the material.</summary>
    public string? Description { get; set; }
    /// <summary>The lot's total mass; when null it is derived from the category (and flagged as estimated).</summary>
    public double? MassKg { get; set; }
    /// <summary>Whether the given mass is an estimate.</summary>
    public bool? MassIsEstimated { get; set; }
    /// <summary>For estimated inventories: the p25 mass, kg.</summary>
    public double? MassKgLow { get; set; }
    /// <summary>For estimated inventories: the p75 mass, kg.</summary>
    public double? MassKgHigh { get; set; }
    /// <summary>Quality grade A, B or C.</summary>
    public QualityGrade? Quality { get; set; }
    /// <summary>NL-SfB element code.</summary>
    public string? NlSfb { get; set; }
    /// <summary>European Waste Catalogue code.</summary>
    public EwcCode? Ewc { get; set; }
    /// <summary>Hazardous although the EWC code does not say so (a passport's own flag).</summary>
    public bool IsHazardous { get; set; }
    /// <summary>Asking price for the whole lot, EUR; not negative.</summary>
    public decimal? PriceEur { get; set; }
    /// <summary>Length of one piece, m.</summary>
    public double? LengthM { get; set; }
    /// <summary>Width of one piece, m.</summary>
    public double? WidthM { get; set; }
    /// <summary>Height of one piece, m.</summary>
    public double? HeightM { get; set; }
    /// <summary>The lot's status; null keeps the stored one.</summary>
    public LotStatus? Status { get; set; }
    /// <summary>Private notes for the project's partners and the director.</summary>
    public string? Notes { get; set; }

    /// <summary>
    /// Sets a field from text as a cell or a form gives it: trimmed, empty means not given; numbers with a decimal
    /// point or a Dutch comma, dates as yyyy-mm-dd or dd-mm-yyyy, the import's words for direction, unit, quality and
    /// status. Text that does not parse leaves the field empty and becomes that field's issue in <see cref="Validate"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="field"/> is not one of <see cref="Fields"/>.</exception>
    public LotDraft Set(string field, string? text)
    {
        var s = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        unreadable.Remove(field);
        switch (field)
        {
            case ProjectCodeField: ProjectCode = s; break;
            case LotCodeField: LotCode = s; break;
            case DirectionField: Direction = Choice(field, s, rules.Directions, DirectionHint); break;
            case CategoryField: Category = s; break;
            case QuantityField: Quantity = Decimal(field, s); break;
            case UnitField: Unit = Choice(field, s, rules.Units, UnitHint); break;
            case AvailableFromField: AvailableFrom = Date(field, s); break;
            case AvailableToField: AvailableTo = Date(field, s); break;
            case DescriptionField: Description = s; break;
            case MassKgField: MassKg = Double(field, s); break;
            case MassIsEstimatedField: MassIsEstimated = Bool(field, s); break;
            case MassKgLowField: MassKgLow = Double(field, s); break;
            case MassKgHighField: MassKgHigh = Double(field, s); break;
            case QualityField: Quality = Choice(field, s, rules.Qualities, QualityHint); break;
            case NlSfbField: NlSfb = s; break;
            case EwcField: Ewc = Choice(field, s, rules.EwcCodes, EwcHint); break;
            case PriceEurField: PriceEur = Decimal(field, s); break;
            case LengthMField: LengthM = Double(field, s); break;
            case WidthMField: WidthM = Double(field, s); break;
            case HeightMField: HeightM = Double(field, s); break;
            case StatusField: Status = Choice(field, s, rules.Statuses, StatusHint); break;
            case NotesField: Notes = s; break;
            default: throw new ArgumentException($"'{field}' is not a field of a lot; the fields are {string.Join(", ", Fields)}.", nameof(field));
        }
        return this;
    }

    /// <summary>Marks a field as given but unreadable, its problem already reported by the caller: its checks are skipped.</summary>
    internal void Unreadable(string field) => unreadable[field] = null;

    /// <summary>The category the key names, once <see cref="Validate"/> found it.</summary>
    public MaterialCategory? ResolvedCategory => category;

    /// <summary>The mass, given or derived from the category, once <see cref="Validate"/> could resolve it.</summary>
    public LotMass? ResolvedMass => mass is { } m ? m with { IsEstimated = m.IsEstimated || MassIsEstimated == true } : null;

    /// <summary>Every problem of the draft, in the order of the import's columns; empty when the lot can be made.</summary>
    public IReadOnlyList<LotDraftIssue> Validate()
    {
        var issues = new List<LotDraftIssue>();
        void Error(string field, string message) => issues.Add(new LotDraftIssue(field, message));
        bool Given(string field, object? value)
        {
            if (unreadable.TryGetValue(field, out var message))
            {
                if (message is not null) Error(field, message);
                return false;
            }
            return value is not null;
        }
        void Required(string field, object? value)
        {
            if (!unreadable.ContainsKey(field) && (value is null || value is string s && string.IsNullOrWhiteSpace(s))) Error(field, $"{field} is required but empty");
        }
        void Positive(string field, double? value, string message)
        {
            if (Given(field, value) && !(value > 0 && double.IsFinite(value.Value))) Error(field, message);
        }
        bool InRange(string field, DateOnly? date)
        {
            if (!Given(field, date)) return false;
            if (date >= rules.EarliestDate && date <= rules.LatestDate) return true;
            Error(field, $"{field} {Iso(date!.Value)} lies outside the plausible range {Iso(rules.EarliestDate)} to {Iso(rules.LatestDate)}; check the year");
            return false;
        }

        if (requireProjectCode) Required(ProjectCodeField, ProjectCode);
        Required(LotCodeField, LotCode);
        Given(DirectionField, Direction);
        Required(DirectionField, Direction);

        category = null;
        if (string.IsNullOrWhiteSpace(Category)) Required(CategoryField, null);
        else if (rules.Categories.TryGet(Category.Trim(), out var found)) category = found;
        else Error(CategoryField, rules.Categories.UnknownKeyMessage(Category.Trim()));

        var quantityOk = false;
        if (Given(QuantityField, Quantity))
        {
            if (Quantity > 0) quantityOk = true;
            else Error(QuantityField, "quantity must be greater than 0");
        }
        else Required(QuantityField, Quantity);
        Given(UnitField, Unit);
        Required(UnitField, Unit);

        var fromOk = InRange(AvailableFromField, AvailableFrom);
        Required(AvailableFromField, AvailableFrom);
        var toOk = InRange(AvailableToField, AvailableTo);
        Required(AvailableToField, AvailableTo);
        if (fromOk && toOk && AvailableTo < AvailableFrom)
        {
            Error(AvailableToField, $"available_to ({Iso(AvailableTo!.Value)}) is before available_from ({Iso(AvailableFrom!.Value)}); it must be the same day or later");
        }

        var massGiven = Given(MassKgField, MassKg);
        var massOk = massGiven && MassKg > 0 && double.IsFinite(MassKg!.Value);
        if (massGiven && !massOk) Error(MassKgField, "mass_kg must be greater than 0 kg; leave it empty to have it estimated from the category");
        Given(QualityField, Quality);
        Given(EwcField, Ewc);
        if (Given(PriceEurField, PriceEur) && PriceEur < 0) Error(PriceEurField, "price_eur cannot be negative; use 0 for free");
        Positive(LengthMField, LengthM, "length_m must be greater than 0 m");
        Positive(WidthMField, WidthM, "width_m must be greater than 0 m");
        Positive(HeightMField, HeightM, "height_m must be greater than 0 m");

        mass = null;
        if (quantityOk && Unit is { } u && category is not null && (massOk || !massGiven && !unreadable.ContainsKey(MassKgField)))
        {
            var resolved = LotMass.Resolve(Quantity!.Value, u, massOk ? MassKg : null, category);
            if (resolved is { MassKg: > 0 } m) mass = m;
            else
            {
                Error(MassKgField, resolved is null
                    ? $"mass_kg is required: the unit '{Vocab.UnitText(u)}' differs from the default unit '{Vocab.UnitText(category.DefaultUnit)}' " +
                      $"of category '{category.Key}', so the mass cannot be estimated; give the lot's total mass in kg"
                    : $"mass_kg is required: category '{category.Key}' has no typical mass per unit to estimate it from; give the lot's total mass in kg");
            }
        }

        Given(MassIsEstimatedField, MassIsEstimated);
        var lowOk = MassKgLow is null;
        var highOk = MassKgHigh is null;
        if (Given(MassKgLowField, MassKgLow))
        {
            lowOk = MassKgLow > 0 && double.IsFinite(MassKgLow!.Value);
            if (!lowOk) Error(MassKgLowField, "mass_kg_low must be greater than 0 kg");
            else if (mass is { } m && MassKgLow > m.MassKg)
            {
                lowOk = false;
                Error(MassKgLowField, "mass_kg_low must not be above mass_kg");
            }
        }
        if (Given(MassKgHighField, MassKgHigh))
        {
            highOk = MassKgHigh > 0 && double.IsFinite(MassKgHigh!.Value);
            if (!highOk) Error(MassKgHighField, "mass_kg_high must be greater than 0 kg");
            else if (lowOk && MassKgLow is { } lo && MassKgHigh < lo) Error(MassKgHighField, "mass_kg_high must not be below mass_kg_low");
            else if (mass is { } m && MassKgHigh < m.MassKg) Error(MassKgHighField, "mass_kg_high must not be below mass_kg");
        }
        Given(StatusField, Status);

        return issues;
    }

    /// <summary>The new lot of a project, from a draft that <see cref="Validate"/> passed; status inventoried unless the draft gives one.</summary>
    /// <remarks>
    /// The EWC code is stored as given (none when none is given: the import and passports did so, and a passport must
    /// import back unchanged); the lot is hazardous when its code, the draft's <see cref="IsHazardous"/> or its
    /// category's code says so, so a lot of a hazardous-waste category without a code is still never reused.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The draft has problems (<see cref="Validate"/> lists them).</exception>
    public MaterialLot ToEntity(int corridorId, int projectId)
    {
        if (Validate() is [var first, ..]) throw new InvalidOperationException($"The lot cannot be made: {first.Field}: {first.Message}");
        var m = ResolvedMass!.Value;
        return new MaterialLot
        {
            CorridorId = corridorId, ProjectId = projectId, Code = LotCode!.Trim(), Direction = Direction!.Value, CategoryKey = category!.Key,
            Description = Description, Quantity = Quantity!.Value, Unit = Unit!.Value, MassKg = m.MassKg, MassIsEstimated = m.IsEstimated,
            MassKgLow = MassKgLow, MassKgHigh = MassKgHigh, Quality = Quality, NlSfb = NlSfb, Ewc = Ewc?.Value,
            IsHazardous = Ewc?.IsHazardous == true || IsHazardous || category.Ewc.IsHazardous, AvailableFrom = AvailableFrom!.Value, AvailableTo = AvailableTo!.Value,
            PriceEur = PriceEur, Notes = Notes, LengthM = LengthM, WidthM = WidthM, HeightM = HeightM, Status = Status ?? LotStatus.Inventoried,
        };
    }

    /// <summary>The import's row for this draft (which the import stores by project and lot code); call it only when <see cref="Validate"/> just passed.</summary>
    internal LotRow ToRow(string file, string? sheet, int row)
    {
        var m = ResolvedMass!.Value;
        return new LotRow(file, sheet, row, ProjectCode!, LotCode!, Direction!.Value, category!.Key, Quantity!.Value, Unit!.Value,
            AvailableFrom!.Value, AvailableTo!.Value, Description, m.MassKg, m.IsEstimated, Quality, NlSfb, Ewc, PriceEur, LengthM, WidthM, HeightM,
            MassKgLow, MassKgHigh, Status, Notes);
    }

    /// <summary>An import field name as the API and passports spell it: mass_kg → massKg.</summary>
    public static string CamelCase(string field)
    {
        var parts = field.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }

    T? Choice<T>(string field, string? text, ParseMemo<T> parse, string hint) where T : struct
    {
        if (text is null) return null;
        if (parse.TryParse(text, out var value)) return value;
        unreadable[field] = hint;
        return null;
    }

    decimal? Decimal(string field, string? text)
    {
        if (text is null) return null;
        if (Vocab.TryDecimal(text, out var value)) return value;
        unreadable[field] = $"not a number; {NumberHint}";
        return null;
    }

    double? Double(string field, string? text) => Decimal(field, text) is { } d ? (double)d : null;

    DateOnly? Date(string field, string? text)
    {
        if (text is null) return null;
        if (rules.Dates.TryParse(text, out var date)) return date;
        unreadable[field] = $"not a date; {DateHint}";
        return null;
    }

    bool? Bool(string field, string? text)
    {
        if (text is null) return null;
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "ja" or "1" or "y" or "j": return true;
            case "false" or "no" or "nee" or "0" or "n": return false;
            default:
                unreadable[field] = "mass_is_estimated must be true or false";
                return null;
        }
    }

    static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
