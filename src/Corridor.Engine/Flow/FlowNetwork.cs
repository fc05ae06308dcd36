using System.Runtime.CompilerServices;

namespace Corridor.Engine.Flow;

/// <summary>
/// A directed network for min-cost flow: nodes with supplies, arcs with lower bounds, capacities and unit costs.
/// Nodes and arcs are identified by dense zero-based indices in the order they were added; parallel arcs and
/// self-loops are allowed. Quantities are integers in whatever unit the caller chooses (kg, t, ...), costs are
/// integer cost units per unit of flow.
/// </summary>
/// <remarks>
/// Stored as parallel arrays (no per-arc objects) so networks of millions of arcs stay compact. The builder is
/// mutable; <see cref="NetworkSimplex"/> copies what it needs when it is constructed.
/// </remarks>
public sealed class FlowNetwork
{
    /// <summary>Capacity value meaning "no upper bound".</summary>
    public const long Infinite = long.MaxValue;

    long[] supply;
    int[] from;
    int[] to;
    long[] lower;
    long[] capacity;
    long[] cost;

    /// <summary>Creates an empty network, optionally reserving room for the expected numbers of nodes and arcs.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A capacity hint is negative.</exception>
    public FlowNetwork(int nodeCapacity = 16, int arcCapacity = 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCapacity);
        ArgumentOutOfRangeException.ThrowIfNegative(arcCapacity);
        supply = new long[Math.Max(nodeCapacity, 4)];
        from = new int[Math.Max(arcCapacity, 4)];
        to = new int[from.Length];
        lower = new long[from.Length];
        capacity = new long[from.Length];
        cost = new long[from.Length];
    }

    /// <summary>Number of nodes added so far.</summary>
    public int NodeCount { get; private set; }

    /// <summary>Number of arcs added so far.</summary>
    public int ArcCount { get; private set; }

    /// <summary>Adds a node and returns its index.</summary>
    /// <param name="supply">Positive for a supply (source), negative for a demand (sink), zero for transshipment.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="supply"/> is <see cref="long.MinValue"/>.</exception>
    public int AddNode(long supply = 0)
    {
        GuardSupply(supply);
        if (NodeCount == this.supply.Length) Array.Resize(ref this.supply, Grow(NodeCount));
        this.supply[NodeCount] = supply;
        return NodeCount++;
    }

    /// <summary>Adds <paramref name="count"/> transshipment nodes and returns the index of the first.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public int AddNodes(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        int first = NodeCount;
        if (NodeCount + count > supply.Length) Array.Resize(ref supply, Math.Max(Grow(supply.Length), NodeCount + count));
        NodeCount += count;
        return first;
    }

    /// <summary>
    /// Adds an arc carrying between <paramref name="lowerBound"/> and <paramref name="capacity"/> units of flow at
    /// <paramref name="cost"/> per unit, and returns its index.
    /// </summary>
    /// <param name="capacity">Upper bound on the flow, or <see cref="Infinite"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An endpoint is not a node; the lower bound is infinite or <see cref="long.MinValue"/>; the capacity is below the
    /// lower bound; the cost is <see cref="long.MinValue"/>.
    /// </exception>
    /// <param name="cost">Cost per unit of flow.</param>
    /// <param name="from">Tail node index.</param>
    /// <param name="lowerBound">Least flow the arc must carry.</param>
    /// <param name="to">Head node index.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int AddArc(int from, int to, long lowerBound, long capacity, long cost)
    {
        GuardNode(from, nameof(from));
        GuardNode(to, nameof(to));
        if (lowerBound is Infinite or long.MinValue)
            throw new ArgumentOutOfRangeException(nameof(lowerBound), lowerBound, "A lower bound must be finite.");
        if (capacity < lowerBound)
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"Capacity is below the lower bound {lowerBound}.");
        GuardCost(cost);
        if (ArcCount == this.from.Length)
        {
            int size = Grow(ArcCount);
            Array.Resize(ref this.from, size);
            Array.Resize(ref this.to, size);
            Array.Resize(ref this.lower, size);
            Array.Resize(ref this.capacity, size);
            Array.Resize(ref this.cost, size);
        }
        int arc = ArcCount++;
        this.from[arc] = from;
        this.to[arc] = to;
        this.lower[arc] = lowerBound;
        this.capacity[arc] = capacity;
        this.cost[arc] = cost;
        return arc;
    }

    /// <summary>Sets the supply of <paramref name="node"/> (positive supply, negative demand).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The node does not exist or the supply is <see cref="long.MinValue"/>.</exception>
    public void SetSupply(int node, long supply)
    {
        GuardNode(node);
        GuardSupply(supply);
        this.supply[node] = supply;
    }

    /// <summary>Sets the unit cost of <paramref name="arc"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The arc does not exist or the cost is <see cref="long.MinValue"/>.</exception>
    public void SetCost(int arc, long cost)
    {
        GuardArc(arc);
        GuardCost(cost);
        this.cost[arc] = cost;
    }

    /// <summary>Supply of <paramref name="node"/>: positive supply, negative demand.</summary>
    public long Supply(int node) { GuardNode(node); return supply[node]; }

    /// <summary>Tail (source node) of <paramref name="arc"/>.</summary>
    public int From(int arc) { GuardArc(arc); return from[arc]; }

    /// <summary>Head (target node) of <paramref name="arc"/>.</summary>
    public int To(int arc) { GuardArc(arc); return to[arc]; }

    /// <summary>Least flow <paramref name="arc"/> must carry.</summary>
    public long LowerBound(int arc) { GuardArc(arc); return lower[arc]; }

    /// <summary>Most flow <paramref name="arc"/> may carry, or <see cref="Infinite"/>.</summary>
    public long Capacity(int arc) { GuardArc(arc); return capacity[arc]; }

    /// <summary>Cost per unit of flow on <paramref name="arc"/>.</summary>
    public long Cost(int arc) { GuardArc(arc); return cost[arc]; }

    internal ReadOnlySpan<long> Supplies => supply.AsSpan(0, NodeCount);
    internal ReadOnlySpan<int> Tails => from.AsSpan(0, ArcCount);
    internal ReadOnlySpan<int> Heads => to.AsSpan(0, ArcCount);
    internal ReadOnlySpan<long> LowerBounds => lower.AsSpan(0, ArcCount);
    internal ReadOnlySpan<long> Capacities => capacity.AsSpan(0, ArcCount);
    internal ReadOnlySpan<long> Costs => cost.AsSpan(0, ArcCount);

    static int Grow(int size) => size < 4 ? 4 : (int)Math.Min(Array.MaxLength, 2L * size);

    static void GuardSupply(long supply)
    {
        if (supply == long.MinValue)
            throw new ArgumentOutOfRangeException(nameof(supply), supply, "A supply must be greater than long.MinValue.");
    }

    static void GuardCost(long cost)
    {
        if (cost == long.MinValue)
            throw new ArgumentOutOfRangeException(nameof(cost), cost, "A cost must be greater than long.MinValue.");
    }

    void GuardNode(int node, string name = "node")
    {
        if ((uint)node >= (uint)NodeCount)
            throw new ArgumentOutOfRangeException(name, node, $"No such node; the network has {NodeCount}.");
    }

    void GuardArc(int arc)
    {
        if ((uint)arc >= (uint)ArcCount)
            throw new ArgumentOutOfRangeException(nameof(arc), arc, $"No such arc; the network has {ArcCount}.");
    }
}
