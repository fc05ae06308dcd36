namespace Corridor.Engine.Flow.Dimacs;

/// <summary>A DIMACS min-cost-flow text is malformed; <see cref="LineNumber"/> says where (1-based).</summary>
public sealed class DimacsFormatException : FormatException
{
    /// <summary>Creates the exception for a problem on <paramref name="lineNumber"/>; the message is prefixed with it.</summary>
    public DimacsFormatException(int lineNumber, string message)
        : base($"line {lineNumber}: {message}")
    {
        LineNumber = lineNumber;
        Detail = message;
    }

    /// <summary>1-based number of the offending line (for a missing element, the line where it was due).</summary>
    public int LineNumber { get; }

    /// <summary>The message without the line prefix.</summary>
    public string Detail { get; }
}
