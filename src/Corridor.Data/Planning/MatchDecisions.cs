using Corridor.Data.Entities;
using Corridor.Engine.Domain;

namespace Corridor.Data.Planning;

/// <summary>
/// Accepting or rejecting a proposed match: the one rule the API and the plan page share. The full workflow
/// (reservation, harvest, transport, installation) belongs to the chain-director issue.
/// </summary>
public static class MatchDecisions
{
    /// <summary>accepted/accept → Accepted, rejected/reject → Rejected, anything else null.</summary>
    public static MatchStatus? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "accepted" or "accept" => MatchStatus.Accepted,
        "rejected" or "reject" => MatchStatus.Rejected,
        _ => null,
    };

    /// <summary>Only a proposed match can be decided on.</summary>
    public static bool CanDecide(PlannedMatch match) => match.Status == MatchStatus.Proposed;

    /// <exception cref="InvalidOperationException">The match is no longer proposed.</exception>
    public static void Apply(PlannedMatch match, MatchStatus decision, string? reason, DateTime nowUtc)
    {
        if (!CanDecide(match)) throw new InvalidOperationException($"Match {match.Id} is {match.Status}, not proposed.");
        if (decision is not (MatchStatus.Accepted or MatchStatus.Rejected)) throw new ArgumentOutOfRangeException(nameof(decision), decision, "A decision accepts or rejects.");
        match.Status = decision;
        match.StatusReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        match.UpdatedUtc = nowUtc;
    }
}
