using Corridor.Data.Lots;

namespace Corridor.Data.Import;

/// <summary>Reads a lots table: each row's cells go into a <see cref="LotDraft"/>, whose issues become the row's errors.</summary>
internal sealed class LotTableReader(HeaderMap header) : TableReader
{
    static readonly HashSet<string> NumberFields = new(StringComparer.Ordinal)
    {
        LotDraft.QuantityField, LotDraft.MassKgField, LotDraft.MassKgLowField, LotDraft.MassKgHighField, LotDraft.PriceEurField,
        LotDraft.LengthMField, LotDraft.WidthMField, LotDraft.HeightMField,
    };
    static readonly HashSet<string> DateFields = new(StringComparer.Ordinal) { LotDraft.AvailableFromField, LotDraft.AvailableToField };

    readonly (string Field, Column Column)[] columns = [.. LotDraft.Fields.Select(f => (f, header.Find(f))).Where(c => c.Item2.Index >= 0)];
    readonly Dictionary<string, Column> byField = LotDraft.Fields.ToDictionary(f => f, header.Find, StringComparer.Ordinal);
    LotRules? rules;

    public override void ReadRow(RowReader row)
    {
        rules ??= new LotRules(row.Session.Categories, row.Session.Limits.EarliestDate, row.Session.Limits.LatestDate);
        var draft = rules.Draft(requireProjectCode: true);
        foreach (var (field, column) in columns)
        {
            // A spreadsheet's number and date cells are taken as they are; text as the partner typed it.
            if (NumberFields.Contains(field) && row.TryNumber(column, out var number))
            {
                if (Math.Abs(number) < 7.9e27) SetNumber(draft, field, number);
                else draft.Set(field, "not a number");
            }
            else if (DateFields.Contains(field) && row.TryDate(column, out var date))
            {
                if (field == LotDraft.AvailableFromField) draft.AvailableFrom = date;
                else draft.AvailableTo = date;
            }
            else
            {
                draft.Set(field, row.Text(column));
            }
        }

        foreach (var issue in draft.Validate())
        {
            var column = byField[issue.Field];
            row.Error(column, row.Text(column), issue.Message);
        }

        var lotCode = byField[LotDraft.LotCodeField];
        if (draft.ProjectCode is { } project && draft.LotCode is { } lot && row.Session.ClaimLotCode(project, lot, row.Location) is { } first)
        {
            row.Error(lotCode, lot, $"duplicate lot code for project '{project}': already used in {first.DescribeFrom(row.Location)}");
        }
        if (row.HasErrors) return;
        var at = row.Location;
        row.Session.Batch.Lots.Add(draft.ToRow(at.File, at.Sheet, at.Row));
    }

    static void SetNumber(LotDraft draft, string field, double value)
    {
        switch (field)
        {
            case LotDraft.QuantityField: draft.Quantity = (decimal)value; break;
            case LotDraft.PriceEurField: draft.PriceEur = (decimal)value; break;
            case LotDraft.MassKgField: draft.MassKg = value; break;
            case LotDraft.MassKgLowField: draft.MassKgLow = value; break;
            case LotDraft.MassKgHighField: draft.MassKgHigh = value; break;
            case LotDraft.LengthMField: draft.LengthM = value; break;
            case LotDraft.WidthMField: draft.WidthM = value; break;
            case LotDraft.HeightMField: draft.HeightM = value; break;
        }
    }
}
