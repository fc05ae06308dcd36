using Corridor.Data.Entities;
using Corridor.Engine.Domain;
using Corridor.Engine.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Workflow;

/// <summary>The caller as the workflow sees them in one corridor.</summary>
public sealed record WorkflowActor(int? UserId, string? Name, bool IsDirector, IReadOnlyCollection<int> OrganisationIds, IReadOnlyCollection<int> HubIds)
{
    /// <summary>The actor as the audit log records them.</summary>
    public AuditActor Audit => new(UserId, Name);
}

/// <summary>How a workflow step ended.</summary>
public enum TransitionOutcome
{
    /// <summary>The step was taken.</summary>
    Done,
    /// <summary>No such match in the corridor.</summary>
    NotFound,
    /// <summary>The request is wrong (unknown action, missing reason).</summary>
    Invalid,
    /// <summary>The actor plays no part that may take this step.</summary>
    Forbidden,
    /// <summary>The step is not possible in the match's current state.</summary>
    WrongState,
    /// <summary>The match changed since the version the caller read.</summary>
    Stale,
    /// <summary>The supply lot has not enough left to reserve.</summary>
    Insufficient,
}

/// <summary>Which part of the request an <see cref="TransitionOutcome.Invalid"/> outcome is about.</summary>
public enum TransitionField
{
    /// <summary>The action.</summary>
    Action,
    /// <summary>The reason.</summary>
    Reason,
}

/// <summary>
/// The outcome of a transition with its message for people; <see cref="Field"/> names the request field at fault when
/// the outcome is <see cref="TransitionOutcome.Invalid"/> (so callers never read the message to decide).
/// </summary>
public sealed record TransitionResult(TransitionOutcome Outcome, string? Message = null, PlannedMatch? Match = null, TransitionField? Field = null);

/// <summary>
/// Carries out match transitions under <see cref="MatchWorkflow"/>: checks the caller's part in the match, the version, the
/// reason; updates the match, the lots (reservation, status) and writes the audit entry, all in one SaveChanges (one
/// transaction). Concurrency conflicts (lot or match changed meanwhile) are retried from a fresh read (docs/decisions/0009).
/// </summary>
public static class MatchTransitions
{
    const int Attempts = 12;
    static readonly MatchStatus[] Holding = [MatchStatus.Reserved, MatchStatus.Harvested, MatchStatus.InTransit, MatchStatus.AtHub, MatchStatus.Delivered, MatchStatus.Installed];
    static readonly MatchStatus[] Done = [MatchStatus.Delivered, MatchStatus.Installed];

    /// <summary>
    /// Ends reservations whose period ran out before the material was harvested: the match is cancelled with that reason
    /// (audited as the system), and the lot's quantity is free again. Returns how many expired.
    /// </summary>
    public static async Task<int> ExpireReservationsAsync(CorridorDb db, int corridorId, DateTime nowUtc, CancellationToken ct = default)
    {
        var due = await db.Matches.Where(m => m.CorridorId == corridorId && m.Status == MatchStatus.Reserved && m.ReservedUntilUtc != null && m.ReservedUntilUtc < nowUtc)
            .Select(m => new { m.Id, m.ReservedUntilUtc }).ToListAsync(ct);
        var system = new WorkflowActor(null, AuditActor.System.Name, IsDirector: true, [], []);
        var expired = 0;
        foreach (var m in due)
        {
            var reason = $"Reservation expired on {m.ReservedUntilUtc!.Value:yyyy-MM-dd} before the material was harvested (rules of the game: reservation period).";
            var result = await ApplyAsync(db, corridorId, m.Id, MatchWorkflow.Name(MatchAction.Cancel), reason, null, system, nowUtc, ct);
            if (result.Outcome == TransitionOutcome.Done) expired++;
        }
        return expired;
    }

    /// <summary>The parts the actor plays in this match.</summary>
    public static IReadOnlyList<MatchRole> RolesOf(WorkflowActor actor, int? supplyOrganisationId, int? demandOrganisationId, int? hubId)
    {
        var roles = new List<MatchRole>();
        if (actor.IsDirector) roles.Add(MatchRole.Director);
        if (supplyOrganisationId is { } s && actor.OrganisationIds.Contains(s)) roles.Add(MatchRole.SupplyPartner);
        if (demandOrganisationId is { } d && actor.OrganisationIds.Contains(d)) roles.Add(MatchRole.DemandPartner);
        if (hubId is { } h && actor.HubIds.Contains(h)) roles.Add(MatchRole.HubOperator);
        return roles;
    }

