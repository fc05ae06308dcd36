using System.Runtime.CompilerServices;

namespace Corridor.Engine.Flow;

/// <summary>
/// Exact min-cost-flow solver: primal network simplex with block-search pivoting on a strongly feasible spanning
/// tree (the algorithm of LEMON's <c>NetworkSimplex</c>, reimplemented). Integer data, 64-bit arithmetic with
/// overflow guarded up front. See docs/decisions/0003-min-cost-flow-network-simplex.md.
/// </summary>
/// <remarks>
/// <para>Supplies must sum to zero (otherwise <see cref="FlowStatus.Infeasible"/>): every supply leaves its node and
/// every demand is met exactly.</para>
/// <para>An instance snapshots the network when constructed. Costs may then be changed with <see cref="SetCost"/> and
/// <see cref="Solve(CancellationToken)"/> called again: it restarts from the previous spanning-tree basis (which stays
/// primal feasible when only costs change), so a re-solve after small cost changes takes few pivots. Not thread-safe.</para>
/// </remarks>
public sealed partial class NetworkSimplex
{
    const sbyte StateUpper = -1;
    const sbyte StateTree = 0;
    const sbyte StateLower = 1;
    const sbyte DirUp = 1;
    const sbyte DirDown = -1;
    const long Inf = long.MaxValue;

    // Bounds chosen so that potentials (< 2·M) and reduced costs (< 5·M) never overflow.
    const long MaxArtificialCost = long.MaxValue / 8;
    const long MaxFlowBound = long.MaxValue / 2;

    readonly int nodeCount;
    int arcCount;
    readonly int root;
    readonly bool balanced;
    int[] slotOfArc;
    long[] lowerOfArc;
    readonly long[] supply;

    // Arc data by slot; slots [arcCount, arcCount + nodeCount) are the artificial arcs, one per node.
    int[] source;
    int[] target;
    long[] cap;
    long[] cost;
    long[] flow;
    sbyte[] state;

    // Spanning tree by node; node `root` (= nodeCount) is the artificial root.
    readonly long[] pi;
    readonly int[] parent;
    readonly int[] pred;
    readonly sbyte[] predDir;
    readonly int[] thread;
    readonly int[] revThread;
    readonly int[] succNum;
    readonly int[] lastSucc;
    readonly int[] dirtyRevs;

    bool hasBasis;

    /// <summary>Snapshots <paramref name="network"/> (topology, bounds, supplies and costs) for solving.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="OverflowException">
    /// Shifting out lower bounds overflows, or the total supply plus all finite capacities exceeds 2^62, so flows
    /// could not be represented exactly in 64 bits.
    /// </exception>
    public NetworkSimplex(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        nodeCount = network.NodeCount;
        arcCount = network.ArcCount;
        root = nodeCount;
        int slots = arcCount + nodeCount;
        source = new int[slots];
        target = new int[slots];
        cap = new long[slots];
        cost = new long[slots];
        flow = new long[slots];
        state = new sbyte[slots];
        pi = new long[nodeCount + 1];
        parent = new int[nodeCount + 1];
        pred = new int[nodeCount + 1];
        predDir = new sbyte[nodeCount + 1];
        thread = new int[nodeCount + 1];
        revThread = new int[nodeCount + 1];
        succNum = new int[nodeCount + 1];
        lastSucc = new int[nodeCount + 1];
        dirtyRevs = new int[nodeCount + 1];
        slotOfArc = MixedSlots(arcCount, nodeCount);
        lowerOfArc = network.LowerBounds.ToArray();
        supply = network.Supplies.ToArray();
        balanced = Load(network);
        blockSize = Math.Max((int)Math.Sqrt(arcCount), MinBlockSize);
    }

