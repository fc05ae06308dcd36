namespace Corridor.Engine.Domain;

/// <summary>
/// The one definition of which lots are still "open", for the two different questions the corridor asks:
/// <list type="bullet">
/// <item><see cref="Plannable"/>: may the matching plan with this lot? Supply that is inventoried, reserved (its agreed
/// matches are fixed flows the plan keeps, and a partial reservation leaves quantity to plan), harvested or stored; demand
/// that is inventoried or reserved. Delivered, installed, recycled or disposed lots are done.</item>
/// <item><see cref="Offerable"/>: may the marketplace offer this supply lot to others? Inventoried, harvested or stored
/// supply whose window has not ended: a reserved lot is promised to someone already, and an expired one is gone.</item>
/// </list>
/// A lot is <see cref="IsExpired(DateOnly, DateOnly)"/> when its window ended before today (a window ending today is still open today): for
/// supply the last day it is available (<c>available_to</c>), for demand the last day it is needed (the same field). An
/// expired lot that is still plannable by status is <see cref="LotState.Expired"/>: it is not offered, not planned (unless an
/// agreed match already holds it), and its owner is asked to extend or close it (<see cref="CanExtendOrClose"/>).
/// </summary>
public static class LotStates
{
    static readonly LotStatus[] PlannableSupply = [LotStatus.Inventoried, LotStatus.Reserved, LotStatus.Harvested, LotStatus.Stored];
    static readonly LotStatus[] PlannableDemand = [LotStatus.Inventoried, LotStatus.Reserved];
    static readonly LotStatus[] OfferableSupply = [LotStatus.Inventoried, LotStatus.Harvested, LotStatus.Stored];

    /// <summary>The statuses in which a lot of this direction takes part in matching (as a list, for database queries).</summary>
    public static IReadOnlyList<LotStatus> Plannable(LotDirection direction) =>
        direction == LotDirection.Supply ? PlannableSupply : PlannableDemand;

    /// <summary>Whether a lot of this direction and status takes part in matching.</summary>
    public static bool IsPlannable(LotDirection direction, LotStatus status) => Plannable(direction).Contains(status);

    /// <summary>The statuses in which a supply lot is offered in the marketplace (demand is never offered).</summary>
    public static IReadOnlyList<LotStatus> Offerable => OfferableSupply;

    /// <summary>Offered in the marketplace today: supply, in an offerable status, window not ended.</summary>
    public static bool IsOfferable(LotDirection direction, LotStatus status, DateOnly availableTo, DateOnly today) =>
        direction == LotDirection.Supply && OfferableSupply.Contains(status) && !IsExpired(availableTo, today);

    /// <summary>The window ended before today.</summary>
    public static bool IsExpired(DateOnly availableTo, DateOnly today) => availableTo < today;

    /// <summary>Still open by status (<see cref="IsPlannable"/>) but its window ended before today.</summary>
    public static bool IsExpired(LotDirection direction, LotStatus status, DateOnly availableTo, DateOnly today) =>
        IsPlannable(direction, status) && IsExpired(availableTo, today);

    /// <summary>The lot's state today, the one every page, list and API response shows.</summary>
    public static LotState State(LotDirection direction, LotStatus status, DateOnly availableTo, DateOnly today) =>
        !IsPlannable(direction, status) ? LotState.Closed
        : IsExpired(availableTo, today) ? LotState.Expired
        : LotState.Open;

    /// <summary>The statuses in which the owner may extend or close (withdraw) a lot: nothing has happened to it yet and nobody holds it.</summary>
    public static IReadOnlyList<LotStatus> Closable { get; } = [LotStatus.Inventoried, LotStatus.Harvested, LotStatus.Stored];

    /// <summary>The owner may extend the window or close (withdraw) the lot: in a <see cref="Closable"/> status (demand: inventoried).</summary>
    public static bool CanExtendOrClose(LotDirection direction, LotStatus status) =>
        direction == LotDirection.Supply ? Closable.Contains(status) : status == LotStatus.Inventoried;
}

/// <summary>
/// A lot's state today (<see cref="LotStates.State"/>): <see cref="Open"/> (plannable, window not ended), <see cref="Expired"/>
/// (plannable by status but its window ended before today) or <see cref="Closed"/> (delivered, installed, recycled, disposed or withdrawn).
/// </summary>
public enum LotState
{
    /// <summary>Plannable and its window has not ended.</summary>
    Open,
    /// <summary>Plannable by status, but its window ended before today: its owner extends or closes it.</summary>
    Expired,
    /// <summary>Done: delivered, installed, recycled, disposed or withdrawn.</summary>
    Closed,
}
