using Corridor.Data;
using Corridor.Data.Rules;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Web.Infrastructure.Security;

/// <summary>
/// What the rules of the game change about who sees what (docs/decisions/0011), in one place for the lot API, the
/// marketplace and the plans: shared prices and contacts, the pricing rule, and whether plans are public.
/// </summary>
internal static class RuleVisibility
{
    /// <summary>
    /// Prices and contacts of a record owned by <paramref name="organisationId"/>: its partners and the chain director,
    /// and every member of the corridor when the rules share them. Notes are never widened (<see cref="CorridorActor.CanSeePrivate"/>).
    /// </summary>
    public static bool SeesPriceAndContact(this CorridorActor actor, RuleSettings rules, int corridorId, int? organisationId) =>
        actor.CanSeePrivate(corridorId, organisationId) || (rules.SharePricesWithPartners && actor.IsMember(corridorId));

    /// <summary>
    /// The price this viewer sees: 0 for everyone when materials are free of charge; otherwise the price under the
    /// pricing rule (capped for cost recovery) if the viewer may see prices, else null.
    /// </summary>
    public static decimal? VisiblePrice(this CorridorActor actor, RuleSettings rules, int corridorId, int? organisationId, decimal? price, double massKg) =>
        rules.Pricing == PricingRule.FreeOfCharge ? 0m
        : actor.SeesPriceAndContact(rules, corridorId, organisationId) ? rules.ApplyPricing(price, massKg) : null;

    /// <summary>Plans are public unless the rules say otherwise; then the corridor's members only.</summary>
    public static bool SeesPlans(this CorridorActor actor, RuleSettings rules, int corridorId) => rules.PlansPublic || actor.IsMember(corridorId);

    /// <summary>Null when the actor may read the corridor's plans; else the refusal (401 for the public, 403 for others).</summary>
    public static async Task<ProblemHttpResult?> RefusePlansAsync(CorridorDb db, CorridorActor actor, int corridorId, CancellationToken ct) =>
        actor.SeesPlans(await RuleSets.SettingsAsync(db, corridorId, ct), corridorId) ? null
        : actor.IsSignedIn ? Denied.Forbidden("This corridor's rules make its plans visible to its members only.")
        : Denied.SignIn();
}