    /// <summary>
    /// Takes in the arcs appended to <paramref name="network"/> since this instance snapshot it (same nodes and
    /// supplies, the first <see cref="ArcCount"/> arcs unchanged; costs of the old arcs stay as set here). The new
    /// arcs start at their lower bound, zero, so the basis of the last solve stays primal feasible and the next
    /// <see cref="Solve(CancellationToken)"/> is a warm start. For column generation: price omitted arcs from the
    /// potentials, append those with a negative reduced cost, solve again.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ArgumentException">The network has another node count, fewer arcs, or a new arc with a non-zero lower bound.</exception>
    /// <exception cref="OverflowException">The finite capacities and supplies together exceed 2^62.</exception>
    public void AppendArcs(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (network.NodeCount != nodeCount || network.ArcCount < arcCount)
            throw new ArgumentException("The network must have the same nodes and at least the arcs of the snapshot.", nameof(network));
        int oldArcs = arcCount, newArcs = network.ArcCount, added = newArcs - oldArcs;
        if (added == 0) return;
        var tails = network.Tails;
        var heads = network.Heads;
        var lowers = network.LowerBounds;
        var capacities = network.Capacities;
        var costs = network.Costs;
        Int128 bound = 0;
        for (int a = oldArcs; a < newArcs; a++)
        {
            if (lowers[a] != 0) throw new ArgumentException("Appended arcs must have a zero lower bound.", nameof(network));
            if (capacities[a] != FlowNetwork.Infinite) bound += capacities[a];
        }
        if (bound > 0)
        {
            for (int e = 0; e < oldArcs; e++)
            {
                if (cap[e] != Inf) bound += cap[e];
            }
            for (int u = 0; u < nodeCount; u++) bound += Int128.Abs(supply[u]);
            if (bound > MaxFlowBound)
                throw new OverflowException("Total supply plus finite capacities exceeds 2^62; flows could overflow.");
        }

        // Old arcs keep their slots, new ones take the next, the artificial arcs move up; arrays grow by half at least.
        int slots = newArcs + nodeCount;
        if (slots > cap.Length)
        {
            int size = (int)Math.Min(Array.MaxLength, Math.Max(slots, cap.Length + (long)cap.Length / 2));
            Array.Resize(ref source, size);
            Array.Resize(ref target, size);
            Array.Resize(ref cap, size);
            Array.Resize(ref cost, size);
            Array.Resize(ref flow, size);
            Array.Resize(ref state, size);
        }
        Array.Copy(source, oldArcs, source, newArcs, nodeCount);
        Array.Copy(target, oldArcs, target, newArcs, nodeCount);
        Array.Copy(cap, oldArcs, cap, newArcs, nodeCount);
        Array.Copy(cost, oldArcs, cost, newArcs, nodeCount);
        Array.Copy(flow, oldArcs, flow, newArcs, nodeCount);
        Array.Copy(state, oldArcs, state, newArcs, nodeCount);
        for (int a = oldArcs; a < newArcs; a++)
        {
            source[a] = tails[a];
            target[a] = heads[a];
            cost[a] = costs[a];
            cap[a] = capacities[a] == FlowNetwork.Infinite ? Inf : capacities[a];
            flow[a] = 0;
            state[a] = StateLower;
        }
        for (int u = 0; u < nodeCount; u++)
        {
            if (pred[u] >= oldArcs) pred[u] += added;
        }
        if (newArcs > slotOfArc.Length)
        {
            int size = Math.Max(newArcs, slotOfArc.Length + slotOfArc.Length / 2);
            Array.Resize(ref slotOfArc, size);
            Array.Resize(ref lowerOfArc, size);
        }
        for (int a = oldArcs; a < newArcs; a++)
        {
            slotOfArc[a] = a;
            lowerOfArc[a] = 0;
        }
        arcCount = newArcs;
        blockSize = Math.Max((int)Math.Sqrt(arcCount), MinBlockSize);
        nextArc = 0;
    }

    /// <summary>Number of nodes of the snapshot network.</summary>
    public int NodeCount => nodeCount;

    /// <summary>Number of arcs of the snapshot network.</summary>
    public int ArcCount => arcCount;

    /// <summary>Solves <paramref name="network"/> from scratch.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="OverflowException">The data exceed the 64-bit ranges described on the constructor and <see cref="Solve(CancellationToken)"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static FlowSolution Solve(FlowNetwork network, CancellationToken cancellationToken = default) =>
        new NetworkSimplex(network).Solve(cancellationToken);

    /// <summary>Current unit cost of <paramref name="arc"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such arc.</exception>
    public long Cost(int arc)
    {
        GuardArc(arc);
        return cost[slotOfArc[arc]];
    }

