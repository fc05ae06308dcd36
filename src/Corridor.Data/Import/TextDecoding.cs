using System.Text;
using System.Text.Unicode;

namespace Corridor.Data.Import;

/// <summary>
/// Brings text files to UTF-8 without a byte order mark. Bytes that are not valid UTF-8 are taken as Windows-1252,
/// which is what Excel's plain "CSV" export writes on Western European Windows.
/// </summary>
internal static class TextDecoding
{
    public static ReadOnlyMemory<byte> ToUtf8(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return bytes.AsMemory(3);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.UTF8.GetBytes(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2));
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.UTF8.GetBytes(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2));
        if (Utf8.IsValid(span)) return bytes;
        return Encoding.UTF8.GetBytes(Windows1252.GetString(bytes));
    }

    static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available.");
}
