namespace Corridor.Engine.Matching;

/// <summary>
/// An agreed match (a <see cref="FixedFlow"/>) cannot be kept by the plan: a lot it names is not in the input (closed,
/// filtered out by a rule) or has less quantity than the agreed matches on it use. The caller reports it as a conflict to
/// resolve, never as a server error.
/// </summary>
public sealed class FixedFlowConflictException(FixedFlow flow, string message) : ArgumentException(message, nameof(flow))
{
    /// <summary>The agreed flow that cannot be kept.</summary>
    public FixedFlow Flow { get; } = flow;
}
