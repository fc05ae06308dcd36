namespace Corridor.Engine.Domain;

/// <summary>
/// The closing-window alert, defined once for the home page and the notifier's sweep: a lot is <em>closing without a
/// match</em> when it is plannable for its direction (<see cref="LotStates.Plannable"/>), its window ends within
/// <see cref="Days"/> days from today (today included, not yet expired), and no match that still counts
/// (<see cref="Matched"/>: proposed, agreed, delivered or installed, in any plan) holds it.
/// </summary>
public static class AlertWindows
{
    /// <summary>How many days before a lot's window closes the alert starts.</summary>
    public const int Days = 28;

    /// <summary>Match statuses that count as the lot having a match; rejected and cancelled ones do not.</summary>
    public static IReadOnlyList<MatchStatus> Matched { get; } =
    [
        MatchStatus.Proposed, MatchStatus.Accepted, MatchStatus.Reserved, MatchStatus.Harvested, MatchStatus.InTransit,
        MatchStatus.AtHub, MatchStatus.Delivered, MatchStatus.Installed,
    ];

    /// <summary>The last day whose closing window falls in the alert (today + <see cref="Days"/>).</summary>
    public static DateOnly Until(DateOnly today) => today.AddDays(Days);

    /// <summary>The window ends between today and <see cref="Until"/>, both included.</summary>
    public static bool ClosesSoon(DateOnly availableTo, DateOnly today) => availableTo >= today && availableTo <= Until(today);

    /// <summary>The whole rule for one lot: plannable, closing soon, and no counting match.</summary>
    public static bool IsClosingWithoutMatch(LotDirection direction, LotStatus status, DateOnly availableTo, bool hasMatch, DateOnly today) =>
        !hasMatch && LotStates.IsPlannable(direction, status) && ClosesSoon(availableTo, today);
}
