namespace Corridor.Engine.Domain;

/// <summary>
/// The one definition of which match statuses bind both sides: from accepted up to at the hub a match is <see cref="Agreed"/>:
/// its quantity is promised, re-planning keeps it as a fixed flow, and a re-import may not shrink its lots below it.
/// Delivered and installed matches are realised (their quantities are taken off the lots); proposed, rejected and cancelled bind nothing.
/// </summary>
public static class MatchStates
{
    static readonly MatchStatus[] AgreedStatuses = [MatchStatus.Accepted, MatchStatus.Reserved, MatchStatus.Harvested, MatchStatus.InTransit, MatchStatus.AtHub];

    /// <summary>The agreed statuses (as a list, for database queries).</summary>
    public static IReadOnlyList<MatchStatus> Agreed => AgreedStatuses;

    /// <summary>True for accepted, reserved, harvested, in transit and at hub.</summary>
    public static bool IsAgreed(MatchStatus status) => AgreedStatuses.Contains(status);
}
