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
/// A lot is <see cref="IsExpired"/> when its window ended before today (a window ending today is still open today).
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
}
