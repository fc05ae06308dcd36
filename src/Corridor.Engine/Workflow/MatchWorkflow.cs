using Corridor.Engine.Domain;

namespace Corridor.Engine.Workflow;

/// <summary>What can be done to a match (docs/decisions/0009). Accepting is per side: a match is accepted once both sides have.</summary>
public enum MatchAction
{
    /// <summary>The supplying side accepts the proposal.</summary>
    AcceptSupply,
    /// <summary>The receiving side accepts the proposal.</summary>
    AcceptDemand,
    /// <summary>Either side turns the proposal down (with a reason).</summary>
    Reject,
    /// <summary>The supply lot's quantity is held for the match.</summary>
    Reserve,
    /// <summary>The material is taken out of the supplying building.</summary>
    Harvest,
    /// <summary>The material leaves (to the hub or the receiver).</summary>
    Ship,
    /// <summary>The material arrives at the hub.</summary>
    ArriveAtHub,
    /// <summary>The material reaches the receiving project.</summary>
    Deliver,
    /// <summary>The material is built in.</summary>
    Install,
    /// <summary>The agreed match is called off (with a reason).</summary>
    Cancel,
}

/// <summary>The part an actor plays in one match: a partner of the supplying or the receiving organisation, the operator of its hub, or the chain director.</summary>
public enum MatchRole
{
    /// <summary>A partner of the supplying project's organisation.</summary>
    SupplyPartner,
    /// <summary>A partner of the receiving project's organisation.</summary>
    DemandPartner,
    /// <summary>The operator of the match's hub.</summary>
    HubOperator,
    /// <summary>The corridor's chain director.</summary>
    Director,
}

/// <summary>
/// The match workflow as one table: proposed → accepted (both sides) → reserved → harvested → in transit → at hub (only
/// through a hub) → delivered → installed; rejected from proposed, cancelled from accepted … delivered, both with a
/// reason. <see cref="IsAllowed"/> is the single rule the API, the plan page and the tests use.
/// </summary>
public static class MatchWorkflow
{
    static readonly MatchRole[] Sides = [MatchRole.SupplyPartner, MatchRole.DemandPartner, MatchRole.Director];
    static readonly MatchRole[] Supplier = [MatchRole.SupplyPartner, MatchRole.Director];
    static readonly MatchRole[] Receiver = [MatchRole.DemandPartner, MatchRole.Director];
    static readonly MatchRole[] HubSide = [MatchRole.HubOperator, MatchRole.Director];
    static readonly MatchRole[] LeavingHub = [MatchRole.HubOperator, MatchRole.DemandPartner, MatchRole.Director];

    /// <summary>The rule: (status, action, hub?) → the status after it and who may do it; null when the action does not apply.</summary>
    static (MatchStatus To, MatchRole[] Who)? Rule(MatchStatus status, MatchAction action, bool hasHub) => (status, action) switch
    {
        (MatchStatus.AtHub, _) when !hasHub => null, // a direct match never is at a hub
        // Accepting a side keeps the match proposed until the other side has accepted too (MatchTransitions records the sides).
        (MatchStatus.Proposed, MatchAction.AcceptSupply) => (MatchStatus.Accepted, Supplier),
        (MatchStatus.Proposed, MatchAction.AcceptDemand) => (MatchStatus.Accepted, Receiver),
        (MatchStatus.Proposed, MatchAction.Reject) => (MatchStatus.Rejected, Sides),
        (MatchStatus.Accepted, MatchAction.Reserve) => (MatchStatus.Reserved, Receiver),
        (MatchStatus.Reserved, MatchAction.Harvest) => (MatchStatus.Harvested, Supplier),
        (MatchStatus.Harvested, MatchAction.Ship) => (MatchStatus.InTransit, Supplier),
        (MatchStatus.InTransit, MatchAction.ArriveAtHub) when hasHub => (MatchStatus.AtHub, HubSide),
        (MatchStatus.InTransit, MatchAction.Deliver) when !hasHub => (MatchStatus.Delivered, Receiver),
        (MatchStatus.AtHub, MatchAction.Deliver) when hasHub => (MatchStatus.Delivered, LeavingHub),
        (MatchStatus.Delivered, MatchAction.Install) => (MatchStatus.Installed, Receiver),
        (MatchStatus.Accepted or MatchStatus.Reserved or MatchStatus.Harvested or MatchStatus.InTransit or MatchStatus.AtHub or MatchStatus.Delivered,
            MatchAction.Cancel) => (MatchStatus.Cancelled, Sides),
        _ => null,
    };

    /// <summary>May an actor in <paramref name="role"/> do <paramref name="action"/> on a match in <paramref name="status"/>?</summary>
    public static bool IsAllowed(MatchStatus status, MatchAction action, MatchRole role, bool hasHub) =>
        Rule(status, action, hasHub) is { } rule && rule.Who.Contains(role);

    /// <summary>Whether the action applies to the status at all (for anyone), i.e. whether refusing it is about the role or the state.</summary>
    public static bool Applies(MatchStatus status, MatchAction action, bool hasHub) => Rule(status, action, hasHub) is not null;

    /// <summary>The status after the action; for a side's acceptance it is <see cref="MatchStatus.Accepted"/> only once both sides have.</summary>
    public static MatchStatus Next(MatchStatus status, MatchAction action, bool hasHub, bool otherSideAccepted = true) =>
        Rule(status, action, hasHub) is { } rule
            ? action is MatchAction.AcceptSupply or MatchAction.AcceptDemand && !otherSideAccepted ? MatchStatus.Proposed : rule.To
            : throw new InvalidOperationException($"{action} does not apply to a {status} match.");

    /// <summary>Actions that need a reason (shown to the partners and kept in the audit log).</summary>
    public static bool NeedsReason(MatchAction action) => action is MatchAction.Reject or MatchAction.Cancel;

    /// <summary>
    /// What an actor with these roles may do now; sides that have already accepted are left out.
    /// </summary>
    public static IReadOnlyList<MatchAction> Allowed(MatchStatus status, bool hasHub, IEnumerable<MatchRole> roles,
        bool supplyAccepted = false, bool demandAccepted = false)
    {
        var set = roles.ToHashSet();
        return Enum.GetValues<MatchAction>()
            .Where(a => set.Any(r => IsAllowed(status, a, r, hasHub)))
            .Where(a => !(a == MatchAction.AcceptSupply && supplyAccepted) && !(a == MatchAction.AcceptDemand && demandAccepted))
            .ToList();
    }

    /// <summary>
    /// The API's pseudo-action "accept": every side the actor may still accept for (<see cref="MatchAction.AcceptSupply"/>,
    /// <see cref="MatchAction.AcceptDemand"/> or both). Not a <see cref="MatchAction"/>; the caller resolves it.
    /// </summary>
    public const string AcceptName = "accept";

    /// <summary>"accept_supply", "ship", …: the API's names.</summary>
    public static string Name(MatchAction action) => Vocab.ToSnake(action.ToString());

    /// <summary>Parses an API name (snake_case or PascalCase); "accept" and "reject" are resolved by the caller.</summary>
    public static bool TryParse(string? text, out MatchAction action)
    {
        action = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var compact = text.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
        return Enum.TryParse(compact, ignoreCase: true, out action) && Enum.IsDefined(action) && !int.TryParse(compact, out _);
    }
}
