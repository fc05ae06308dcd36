using System.Xml;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace Corridor.Data.Import;

/// <summary>Reads a workbook's sheets named projects, lots and hubs (any case); other sheets are skipped with a warning.</summary>
internal static class XlsxFileReader
{
    public static void Read(ImportSession session, string file, byte[] bytes)
    {
        var snapshot = session.Save();
        var budget = new RowBudget(session.Limits.MaxRows);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            ReadSheets(session, file, reader, budget);
        }
        catch (Exception e) when (e is InvalidDataException or ExcelReaderException or XmlException or IOException or FormatException)
        {
            session.Restore(snapshot, file);
            session.Error(file, null, null, null, null,
                $"the workbook cannot be read ({e.Message}); open it in Excel and save it again as Excel Workbook (.xlsx), or upload CSV files");
            return;
        }

        if (budget.Exceeded)
        {
            session.Restore(snapshot, file);
            session.Error(file, null, null, null, null, TableImport.RowLimitMessage(budget));
        }
    }

    static void ReadSheets(ImportSession session, string file, IExcelDataReader reader, RowBudget budget)
    {
        var sheetNames = new List<string>();
        var tables = 0;
        var rows = 0;
        do
        {
            var sheet = reader.Name ?? "";
            sheetNames.Add(sheet);
            var schema = TableSchema.FromName(sheet);
            if (schema is null)
            {
                session.Warning(file, sheet, null, null, null, "sheet ignored; only sheets named projects, lots and hubs are read");
                continue;
            }

            tables++;
            var source = XlsxTableSource.Open(reader);
            if (source is null)
            {
                session.Warning(file, sheet, null, null, null, "the sheet is empty");
                continue;
            }
            var sheetRows = TableImport.Run(session, file, sheet, source, schema, new HeaderMap(source.Header), budget);
            if (sheetRows == 0) session.Warning(file, sheet, source.HeaderRow, null, null, "the sheet has column names but no data rows");
            rows += sheetRows ?? 1;
        }
        while (reader.NextResult());

        if (tables == 0)
        {
            session.Error(file, null, null, null, null,
                $"the workbook has no sheet named projects, lots or hubs (its sheets: {string.Join(", ", sheetNames)}); rename the sheets that hold the tables");
        }
        else if (rows == 0)
        {
            session.Error(file, null, null, null, null, "the workbook has no data rows in its projects, lots or hubs sheets");
        }
    }
}
