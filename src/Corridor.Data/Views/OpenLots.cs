using Corridor.Data.Entities;
using Corridor.Engine.Domain;

namespace Corridor.Data.Views;

/// <summary>
/// The rules of <see cref="LotStates"/> and <see cref="AlertWindows"/> as database queries, so that the planner, the
/// notifier and every page select the same lots.
/// </summary>
public static class OpenLots
{
    /// <summary>Lots the matching may plan with (<see cref="LotStates.Plannable"/>), either direction.</summary>
    public static IQueryable<MaterialLot> Plannable(IQueryable<MaterialLot> lots)
    {
        var supply = LotStates.Plannable(LotDirection.Supply);
        var demand = LotStates.Plannable(LotDirection.Demand);
        return lots.Where(l => l.Direction == LotDirection.Supply ? supply.Contains(l.Status) : demand.Contains(l.Status));
    }

    /// <summary>Plannable lots whose window has not ended (<see cref="LotState.Open"/>): what the corridor really has and needs today.</summary>
    public static IQueryable<MaterialLot> Current(IQueryable<MaterialLot> lots, DateOnly today) =>
        Plannable(lots).Where(l => l.AvailableTo >= today);

    /// <summary>Plannable lots whose window ended before today (<see cref="LotStates.IsExpired(LotDirection, LotStatus, DateOnly, DateOnly)"/>), either direction.</summary>
    public static IQueryable<MaterialLot> Expired(IQueryable<MaterialLot> lots, DateOnly today) =>
        Plannable(lots).Where(l => l.AvailableTo < today);

    /// <summary>Expired lots the owner may still extend or close (<see cref="LotStates.CanExtendOrClose"/>): what the owner is asked about.</summary>
    public static IQueryable<MaterialLot> ExpiredToDecide(IQueryable<MaterialLot> lots, DateOnly today)
    {
        var supply = LotStates.Closable;
        return lots.Where(l => l.AvailableTo < today &&
            (l.Direction == LotDirection.Supply ? supply.Contains(l.Status) : l.Status == LotStatus.Inventoried));
    }

    /// <summary>
    /// Supply lots in an offerable status (<see cref="LotStates.Offerable"/>); with <paramref name="includeExpired"/> also those
    /// whose window ended (shown as expired), otherwise only those offered today (<see cref="Offerable(IQueryable{MaterialLot}, DateOnly)"/>).
    /// </summary>
    public static IQueryable<MaterialLot> Offerable(IQueryable<MaterialLot> lots, DateOnly today, bool includeExpired)
    {
        if (!includeExpired) return Offerable(lots, today);
        var offerable = LotStates.Offerable;
        return lots.Where(l => l.Direction == LotDirection.Supply && offerable.Contains(l.Status));
    }

    /// <summary>Supply lots the marketplace offers today (<see cref="LotStates.IsOfferable"/>).</summary>
    public static IQueryable<MaterialLot> Offerable(IQueryable<MaterialLot> lots, DateOnly today)
    {
        var offerable = LotStates.Offerable;
        return lots.Where(l => l.Direction == LotDirection.Supply && offerable.Contains(l.Status) && l.AvailableTo >= today);
    }

    /// <summary>Plannable lots of the corridor with no match that counts (<see cref="AlertWindows.Matched"/>).</summary>
    public static IQueryable<MaterialLot> PlannableWithoutMatch(CorridorDb db, int corridorId)
    {
        var matched = AlertWindows.Matched;
        return Plannable(db.Lots.Where(l => l.CorridorId == corridorId))
            .Where(l => !db.Matches.Any(m => (m.SupplyLotId == l.Id || m.DemandLotId == l.Id) && matched.Contains(m.Status)));
    }

    /// <summary>The closing-window alert (<see cref="AlertWindows.IsClosingWithoutMatch"/>), ordered by closing date, project and lot.</summary>
    public static IQueryable<MaterialLot> ClosingWithoutMatch(CorridorDb db, int corridorId, DateOnly today)
    {
        var until = AlertWindows.Until(today);
        return PlannableWithoutMatch(db, corridorId).Where(l => l.AvailableTo >= today && l.AvailableTo <= until)
            .OrderBy(l => l.AvailableTo).ThenBy(l => l.Project!.Code).ThenBy(l => l.Code);
    }

    /// <summary>Plannable lots without a match whose window closes after the alert window: what comes next.</summary>
    public static IQueryable<MaterialLot> ClosingAfterAlert(CorridorDb db, int corridorId, DateOnly today)
    {
        var until = AlertWindows.Until(today);
        return PlannableWithoutMatch(db, corridorId).Where(l => l.AvailableTo > until)
            .OrderBy(l => l.AvailableTo).ThenBy(l => l.Project!.Code).ThenBy(l => l.Code);
    }
}