    /// <summary>Changes the unit cost of <paramref name="arc"/> for the next <see cref="Solve(CancellationToken)"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such arc, or <paramref name="cost"/> is <see cref="long.MinValue"/>.</exception>
    public void SetCost(int arc, long cost)
    {
        GuardArc(arc);
        if (cost == long.MinValue)
            throw new ArgumentOutOfRangeException(nameof(cost), cost, "A cost must be greater than long.MinValue.");
        this.cost[slotOfArc[arc]] = cost;
    }

    /// <summary>
    /// Solves with the current costs. The first call starts from an artificial basis; later calls start from the
    /// basis the previous call ended with (warm start), which gives the same optimum as a cold solve.
    /// </summary>
    /// <exception cref="OverflowException">
    /// (max |cost| + 1) × (nodes + 1) exceeds 2^60, or the optimal total cost does not fit in a <see cref="long"/>.
    /// </exception>
    /// <exception cref="OperationCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled; the instance stays usable and the next call resumes.
    /// </exception>
    public FlowSolution Solve(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!balanced) return FlowSolution.NotOptimal(FlowStatus.Infeasible, 0);
        long artificialCost = ArtificialCost();
        long pivots = 0;
        if (!hasBasis)
        {
            BuildInitialBasis(artificialCost);
            hasBasis = true;
            if (!InitialPivots(ref pivots)) return Unbounded(pivots, cancellationToken);
        }
        else
        {
            SetArtificialCosts(artificialCost);
            RecomputePotentials();
        }
        if (!RunPivots(ref pivots, cancellationToken)) return Unbounded(pivots, cancellationToken);
        for (int e = arcCount; e < arcCount + nodeCount; e++)
        {
            if (flow[e] != 0) return FlowSolution.NotOptimal(FlowStatus.Infeasible, pivots);
        }
        return Optimal(pivots);
    }

    // A negative cycle of infinite capacity makes the problem unbounded only if some flow is feasible at all,
    // which a second solve with all costs zero decides (it cannot be unbounded).
    FlowSolution Unbounded(long pivots, CancellationToken cancellationToken)
    {
        var feasibility = new NetworkSimplex(this);
        var check = feasibility.Solve(cancellationToken);
        var status = check.IsOptimal ? FlowStatus.Unbounded : FlowStatus.Infeasible;
        return FlowSolution.NotOptimal(status, pivots + check.Pivots);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    FlowSolution Optimal(long pivots)
    {
        var flows = new long[arcCount];
        Int128 total = 0;
        for (int a = 0; a < arcCount; a++)
        {
            int slot = slotOfArc[a];
            long f = flow[slot] + lowerOfArc[a];
            flows[a] = f;
            total += (Int128)f * cost[slot];
        }
        if (total > long.MaxValue || total < long.MinValue)
            throw new OverflowException($"The optimal total cost {total} does not fit in a 64-bit integer.");
        return new FlowSolution(FlowStatus.Optimal, (long)total, flows, pi.AsSpan(0, nodeCount).ToArray(), pivots);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    long ArtificialCost()
    {
        long maxAbs = 0;
        for (int e = 0; e < arcCount; e++)
        {
            long c = Math.Abs(cost[e]);
            if (c > maxAbs) maxAbs = c;
        }
        // The artificial cost must exceed the cost of any simple path, so it dominates every real route.
        Int128 m = ((Int128)maxAbs + 1) * (nodeCount + 1);
        if (m > MaxArtificialCost)
            throw new OverflowException($"Costs up to {maxAbs} on {nodeCount} nodes risk overflowing 64-bit potentials.");
        return (long)m;
    }

    void GuardArc(int arc)
    {
        if ((uint)arc >= (uint)arcCount)
            throw new ArgumentOutOfRangeException(nameof(arc), arc, $"No such arc; the network has {arcCount}.");
    }

    // Interleaves arcs with a stride (as LEMON's arc mixing does) so that a block of the pricing scan samples the
    // whole network instead of one region; input files often list arcs grouped by tail node.
    static int[] MixedSlots(int arcs, int nodes)
    {
        var slots = new int[arcs];
        int skip = nodes > 1 ? Math.Max(arcs / nodes, 3) : 1;
        for (int a = 0, i = 0, j = 0; a < arcs; a++)
        {
            slots[a] = i;
            i += skip;
            if (i >= arcs) i = ++j;
        }
        return slots;
    }
}
