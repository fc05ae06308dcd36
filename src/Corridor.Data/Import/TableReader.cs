namespace Corridor.Data.Import;

/// <summary>Turns the rows of one table into row records, checking every cell and the codes' uniqueness.</summary>
internal abstract class TableReader
{
    /// <summary>Reads the current row; adds a record to the batch only when the row has no errors.</summary>
    public abstract void ReadRow(RowReader row);

    public static TableReader Create(TableSchema schema, HeaderMap header) => schema.Kind switch
    {
        TableKind.Projects => new ProjectTableReader(header),
        TableKind.Lots => new LotTableReader(header),
        TableKind.Hubs => new HubTableReader(header),
        _ => throw new ArgumentOutOfRangeException(nameof(schema)),
    };

    protected static void ReportDuplicate(RowReader row, Column column, string value, Location? first, string what)
    {
        if (first is { } at) row.Error(column, value, $"duplicate {what}: already used in {at.DescribeFrom(row.Location)}");
    }
}
