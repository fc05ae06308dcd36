using Corridor.Data.Entities;
using Corridor.Data.Workflow;
using Corridor.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Lots;

/// <summary>
/// What the owner of a lot does when its window ended (<see cref="LotState.Expired"/>), or before: extend the window to a new
/// end date, or close (withdraw) the lot. Both are audited (entity type <see cref="AuditLog.Lot"/>); closing changes the
/// status, so the lot's history (database triggers) records it too. Today is <see cref="CorridorClock.Today"/> of the caller's clock.
/// </summary>
public static class LotWindows
{
    /// <summary>Match statuses that hold a lot: a proposal (cancelled when the lot closes) or an agreed or finished match (which stops a close).</summary>
    static readonly MatchStatus[] Holding =
    [
        MatchStatus.Proposed, MatchStatus.Accepted, MatchStatus.Reserved, MatchStatus.Harvested, MatchStatus.InTransit,
        MatchStatus.AtHub, MatchStatus.Delivered, MatchStatus.Installed,
    ];

    /// <summary>The longest reason stored with a close.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>What is wrong with a new end date.</summary>
    public enum ExtensionProblem
    {
        /// <summary>The new end date is fine.</summary>
        None,
        /// <summary>No new end date was given.</summary>
        Missing,
        /// <summary>The new end date is not after today.</summary>
        NotAfterToday,
        /// <summary>The new end date is not after the start of the window.</summary>
        NotAfterStart,
    }

    /// <summary>
    /// The outcome: field problems (keyed as the API spells them; <see cref="Extension"/> says which rule a new end date broke),
    /// a conflict with the lot's status, or the changed lot. No lot and no problem: there is no such lot.
    /// </summary>
    public sealed record Outcome(IReadOnlyList<(string Field, string Message)> Errors, string? Conflict, MaterialLot? Lot,
        ExtensionProblem Extension = ExtensionProblem.None)
    {
        /// <summary>The lot was changed.</summary>
        public bool Succeeded => Errors.Count == 0 && Conflict is null && Lot is not null;
    }

    /// <summary>The rule a new end date breaks, if any: it must be given, after today and after the window's start.</summary>
    public static ExtensionProblem CheckExtension(DateOnly availableFrom, DateOnly? availableTo, DateOnly today) =>
        availableTo is not { } to ? ExtensionProblem.Missing
        : to <= today ? ExtensionProblem.NotAfterToday
        : to <= availableFrom ? ExtensionProblem.NotAfterStart
        : ExtensionProblem.None;

    static string Message(ExtensionProblem problem, DateOnly availableFrom, DateOnly? availableTo, DateOnly today) => problem switch
    {
        ExtensionProblem.Missing => "Give the new last day of the window (yyyy-mm-dd).",
        ExtensionProblem.NotAfterToday => $"The new end date {availableTo:yyyy-MM-dd} must be after today ({today:yyyy-MM-dd}).",
        _ => $"The new end date {availableTo:yyyy-MM-dd} must be after the window's start ({availableFrom:yyyy-MM-dd}).",
    };

    /// <summary>Moves the lot's window end to <paramref name="availableTo"/> (after today and after the start).</summary>
    public static async Task<Outcome> ExtendAsync(CorridorDb db, int corridorId, int lotId, DateOnly? availableTo, AuditActor by, TimeProvider time, CancellationToken ct = default)
    {
        var lot = await db.Lots.FirstOrDefaultAsync(l => l.CorridorId == corridorId && l.Id == lotId, ct);
        if (lot is null) return new([], null, null);
        if (!LotStates.CanExtendOrClose(lot.Direction, lot.Status))
            return new([], $"A {Vocab.ToSnake(lot.Status.ToString())} lot cannot be extended; only inventoried (supply also harvested or stored) lots can.", lot);
        var today = CorridorClock.Today(time);
        var problem = CheckExtension(lot.AvailableFrom, availableTo, today);
        if (problem != ExtensionProblem.None)
            return new([("availableTo", Message(problem, lot.AvailableFrom, availableTo, today))], null, lot, problem);

        var before = new { lot.AvailableFrom, lot.AvailableTo, state = Vocab.ToSnake(LotStates.State(lot.Direction, lot.Status, lot.AvailableTo, today).ToString()) };
        lot.AvailableTo = availableTo!.Value;
        lot.Version++;
        AuditLog.Add(db, corridorId, by, AuditLog.Lot, lot.Id, "extend", before,
            new { lot.AvailableFrom, lot.AvailableTo, state = Vocab.ToSnake(LotStates.State(lot.Direction, lot.Status, lot.AvailableTo, today).ToString()) },
            null, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear(); // what the caller reads next comes from the database, as it now is
        return new([], null, lot);
    }

    /// <summary>
    /// Withdraws the lot (<see cref="LotStatus.Withdrawn"/>): no longer offered, needed or planned. Its proposed matches are
    /// cancelled; an agreed (or delivered) match stops the close (a conflict: cancel it first).
    /// </summary>
    public static async Task<Outcome> CloseAsync(CorridorDb db, int corridorId, int lotId, string? reason, AuditActor by, TimeProvider time, CancellationToken ct = default)
    {
        var lot = await db.Lots.FirstOrDefaultAsync(l => l.CorridorId == corridorId && l.Id == lotId, ct);
        if (lot is null) return new([], null, null);
        if (reason is { Length: > MaxReasonLength }) return new([("reason", $"At most {MaxReasonLength} characters.")], null, lot);
        if (!LotStates.CanExtendOrClose(lot.Direction, lot.Status))
            return new([], $"A {Vocab.ToSnake(lot.Status.ToString())} lot cannot be closed; only inventoried (supply also harvested or stored) lots can. Cancel its matches first.", lot);

        var matches = await db.Matches.Where(m => (m.SupplyLotId == lot.Id || m.DemandLotId == lot.Id) && Holding.Contains(m.Status)).ToListAsync(ct);
        if (matches.Any(m => m.Status != MatchStatus.Proposed))
            return new([], $"Agreed matches hold this lot ({string.Join(", ", matches.Where(m => m.Status != MatchStatus.Proposed).Select(m => m.Id))}); cancel them first.", lot);

        var now = time.GetUtcNow().UtcDateTime;
        var before = new { status = lot.Status, lot.AvailableTo };
        lot.Status = LotStatus.Withdrawn;
        lot.Version++;
        AuditLog.Add(db, corridorId, by, AuditLog.Lot, lot.Id, "close", before, new { status = lot.Status, lot.AvailableTo, proposalsCancelled = matches.Count }, reason, now);
        // Its proposals can no longer happen: cancelled, each audited as a match change.
        foreach (var m in matches)
        {
            AuditLog.Add(db, corridorId, by, AuditLog.Match, m.Id, "cancel", new { status = m.Status }, new { status = MatchStatus.Cancelled },
                $"Lot closed by its owner{(string.IsNullOrWhiteSpace(reason) ? "" : ": " + reason.Trim())}", now);
            m.Status = MatchStatus.Cancelled;
            m.StatusReason = "Lot closed by its owner";
            m.UpdatedUtc = now;
            m.Version++;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear(); // what the caller reads next comes from the database, as it now is
        return new([], null, lot);
    }
}
