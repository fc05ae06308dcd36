using Corridor.Engine.Domain;
using Corridor.Engine.Workflow;

namespace Corridor.Data.Planning;

/// <summary>
/// Accepting or rejecting a proposed match: how a decision (accepted / rejected) becomes a workflow step
/// (<see cref="Corridor.Data.Workflow.MatchTransitions"/>). The one rule the API's decision endpoint and the plan page's form share.
/// </summary>
public static class MatchDecisions
{
    /// <summary>The reason stored when a match is rejected without one (a rejection always carries a reason).</summary>
    public const string NoReason = "rejected without a reason";

    /// <summary>accepted/accept → Accepted, rejected/reject → Rejected, anything else null.</summary>
    public static MatchStatus? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "accepted" or "accept" => MatchStatus.Accepted,
        "rejected" or "reject" => MatchStatus.Rejected,
        _ => null,
    };

    /// <summary>
    /// The workflow action and reason for a decision: accepted → <see cref="MatchWorkflow.AcceptName"/> (every side the
    /// caller may still accept for), rejected → reject with the given reason or <see cref="NoReason"/>.
    /// </summary>
    public static (string Action, string? Reason) Step(MatchStatus decision, string? reason) => decision switch
    {
        MatchStatus.Accepted => (MatchWorkflow.AcceptName, reason),
        MatchStatus.Rejected => (MatchWorkflow.Name(MatchAction.Reject), string.IsNullOrWhiteSpace(reason) ? NoReason : reason),
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "A decision accepts or rejects."),
    };
}
