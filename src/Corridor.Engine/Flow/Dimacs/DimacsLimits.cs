using System.Globalization;

namespace Corridor.Engine.Flow.Dimacs;

/// <summary>
/// How large a DIMACS problem <see cref="DimacsReader"/> accepts. The reader checks the <c>p min NODES ARCS</c> line
/// against these limits before it allocates anything, so a line such as <c>p min 2000000000 1</c> is refused with a
/// <see cref="DimacsTooLargeException"/> instead of exhausting memory.
/// </summary>
public sealed record DimacsLimits
{
    /// <summary>The documented maximum number of nodes: 100,000,000 (the national matching benchmark has about 1 M).</summary>
    public const long DefaultMaxNodes = 100_000_000;

    /// <summary>The documented maximum number of arcs: 500,000,000 (the national matching benchmark has about 10.5 M).</summary>
    public const long DefaultMaxArcs = 500_000_000;

    /// <summary>
    /// Estimated bytes per node for reading and solving (the network's supply, the reader's bookkeeping, the simplex's
    /// tree arrays and the node's artificial arc). A rounded-up estimate from the array layout, not a measurement.
    /// </summary>
    public const long BytesPerNode = 112;

    /// <summary>Estimated bytes per arc for reading and solving (the network's arrays with growth slack, the simplex's copy).</summary>
    public const long BytesPerArc = 112;

    /// <summary>The documented maxima and no memory bound.</summary>
    public static DimacsLimits Default { get; } = new();

    /// <summary>Creates limits; <paramref name="maxBytes"/> bounds <see cref="EstimatedBytes"/> when given.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is negative or above what a <see cref="FlowNetwork"/> can index.</exception>
    public DimacsLimits(long maxNodes = DefaultMaxNodes, long maxArcs = DefaultMaxArcs, long? maxBytes = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxNodes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxNodes, int.MaxValue - 1L);
        ArgumentOutOfRangeException.ThrowIfNegative(maxArcs);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxArcs, (long)int.MaxValue);
        if (maxBytes is { } b) ArgumentOutOfRangeException.ThrowIfNegative(b, nameof(maxBytes));
        MaxNodes = maxNodes;
        MaxArcs = maxArcs;
        MaxBytes = maxBytes;
    }

    /// <summary>Most nodes accepted.</summary>
    public long MaxNodes { get; }

    /// <summary>Most arcs accepted.</summary>
    public long MaxArcs { get; }

    /// <summary>Most estimated bytes accepted (e.g. the memory available to the process), or null for no bound.</summary>
    public long? MaxBytes { get; }

    /// <summary>The documented maxima, and at most <paramref name="availableBytes"/> of estimated memory.</summary>
    public static DimacsLimits ForMemory(long availableBytes) => new(maxBytes: Math.Max(0, availableBytes));

    /// <summary>Estimated memory to read and solve a problem of this size (saturates instead of overflowing).</summary>
    public static long EstimatedBytes(long nodes, long arcs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodes);
        ArgumentOutOfRangeException.ThrowIfNegative(arcs);
        try
        {
            return checked(nodes * BytesPerNode + arcs * BytesPerArc);
        }
        catch (OverflowException)
        {
            return long.MaxValue;
        }
    }

    /// <summary>Why a problem of this size is refused, or null when it is within the limits.</summary>
    public string? Check(long nodes, long arcs)
    {
        if (nodes > MaxNodes)
            return string.Create(CultureInfo.InvariantCulture, $"{nodes:N0} nodes is above the maximum of {MaxNodes:N0} nodes.");
        if (arcs > MaxArcs)
            return string.Create(CultureInfo.InvariantCulture, $"{arcs:N0} arcs is above the maximum of {MaxArcs:N0} arcs.");
        if (MaxBytes is { } max && EstimatedBytes(nodes, arcs) is var need && need > max)
            return string.Create(CultureInfo.InvariantCulture, $"{nodes:N0} nodes and {arcs:N0} arcs need about {Gigabytes(need)} of memory; {Gigabytes(max)} is available.");
        return null;
    }

    static string Gigabytes(long bytes) =>
        (bytes / (1024.0 * 1024 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " GB";
}