    /// <summary>
    /// Applies <paramref name="actionName"/> (a <see cref="MatchAction"/> name, or "accept": every side the actor may still
    /// accept for). <paramref name="version"/> null skips the version check (the old decision endpoint).
    /// </summary>
    public static async Task<TransitionResult> ApplyAsync(CorridorDb db, int corridorId, int matchId, string? actionName, string? reason,
        int? version, WorkflowActor actor, DateTime nowUtc, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var match = await db.Matches.Include(m => m.SupplyLot!).ThenInclude(l => l.Project).Include(m => m.DemandLot!).ThenInclude(l => l.Project)
                .FirstOrDefaultAsync(m => m.CorridorId == corridorId && m.Id == matchId, ct);
            if (match is null) return new(TransitionOutcome.NotFound);
            var result = await TryApplyAsync(db, match, actionName, reason, version, actor, nowUtc, ct);
            if (result.Outcome != TransitionOutcome.Done) return result;
            try
            {
                await db.SaveChangesAsync(ct);
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Someone changed the lot or the match meanwhile: read again and decide again (the loser of a race sees what is left).
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
            }
        }
    }

    static async Task<TransitionResult> TryApplyAsync(CorridorDb db, PlannedMatch match, string? actionName, string? reason, int? version,
        WorkflowActor actor, DateTime now, CancellationToken ct)
    {
        var supply = match.SupplyLot!;
        var demand = match.DemandLot!;
        var hasHub = match.HubId is not null;
        var roles = RolesOf(actor, supply.Project!.OrganisationId, demand.Project!.OrganisationId, match.HubId);
        if (roles.Count == 0)
            return new(TransitionOutcome.Forbidden, "Only the partners on either side of the match, its hub's operator and the chain director act on it.", match);

        List<MatchAction> actions;
        if (string.Equals(actionName?.Trim(), MatchWorkflow.AcceptName, StringComparison.OrdinalIgnoreCase))
        {
            actions = MatchWorkflow.Allowed(match.Status, hasHub, roles, match.SupplyAcceptedUtc is not null, match.DemandAcceptedUtc is not null)
                .Where(a => a is MatchAction.AcceptSupply or MatchAction.AcceptDemand).ToList();
            if (actions.Count == 0)
                return match.Status == MatchStatus.Proposed
                    ? new(TransitionOutcome.Forbidden, "You have no side of this match left to accept for.", match)
                    : new(TransitionOutcome.WrongState, $"Only a proposed match can be accepted; this one is {Vocab.ToSnake(match.Status.ToString())}.", match);
        }
        else if (MatchWorkflow.TryParse(actionName, out var parsed)) actions = [parsed];
        else return new(TransitionOutcome.Invalid, $"Unknown action '{actionName}'; use {MatchWorkflow.AcceptName}, {string.Join(", ", Enum.GetValues<MatchAction>().Select(MatchWorkflow.Name))}.", match, TransitionField.Action);

        if (version is { } v && v != match.Version)
            return new(TransitionOutcome.Stale, $"The match has changed since version {v}; it is now version {match.Version} ({Vocab.ToSnake(match.Status.ToString())}).", match);
        foreach (var action in actions)
        {
            if (!MatchWorkflow.Applies(match.Status, action, hasHub)
                || (action == MatchAction.AcceptSupply && match.SupplyAcceptedUtc is not null) || (action == MatchAction.AcceptDemand && match.DemandAcceptedUtc is not null))
                return new(TransitionOutcome.WrongState, $"Cannot {MatchWorkflow.Name(action)} a match that is {Vocab.ToSnake(match.Status.ToString())}" +
                    (hasHub ? "." : " (it goes directly, not through a hub)."), match);
            if (!roles.Any(r => MatchWorkflow.IsAllowed(match.Status, action, r, hasHub)))
                return new(TransitionOutcome.Forbidden, $"Your part in this match ({string.Join(", ", roles.Select(r => Vocab.ToSnake(r.ToString())))}) may not {MatchWorkflow.Name(action)} it.", match);
            if (MatchWorkflow.NeedsReason(action) && string.IsNullOrWhiteSpace(reason))
                return new(TransitionOutcome.Invalid, $"A reason is required to {MatchWorkflow.Name(action)} a match.", match, TransitionField.Reason);
        }

        var before = Snapshot(match);
        foreach (var action in actions)
        {
            var problem = await ApplyOneAsync(db, match, action, roles, actor, reason, now, ct);
            if (problem is not null) return problem;
        }
        match.Version++;
        match.UpdatedUtc = now;
        AuditLog.Add(db, match.CorridorId, actor.Audit, AuditLog.Match, match.Id, string.Join("+", actions.Select(MatchWorkflow.Name)),
            before, Snapshot(match), reason, now);
        return new(TransitionOutcome.Done, null, match);
    }

    static async Task<TransitionResult?> ApplyOneAsync(CorridorDb db, PlannedMatch match, MatchAction action, IReadOnlyList<MatchRole> roles,
        WorkflowActor actor, string? reason, DateTime now, CancellationToken ct)
    {
        var supply = match.SupplyLot!;
        var demand = match.DemandLot!;
        var hasHub = match.HubId is not null;
        var from = match.Status;
        switch (action)
        {
            case MatchAction.AcceptSupply:
                match.SupplyAcceptedUtc = now;
                match.SupplyAcceptedBy = roles.Contains(MatchRole.SupplyPartner) ? actor.Name : $"{actor.Name} (chain director, on behalf of the supplier)";
                match.Status = MatchWorkflow.Next(from, action, hasHub, match.DemandAcceptedUtc is not null);
                return null;
            case MatchAction.AcceptDemand:
                match.DemandAcceptedUtc = now;
                match.DemandAcceptedBy = roles.Contains(MatchRole.DemandPartner) ? actor.Name : $"{actor.Name} (chain director, on behalf of the receiver)";
                match.Status = MatchWorkflow.Next(from, action, hasHub, match.SupplyAcceptedUtc is not null);
                return null;
            case MatchAction.Reserve:
                var left = supply.Quantity - supply.ReservedQuantity;
                if (match.Quantity > left)
                    return new(TransitionOutcome.Insufficient, $"Only {Math.Max(0, left):0.####} {Vocab.ToSnake(supply.Unit.ToString())} of lot {supply.Code} is left to reserve; this match needs {match.Quantity:0.####}.", match);
                supply.ReservedQuantity += match.Quantity;
                supply.Version++;
                // The corridor's rules of the game set the period (30 days when it has no rules yet).
                match.ReservedUntilUtc = now.AddDays(await Rules.RuleSets.ReservationDaysAsync(db, match.CorridorId, ct));
                if (supply.Status == LotStatus.Inventoried) supply.Status = LotStatus.Reserved;
                if (demand.Status == LotStatus.Inventoried) { demand.Status = LotStatus.Reserved; demand.Version++; }
                break;
            case MatchAction.Harvest:
                if (supply.Status is LotStatus.Inventoried or LotStatus.Reserved) { supply.Status = LotStatus.Harvested; supply.Version++; }
                break;
            case MatchAction.ArriveAtHub:
                if (supply.Status is LotStatus.Inventoried or LotStatus.Reserved or LotStatus.Harvested) { supply.Status = LotStatus.Stored; supply.Version++; }
                break;
            case MatchAction.Deliver:
            case MatchAction.Install:
                var target = action == MatchAction.Deliver ? LotStatus.Delivered : LotStatus.Installed;
                // A lot follows only when all of it has arrived (a partly delivered lot stays open for the rest).
                if (await CompletedAsync(db, match, m => m.SupplyLotId == supply.Id, ct) >= supply.Quantity) { supply.Status = target; supply.Version++; }
                if (await CompletedAsync(db, match, m => m.DemandLotId == demand.Id, ct) >= demand.Quantity) { demand.Status = target; demand.Version++; }
                break;
            case MatchAction.Cancel:
                if (Holding.Contains(from))
                {
                    supply.ReservedQuantity = Math.Max(0, supply.ReservedQuantity - match.Quantity);
                    supply.Version++;
                    match.ReservedUntilUtc = null;
                    if (supply.Status == LotStatus.Reserved && supply.ReservedQuantity == 0) supply.Status = LotStatus.Inventoried;
                    if (demand.Status == LotStatus.Reserved && !await db.Matches.AnyAsync(m => m.DemandLotId == demand.Id && m.Id != match.Id && Holding.Contains(m.Status), ct))
                    {
                        demand.Status = LotStatus.Inventoried;
                        demand.Version++;
                    }
                }
                break;
        }
        match.Status = MatchWorkflow.Next(from, action, hasHub);
        if (MatchWorkflow.NeedsReason(action)) match.StatusReason = reason!.Trim();
        return null;
    }

    /// <summary>Quantity of the lot's matches delivered or installed, counting this one as done.</summary>
    static async Task<decimal> CompletedAsync(CorridorDb db, PlannedMatch match, System.Linq.Expressions.Expression<Func<PlannedMatch, bool>> onLot, CancellationToken ct) =>
        match.Quantity + (await db.Matches.AsNoTracking().Where(onLot).Where(m => m.Id != match.Id && Done.Contains(m.Status)).Select(m => m.Quantity).ToListAsync(ct)).Sum();

    /// <summary>What the audit log keeps of a match before and after a change.</summary>
    public static object Snapshot(PlannedMatch m) => new
    {
        status = Vocab.ToSnake(m.Status.ToString()), m.Version, m.StatusReason, m.SupplyAcceptedUtc, m.SupplyAcceptedBy, m.DemandAcceptedUtc, m.DemandAcceptedBy,
        m.ReservedUntilUtc, supplyLotReservedQuantity = m.SupplyLot?.ReservedQuantity, supplyLotStatus = m.SupplyLot is { } s ? Vocab.ToSnake(s.Status.ToString()) : null,
        demandLotStatus = m.DemandLot is { } d ? Vocab.ToSnake(d.Status.ToString()) : null,
    };
}
