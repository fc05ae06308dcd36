using Corridor.Engine.Domain;

namespace Corridor.Data.Import;

internal sealed class LotTableReader(HeaderMap header) : TableReader
{
    const string DirectionHint = "unknown direction; use supply or demand (Dutch: aanbod or vraag)";
    const string QualityHint = "unknown quality; use A (reusable as is), B (needs reconditioning) or C (recycling only)";
    const string EwcHint = "not an EWC code; use six digits such as 17 01 01, with * when hazardous (17 06 05*)";
    static readonly string UnitHint = $"unknown unit; use one of {string.Join(", ", Enum.GetValues<QuantityUnit>().Select(Vocab.UnitText))}";

    readonly Column projectCode = header.Find("project_code"), lotCode = header.Find("lot_code"), direction = header.Find("direction"),
        category = header.Find("category"), quantity = header.Find("quantity"), unit = header.Find("unit"),
        availableFrom = header.Find("available_from"), availableTo = header.Find("available_to"),
        description = header.Find("description"), massKg = header.Find("mass_kg"), quality = header.Find("quality"),
        nlSfb = header.Find("nl_sfb"), ewc = header.Find("ewc"), priceEur = header.Find("price_eur"),
        lengthM = header.Find("length_m"), widthM = header.Find("width_m"), heightM = header.Find("height_m"),
        massIsEstimated = header.Find("mass_is_estimated"), massKgLow = header.Find("mass_kg_low"), massKgHigh = header.Find("mass_kg_high"),
        status = header.Find("status"), notes = header.Find("notes");

    readonly ParseMemo<LotDirection> directions = new(Vocab.TryDirection);
    readonly ParseMemo<QuantityUnit> units = new(Vocab.TryUnit);
    readonly ParseMemo<QualityGrade> qualities = new(Vocab.TryEnum);
    readonly ParseMemo<EwcCode> ewcCodes = new(EwcCode.TryParse);
    readonly ParseMemo<LotStatus> statuses = new(Vocab.TryEnum);
    readonly ParseMemo<bool> booleans = new(TryBool);
    static readonly string StatusHint = $"unknown status; use one of {Vocab.Allowed<LotStatus>()}";

    public override void ReadRow(RowReader row)
    {
        var project = row.Required(projectCode);
        var lot = row.Required(lotCode);
        var directionValue = row.Choice(direction, true, directions, DirectionHint);
        var categoryValue = Category(row);
        var quantityValue = Quantity(row);
        var unitValue = row.Choice(unit, true, units, UnitHint);
        var from = row.Date(availableFrom, true);
        var to = row.Date(availableTo, true);
        row.Order(availableFrom, from, availableTo, to);
        var givenMass = row.Checked(massKg, false, m => m > 0,
            "mass_kg must be greater than 0 kg; leave it empty to have it estimated from the category");
        var qualityValue = row.Choice(quality, false, qualities, QualityHint);
        var ewcValue = row.Choice(ewc, false, ewcCodes, EwcHint);
        var price = Price(row);
        var length = row.Checked(lengthM, false, v => v > 0, "length_m must be greater than 0 m");
        var width = row.Checked(widthM, false, v => v > 0, "width_m must be greater than 0 m");
        var height = row.Checked(heightM, false, v => v > 0, "height_m must be greater than 0 m");
        var mass = Mass(row, quantityValue, unitValue, givenMass, categoryValue);
        // Written by `corridor export`, so an exported estimate imports back as an estimate.
        var estimatedFlag = row.Choice(massIsEstimated, false, booleans, "mass_is_estimated must be true or false");
        var low = row.Checked(massKgLow, false, v => v > 0, "mass_kg_low must be greater than 0 kg");
        var high = row.Checked(massKgHigh, false, v => v > 0, "mass_kg_high must be greater than 0 kg");
        if (low is { } lo && high is { } hi && hi < lo) row.Error(massKgHigh, row.Text(massKgHigh), "mass_kg_high must not be below mass_kg_low");
        var statusValue = row.Choice(status, false, statuses, StatusHint);
        if (project is not null && lot is not null && row.Session.ClaimLotCode(project, lot, row.Location) is { } first)
        {
            row.Error(lotCode, lot, $"duplicate lot code for project '{project}': already used in {first.DescribeFrom(row.Location)}");
        }

        if (row.HasErrors || project is null || lot is null || directionValue is not { } d || categoryValue is null ||
            quantityValue is not { } q || unitValue is not { } u || from is not { } f || to is not { } t || mass is not { } m) return;
        var at = row.Location;
        row.Session.Batch.Lots.Add(new LotRow(at.File, at.Sheet, at.Row, project, lot, d, categoryValue.Key, q, u, f, t,
            row.Text(description), m.MassKg, m.IsEstimated || estimatedFlag == true, qualityValue, row.Text(nlSfb), ewcValue, price,
            length, width, height, low, high, statusValue, row.Text(notes)));
    }

    MaterialCategory? Category(RowReader row)
    {
        var key = row.Required(category);
        if (key is null) return null;
        if (row.Session.Categories.TryGet(key, out var found)) return found;
        row.Error(category, key, row.Session.Categories.UnknownKeyMessage(key));
        return null;
    }

    decimal? Quantity(RowReader row)
    {
        var value = row.Decimal(quantity, true);
        if (value is > 0) return value;
        if (value is not null) row.Error(quantity, row.Text(quantity), "quantity must be greater than 0");
        return null;
    }

    decimal? Price(RowReader row)
    {
        var value = row.Decimal(priceEur, false);
        if (value is not < 0) return value;
        row.Error(priceEur, row.Text(priceEur), "price_eur cannot be negative; use 0 for free");
        return null;
    }

    LotMass? Mass(RowReader row, decimal? quantityValue, QuantityUnit? unitValue, double? givenMass, MaterialCategory? categoryValue)
    {
        if (quantityValue is not { } q || unitValue is not { } u || categoryValue is null) return null;
        if (givenMass is null && row.Text(massKg) is not null) return null; // mass_kg given but wrong: already reported

        var mass = LotMass.Resolve(q, u, givenMass, categoryValue);
        if (mass is { MassKg: > 0 } m) return m;
        row.Error(massKg, null, mass is null
            ? $"mass_kg is required: the unit '{Vocab.UnitText(u)}' differs from the default unit '{Vocab.UnitText(categoryValue.DefaultUnit)}' " +
              $"of category '{categoryValue.Key}', so the mass cannot be estimated; give the lot's total mass in kg"
            : $"mass_kg is required: category '{categoryValue.Key}' has no typical mass per unit to estimate it from; give the lot's total mass in kg");
        return null;
    }

    static bool TryBool(string? text, out bool value)
    {
        value = false;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "ja" or "1" or "y" or "j": value = true; return true;
            case "false" or "no" or "nee" or "0" or "n": return true;
            default: return false;
        }
    }
}
