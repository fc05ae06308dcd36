using System.Globalization;

namespace Corridor.Data.Import;

/// <summary>
/// CSV and formula injection (OWASP): a text cell that starts with <c>= + - @</c>, tab or carriage return is run as a
/// formula by Excel and LibreOffice. Exports put a single quote in front of such text (a spreadsheet then shows it as
/// text); numbers such as <c>-5.3</c> stay as they are. The import removes that quote again, so an exported file imports
/// back to the same records.
/// </summary>
internal static class FormulaGuard
{
    const string Triggers = "=+-@\t\r";

    /// <summary>
    /// The text as it is safe to write into a CSV or XLSX text cell. Text that already starts with a quote before a
    /// formula character gets one more, so that <see cref="Restore"/> gives it back unchanged.
    /// </summary>
    public static string Neutralise(string text)
    {
        if (text.Length == 0) return text;
        var formula = IsTrigger(text[0]) && !IsNumber(text);
        return formula || IsQuoted(text) ? "'" + text : text;
    }

    /// <summary>The text as it was before <see cref="Neutralise"/>: a leading quote before a formula character is removed.</summary>
    public static string Restore(string text) => IsQuoted(text) ? text[1..] : text;

    static bool IsQuoted(string text) => text.Length >= 2 && text[0] == '\'' && (IsTrigger(text[1]) || IsQuoted(text[1..]));

    static bool IsTrigger(char c) => Triggers.Contains(c, StringComparison.Ordinal);

    static bool IsNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value);
}
