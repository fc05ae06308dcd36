using Corridor.Data;
using Corridor.Data.Rules;
using Corridor.Engine.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Corridor.Web.Infrastructure;
using Corridor.Web.Infrastructure.Security;

namespace Corridor.Web.Features.Rules;

/// <summary>A version of the rules (or the defaults, <see cref="IsDefault"/>, version null) with one sentence per rule.</summary>
internal sealed record RulesResponse(
    int CorridorId, int? Version, bool IsDefault, DateTime? CreatedUtc, string? CreatedBy, string? Note, RuleSettings Rules,
    IReadOnlyList<RuleSentence> PlainLanguage)
{
    public static RulesResponse For(int corridorId, CorridorRuleSet? row) => row is null
        ? new(corridorId, null, true, null, null, null, RuleSettings.Default, RuleText.Sentences(RuleSettings.Default))
        : new(corridorId, row.Version, false, row.CreatedUtc, row.CreatedBy, row.Note, row.ToSettings(), RuleText.Sentences(row.ToSettings()));
}

internal sealed record RuleVersionSummary(int Version, DateTime CreatedUtc, string CreatedBy, string? Note);

/// <summary>
/// A new version of the rules. Fields left out keep the value of the rules in force (the defaults without rules);
/// <see cref="Pricing"/> is donor_sets_price, free_of_charge or cost_recovery.
/// </summary>
internal sealed record UpdateRulesRequest(
    double? MaxDistanceKm = null, bool? EmissionFreeTransport = null, double? ElectricCo2eKgPerTonneKm = null,
    IReadOnlyDictionary<string, string>? MinimumQualityByCategory = null, bool? ExcludeHazardous = null, bool? MunicipalProjectsFirst = null,
    bool? ReuseBeforeRecycling = null, int? ReservationDays = null, string? Pricing = null, decimal? PriceCapEurPerTonne = null,
    bool? SharePricesWithPartners = null, bool? PlansPublic = null, string? Note = null)
{
    /// <summary>The new settings on top of <paramref name="current"/>, or the field errors.</summary>
    public (RuleSettings? Settings, IReadOnlyList<(string Field, string Message)> Errors) Apply(RuleSettings current)
    {
        var errors = new List<(string, string)>();
        var pricing = current.Pricing;
        if (Pricing is not null && !Vocab.TryEnum(Pricing, out pricing))
            errors.Add(("pricing", $"Unknown pricing rule '{Pricing}'; use donor_sets_price, free_of_charge or cost_recovery."));
        var settings = current with
        {
            MaxDistanceKm = MaxDistanceKm ?? current.MaxDistanceKm,
            EmissionFreeTransport = EmissionFreeTransport ?? current.EmissionFreeTransport,
            ElectricCo2eKgPerTonneKm = ElectricCo2eKgPerTonneKm ?? current.ElectricCo2eKgPerTonneKm,
            MinimumQualityByCategory = MinimumQualityByCategory?.ToDictionary(kv => kv.Key.Trim(), kv => (kv.Value ?? "").Trim().ToUpperInvariant(), StringComparer.Ordinal)
                ?? current.MinimumQualityByCategory,
            ExcludeHazardous = ExcludeHazardous ?? current.ExcludeHazardous,
            MunicipalProjectsFirst = MunicipalProjectsFirst ?? current.MunicipalProjectsFirst,
            ReuseBeforeRecycling = ReuseBeforeRecycling ?? current.ReuseBeforeRecycling,
            ReservationDays = ReservationDays ?? current.ReservationDays,
            Pricing = pricing,
            // Leaving cost recovery drops its cap; naming cost recovery without a cap keeps the current one.
            PriceCapEurPerTonne = PriceCapEurPerTonne ?? (pricing == PricingRule.CostRecovery ? current.PriceCapEurPerTonne : null),
            SharePricesWithPartners = SharePricesWithPartners ?? current.SharePricesWithPartners,
            PlansPublic = PlansPublic ?? current.PlansPublic,
        };
        errors.AddRange(settings.Validate());
        if (Note is { Length: > 2000 }) errors.Add(("note", "At most 2000 characters."));
        return errors.Count > 0 ? (null, errors) : (settings, errors);
    }
}

internal static class RuleEndpoints
{
    public static RouteGroupBuilder MapRules(this IEndpointRouteBuilder app)
    {
        var group = app.MapCorridorGroup("/rules").WithTags("Rules");
        group.MapGet("/", Current).WithName("GetRules").Allow(Access.Public)
            .WithSummary("The corridor's rules of the game in force (the defaults while none are set), with one sentence per rule in English and Dutch");
        group.MapGet("/versions", Versions).WithName("ListRuleVersions").Allow(Access.Public).WithSummary("Every version of the rules, newest first: who, when, note");
        group.MapGet("/versions/{version:int}", Version).WithName("GetRuleVersion").Allow(Access.Public).WithSummary("One version of the rules");
        group.MapPut("/", Update).WithName("UpdateRules").Allow(Access.Director)
            .WithSummary("Change the rules: stores the next version (old versions never change); fields left out keep their value");
        return group;
    }

    static async Task<Ok<RulesResponse>> Current(int corridorId, CorridorDb db, CancellationToken ct) =>
        TypedResults.Ok(RulesResponse.For(corridorId, await RuleSets.CurrentAsync(db, corridorId, ct)));

    static async Task<Ok<List<RuleVersionSummary>>> Versions(int corridorId, CorridorDb db, CancellationToken ct) =>
        TypedResults.Ok((await RuleSets.VersionsAsync(db, corridorId, ct)).Select(r => new RuleVersionSummary(r.Version, r.CreatedUtc, r.CreatedBy, r.Note)).ToList());

    static async Task<Results<Ok<RulesResponse>, NotFound>> Version(int corridorId, int version, CorridorDb db, CancellationToken ct) =>
        await RuleSets.VersionAsync(db, corridorId, version, ct) is { } row ? TypedResults.Ok(RulesResponse.For(corridorId, row)) : TypedResults.NotFound();

    static async Task<Results<Ok<RulesResponse>, ValidationProblem>> Update(int corridorId, UpdateRulesRequest request, CorridorDb db, CorridorActor actor,
        TimeProvider time, CancellationToken ct)
    {
        var (settings, invalid) = request.Apply(await RuleSets.SettingsAsync(db, corridorId, ct));
        if (settings is null)
        {
            var errors = new FieldErrors();
            foreach (var (field, message) in invalid) errors.Add(field, message);
            return errors.Problem();
        }
        var row = await RuleSets.AddVersionAsync(db, corridorId, settings, actor.Name ?? $"user {actor.UserId}", request.Note, time.GetUtcNow().UtcDateTime, ct);
        return TypedResults.Ok(RulesResponse.For(corridorId, row));
    }
}
