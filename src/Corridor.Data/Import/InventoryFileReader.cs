using System.Globalization;
using System.Text;
using Corridor.Engine.Domain;

namespace Corridor.Data.Import;

/// <summary>
/// Reads partners' inventory files — CSV (comma, semicolon or tab separated; UTF-8 or Windows-1252) and XLSX workbooks with
/// sheets named projects, lots and hubs — into an <see cref="ImportBatch"/>. It parses and validates only; it writes nothing.
/// Every problem becomes an <see cref="ImportIssue"/>; exceptions are reserved for programming errors (null arguments).
/// </summary>
public static class InventoryFileReader
{
    static InventoryFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads one file into a new batch.</summary>
    /// <param name="fileName">The name shown to the user; its extension (.csv or .xlsx) and words (projects, lots, hubs) guide the reading.</param>
    /// <param name="categories">The material categories that lots' <c>category</c> and hubs' <c>accepts</c> must name.</param>
    /// <param name="time">Gives the current year for the plausibility of <c>year_built</c>; the system clock when null.</param>
    /// <param name="content">The file's bytes; the caller disposes the stream.</param>
    /// <param name="limits">Largest file, row count and cell length accepted.</param>
    public static ImportBatch Read(string fileName, Stream content, IReadOnlyList<MaterialCategory> categories, ImportLimits limits, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        return Read([(fileName, content)], categories, limits, time);
    }

    /// <summary>Reads several files into one batch; codes must be unique across all of them.</summary>
    /// <param name="files">Each file's name as the user knows it (used in every message) and its content; the caller disposes the streams.</param>
    /// <param name="categories">The material categories that lots' <c>category</c> and hubs' <c>accepts</c> must name.</param>
    /// <param name="limits">Largest file, row count and cell length accepted.</param>
    /// <param name="time">Gives the current year for the plausibility of <c>year_built</c>; the system clock when null.</param>
    public static ImportBatch Read(IEnumerable<(string FileName, Stream Content)> files, IReadOnlyList<MaterialCategory> categories, ImportLimits limits, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(limits);

        var session = new ImportSession(categories, limits, time ?? TimeProvider.System);
        foreach (var (fileName, content) in files)
        {
            ArgumentNullException.ThrowIfNull(fileName);
            ArgumentNullException.ThrowIfNull(content);
            ReadFile(session, fileName, content);
        }
        return session.Complete();
    }

    static void ReadFile(ImportSession session, string fileName, Stream content)
    {
        var bytes = ReadBytes(session, fileName, content);
        if (bytes is null) return;
        if (bytes.Length == 0)
        {
            session.Error(fileName, null, null, null, null, "the file is empty; expected a header row with the column names, then one row per record");
            return;
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (IsZip(bytes))
        {
            XlsxFileReader.Read(session, fileName, bytes);
        }
        else if (IsOldExcel(bytes) || extension == ".xls")
        {
            session.Error(fileName, null, null, null, null, "this is an old Excel .xls workbook, which cannot be read; in Excel choose Save As › Excel Workbook (.xlsx) or CSV UTF-8");
        }
        else if (extension is ".xlsx" or ".xlsm")
        {
            session.Error(fileName, null, null, null, null, "the file is not a valid .xlsx workbook; open it in Excel and save it again as Excel Workbook (.xlsx)");
        }
        else if (extension is ".csv" or ".txt" or ".tsv" or "")
        {
            CsvFileReader.Read(session, fileName, TextDecoding.ToUtf8(bytes));
        }
        else
        {
            session.Error(fileName, null, null, null, null, $"files of type '{extension}' cannot be read; upload a .csv or .xlsx file");
        }
    }

    /// <summary>The whole content, or null (with one error) when it exceeds the size limit. The length is checked before reading when the stream knows it.</summary>
    static byte[]? ReadBytes(ImportSession session, string fileName, Stream content)
    {
        var max = session.Limits.MaxFileBytes;
        if (content.CanSeek)
        {
            var length = content.Length - content.Position;
            if (length > max)
            {
                session.Error(fileName, null, null, null, null, $"the file is {DescribeSize(length, max)}; the limit is {FormatSize(max)}. Split it into smaller files");
                return null;
            }
            var bytes = new byte[length];
            content.ReadExactly(bytes);
            return bytes;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > max)
            {
                session.Error(fileName, null, null, null, null, $"the file is larger than {FormatSize(max)}, the limit. Split it into smaller files");
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    static bool IsZip(byte[] bytes) => bytes.AsSpan().StartsWith("PK\u0003\u0004"u8);

    static bool IsOldExcel(byte[] bytes) => bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    /// <summary>The size as the user would say it, precise enough to differ from the limit it exceeds.</summary>
    static string DescribeSize(long bytes, long limit)
    {
        var text = FormatSize(bytes);
        return text == FormatSize(limit) ? $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes" : text;
    }

    internal static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB",
        >= 1024 => $"{(bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} KB",
        _ => $"{bytes} bytes",
    };
}
