namespace Corridor.Engine.Flow;

/// <summary>Outcome of a min-cost-flow solve.</summary>
public enum FlowStatus
{
    /// <summary>An optimal flow was found; flows, potentials and the total cost are available.</summary>
    Optimal,

    /// <summary>
    /// No flow satisfies the bounds and supplies (including supplies that do not sum to zero). Takes precedence over
    /// <see cref="Unbounded"/>: an infeasible network is reported infeasible even if it has a negative cycle.
    /// </summary>
    Infeasible,

    /// <summary>Feasible, but a cycle of negative total cost has infinite capacity, so the cost has no minimum.</summary>
    Unbounded,
}

/// <summary>
/// Result of <see cref="NetworkSimplex"/>: the status and, when <see cref="FlowStatus.Optimal"/>, the flow on every arc,
/// the node potentials (duals) and the total cost. Immutable; indices are those of the solved <see cref="FlowNetwork"/>.
/// </summary>
public sealed class FlowSolution
{
    readonly long[] flows;
    readonly long[] potentials;

    internal FlowSolution(FlowStatus status, long totalCost, long[] flows, long[] potentials, long pivots)
    {
        Status = status;
        TotalCost = totalCost;
        this.flows = flows;
        this.potentials = potentials;
        Pivots = pivots;
    }

    internal static FlowSolution NotOptimal(FlowStatus status, long pivots) => new(status, 0, [], [], pivots);

    /// <summary>Whether an optimum was found, or why not.</summary>
    public FlowStatus Status { get; }

    /// <summary>True when <see cref="Status"/> is <see cref="FlowStatus.Optimal"/>.</summary>
    public bool IsOptimal => Status == FlowStatus.Optimal;

    /// <summary>Sum over arcs of flow × cost (lower-bound flow included), in cost units; 0 unless optimal.</summary>
    public long TotalCost { get; }

    /// <summary>Number of simplex pivots performed, including degenerate ones; a diagnostic, not part of the contract.</summary>
    public long Pivots { get; }

    /// <summary>Flow on <paramref name="arc"/>, between its lower bound and its capacity.</summary>
    /// <exception cref="InvalidOperationException">The solution is not optimal.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No such arc.</exception>
    public long Flow(int arc)
    {
        GuardOptimal();
        if ((uint)arc >= (uint)flows.Length)
            throw new ArgumentOutOfRangeException(nameof(arc), arc, $"No such arc; the network has {flows.Length}.");
        return flows[arc];
    }

    /// <summary>
    /// Potential π of <paramref name="node"/>, an optimal dual: every arc with room to increase its flow has
    /// cost + π(from) − π(to) ≥ 0, every arc carrying more than its lower bound has it ≤ 0. Read π as a delivered
    /// price: π(to) ≤ π(from) + cost along arcs that could carry more. Potentials are unique only up to a constant per
    /// connected part of the network and are in cost units.
    /// </summary>
    /// <exception cref="InvalidOperationException">The solution is not optimal.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No such node.</exception>
    public long Potential(int node)
    {
        GuardOptimal();
        if ((uint)node >= (uint)potentials.Length)
            throw new ArgumentOutOfRangeException(nameof(node), node, $"No such node; the network has {potentials.Length}.");
        return potentials[node];
    }

    /// <summary>Flows indexed by arc; empty unless optimal.</summary>
    public ReadOnlySpan<long> Flows => flows;

    /// <summary>Potentials indexed by node; empty unless optimal.</summary>
    public ReadOnlySpan<long> Potentials => potentials;

    void GuardOptimal()
    {
        if (!IsOptimal) throw new InvalidOperationException($"The problem is {Status}; there is no optimal flow.");
    }
}
