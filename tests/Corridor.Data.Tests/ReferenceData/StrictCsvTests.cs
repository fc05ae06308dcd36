using Corridor.Data.ReferenceData;

namespace Corridor.Data.Tests.ReferenceData;

/// <summary>Reference data is read by the import's reader, as strictly: bad quoting in a shipped file is a bug we must see.</summary>
public sealed class StrictCsvTests
{
    static readonly string[] Header = ["key", "name", "value"];

    static IReadOnlyList<StrictRow> Read(string text) => StrictCsv.Read(new StringReader(text), "test.csv", Header);

    [Fact]
    public void Read_QuotedFields_KeepSeparatorsLineBreaksAndEscapedQuotes()
    {
        var rows = Read("key,name,value\r\na,\"Doors, oak\",1\n\nb,\"Pipe 12\"\" \nwide\",2\n");

        Assert.Equal([("a", "Doors, oak", 2), ("b", "Pipe 12\" \nwide", 3)], rows.Select(r => (r.Raw("key"), r.Raw("name"), r.Row)));
    }

    [Fact]
    public void Read_UnterminatedQuote_ThrowsNamingRowAndColumn()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read("key,name,value\na,Oak,1\nb,\"Pine,2\nc,Beech,3\n"));

        Assert.StartsWith("test.csv, row 3, column 'name':", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a,Pipe 12\" wide,1\n")]
    [InlineData("a,\"Oak\" doors,1\n")]
    public void Read_BadQuote_ThrowsNamingRowAndColumn(string row)
    {
        var error = Assert.Throws<InvalidDataException>(() => Read("key,name,value\n" + row));

        Assert.StartsWith("test.csv, row 2, column 'name':", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongFieldCount_StillThrows()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read("key,name,value\na,Oak,1,extra\n"));

        Assert.Equal("test.csv, row 2: 4 fields where the header has 3.", error.Message);
    }
}
