using System.Globalization;
using System.Text;
using Corridor.Data.Import;
using static Corridor.Data.Tests.Import.ImportFixtures;

namespace Corridor.Data.Tests.Import;

public sealed class FileLevelTests
{
    const string AccentedName = "Café ‘De Eënhoorn’ – €-sloop";

    static string ProjectWithAccents() => Csv(ValidProject, [("name", AccentedName)]);

    [Fact]
    public void Read_Utf8WithoutBom_KeepsAccentsAndEuroSign()
    {
        var batch = ReadBytes("projects.csv", new UTF8Encoding(false).GetBytes(ProjectWithAccents()));

        Assert.Equal(AccentedName, Assert.Single(batch.Projects).Name);
    }

    [Fact]
    public void Read_Utf8WithBom_KeepsAccentsAndFirstHeader()
    {
        var batch = ReadBytes("projects.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ProjectWithAccents())]);

        AssertNoIssues(batch);
        Assert.Equal(("AMF-01", AccentedName), (batch.Projects[0].Code, batch.Projects[0].Name));
    }

    [Fact]
    public void Read_Windows1252_IsDetectedAndDecoded()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var bytes = windows1252.GetBytes(ProjectWithAccents());
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes));

        var batch = ReadBytes("projects.csv", bytes);

        Assert.Equal(AccentedName, Assert.Single(batch.Projects).Name);
    }

    [Fact]
    public void Read_Utf16WithBom_IsDecoded()
    {
        var batch = ReadBytes("projects.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(ProjectWithAccents())]);

        Assert.Equal(AccentedName, Assert.Single(batch.Projects).Name);
    }

    [Fact]
    public void Read_FileOverSizeLimit_OneErrorWithSizesWithoutReadingIt()
    {
        var content = new UnreadableStream(64_172_851);

        var batch = InventoryFileReader.Read("lots.csv", content, Categories, new ImportLimits(MaxFileBytes: 50 * 1024 * 1024), Clock);

        var error = SingleError(batch);
        Assert.Equal(("lots.csv", (int?)null, "the file is 61.2 MB; the limit is 50 MB. Split it into smaller files"), (error.File, error.Row, error.Message));
    }

    [Fact]
    public void Read_UnseekableStreamOverSizeLimit_OneError()
    {
        var bytes = Encoding.UTF8.GetBytes(Csv(ValidLot, [.. Enumerable.Range(1, 200).Select(i => new[] { ("lot_code", $"L{i}") })]));
        using var content = new ForwardOnlyStream(bytes);

        var batch = InventoryFileReader.Read("lots.csv", content, Categories, new ImportLimits(MaxFileBytes: 10_000), Clock);

        Assert.Equal("the file is larger than 9.8 KB, the limit. Split it into smaller files", SingleError(batch).Message);
        Assert.Empty(batch.Lots);
    }

    [Fact]
    public void Read_MoreRowsThanLimit_OneErrorWithRowCountAndNoRows()
    {
        var rows = Enumerable.Range(1, 12).Select(i => new[] { ("lot_code", $"L{i}"), ("quantity", i == 3 ? "x" : "1") }).ToArray();

        var batch = ReadCsv("lots.csv", Csv(ValidLot, rows), new ImportLimits(MaxRows: 10));

        Assert.Equal("the file has 12 data rows; the limit is 10. Split it into smaller files", SingleError(batch).Message);
        Assert.Single(batch.Issues);
        Assert.Empty(batch.Lots);
    }

    [Fact]
    public void Read_UnderDutchCulture_MessagesAndNumbersStayInvariant()
    {
        var rows = Enumerable.Range(1, 1001).Select(i => new[] { ("lot_code", $"L{i}"), ("quantity", "2.5") }).ToArray();
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("nl-NL");
        try
        {
            var limited = ReadCsv("lots.csv", Csv(ValidLot, rows), new ImportLimits(MaxRows: 1000));
            var read = ReadCsv("lots.csv", Csv(ValidLot, rows));

            Assert.Equal("the file has 1,001 data rows; the limit is 1,000. Split it into smaller files", SingleError(limited).Message);
            Assert.All(read.Lots, l => Assert.Equal(2.5m, l.Quantity));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Read_RowsUpToLimit_AreRead()
    {
        var rows = Enumerable.Range(1, 10).Select(i => new[] { ("lot_code", $"L{i}") }).ToArray();

        var batch = ReadCsv("lots.csv", Csv(ValidLot, rows), new ImportLimits(MaxRows: 10));

        AssertNoIssues(batch);
        Assert.Equal(10, batch.Lots.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n \n")]
    public void Read_EmptyFile_OneClearError(string text)
    {
        var error = SingleError(ReadCsv("lots.csv", text));

        Assert.Equal("the file is empty; expected a header row with the column names, then one row per record", error.Message);
    }

    [Fact]
    public void Read_HeaderOnly_OneClearError()
    {
        var error = SingleError(ReadCsv("lots.csv", Csv(ValidLot).Split('\n')[0] + "\n\n"));

        Assert.Equal("the file has column names but no data rows; add one row per lot below the header", error.Message);
    }

    [Theory]
    [InlineData("inventory.xls", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0 }, "old Excel .xls workbook")]
    [InlineData("inventory.xlsx", new byte[] { (byte)'c', (byte)'o', (byte)'d', (byte)'e' }, "not a valid .xlsx workbook")]
    [InlineData("inventory.pdf", new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F' }, "files of type '.pdf' cannot be read")]
    [InlineData("broken.xlsx", new byte[] { (byte)'P', (byte)'K', 3, 4, 0, 0, 0 }, "the workbook cannot be read")]
    public void Read_UnreadableFile_OneErrorSayingWhatToUpload(string fileName, byte[] content, string message)
    {
        var error = SingleError(ReadBytes(fileName, content));

        Assert.Equal(fileName, error.File);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Claims a length but fails when read, proving the size check happens first.</summary>
    sealed class UnreadableStream(long length) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get; set; }
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("must not be read");
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
