namespace Corridor.Engine.Flow.Dimacs;

/// <summary>
/// The <c>p min NODES ARCS</c> line declares a problem above the <see cref="DimacsLimits"/> in force; nothing was allocated.
/// The message names the limit.
/// </summary>
public sealed class DimacsTooLargeException : Exception
{
    /// <summary>Creates the exception for the problem line <paramref name="lineNumber"/>; the message is prefixed with it.</summary>
    public DimacsTooLargeException(int lineNumber, long nodes, long arcs, string reason)
        : base($"line {lineNumber}: too large: {reason}")
    {
        LineNumber = lineNumber;
        Nodes = nodes;
        Arcs = arcs;
        Reason = reason;
    }

    /// <summary>1-based number of the <c>p</c> line.</summary>
    public int LineNumber { get; }

    /// <summary>Nodes declared.</summary>
    public long Nodes { get; }

    /// <summary>Arcs declared.</summary>
    public long Arcs { get; }

    /// <summary>Which limit was exceeded, without the line prefix.</summary>
    public string Reason { get; }
}
