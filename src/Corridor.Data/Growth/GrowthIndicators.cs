using Corridor.Data.Entities;
using Corridor.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Growth;

/// <summary>
/// A level threshold: the indicator supports <see cref="Level"/> when its value is at least <see cref="Minimum"/>.
/// </summary>
public sealed record GrowthThreshold(int Level, double Minimum);

/// <summary>An indicator computed from the corridor's data, the element it is evidence for, and the level it supports.</summary>
public sealed record GrowthIndicator(
    string Key, GrowthElement Element, double Value, string Unit, int SupportedLevel,
    IReadOnlyList<GrowthThreshold> Thresholds, string DescriptionEn, string DescriptionNl, string? DescriptionDe = null);

/// <summary>
/// Indicators of a corridor's maturity, one per element. Each has thresholds (level 2 to 5; below the level-2 threshold
/// an indicator supports level 1, Ad-hoc). The thresholds are ours — a first proposal to be tuned with the corridor
/// programme — and are shown beside the values in the UI and the API.
/// </summary>
public static class GrowthIndicators
{
    /// <summary>Donor projects with an inventory, % of donor projects: some (2), a quarter (3), half (4), nearly all (5).</summary>
    public static readonly IReadOnlyList<GrowthThreshold> InventoryThresholds = [new(2, 0.01), new(3, 25), new(4, 50), new(5, 80)];

    /// <summary>Active partners (organisations with projects or matches in the last 12 months): 2, 5, 10, 20.</summary>
    public static readonly IReadOnlyList<GrowthThreshold> PartnerThresholds = [new(2, 2), new(3, 5), new(4, 10), new(5, 20)];

    /// <summary>Matched mass through hubs, % of the latest plan's matched mass: some (2), 10 % (3), 30 % (4), 50 % (5).</summary>
    public static readonly IReadOnlyList<GrowthThreshold> HubThresholds = [new(2, 0.01), new(3, 10), new(4, 30), new(5, 50)];

    /// <summary>Matches completed (delivered or installed): 1, 10, 50, 200.</summary>
    public static readonly IReadOnlyList<GrowthThreshold> CompletedThresholds = [new(2, 1), new(3, 10), new(4, 50), new(5, 200)];

    /// <summary>
    /// Rules of the game, scored 0–5 by <see cref="RulesScore"/>: plans run with the built-in defaults (2), a rule version
    /// defined (3), rules used by a plan (4), two or more versions used (5).
    /// </summary>
    public static readonly IReadOnlyList<GrowthThreshold> RulesThresholds = [new(2, 2), new(3, 3), new(4, 4), new(5, 5)];

    static readonly ProjectKind[] DonorKinds = [ProjectKind.Demolition, ProjectKind.Renovation, ProjectKind.VacantBuilding];
    static readonly MatchStatus[] Dropped = [MatchStatus.Rejected, MatchStatus.Cancelled];
    static readonly MatchStatus[] Completed = [MatchStatus.Delivered, MatchStatus.Installed];

    /// <summary>The highest level whose minimum <paramref name="value"/> reaches; 1 when it reaches none.</summary>
    public static int Supported(double value, IReadOnlyList<GrowthThreshold> thresholds) =>
        thresholds.Where(t => value >= t.Minimum).Select(t => t.Level).DefaultIfEmpty(1).Max();

    /// <summary>How far the corridor's rules of the game have come, 0–5 (see <see cref="RulesThresholds"/>).</summary>
    public static int RulesScore(RuleUse rules) =>
        rules.VersionsUsed >= 2 ? 5 : rules.PlansUsingRules >= 1 ? 4 : rules.Versions >= 1 ? 3 : rules.Plans >= 1 ? 2 : 0;

    /// <summary>The growth indicators measured from the corridor's data.</summary>
    public static async Task<IReadOnlyList<GrowthIndicator>> ComputeAsync(CorridorDb db, int corridorId, DateOnly today, CancellationToken ct = default)
    {
        // 1. Material inventory: donor projects with at least one supply lot.
        var donors = await db.Projects.Where(p => p.CorridorId == corridorId && DonorKinds.Contains(p.Kind))
            .Select(p => new { p.Id, Inventoried = p.Lots.Any(l => l.Direction == LotDirection.Supply) }).ToListAsync(ct);
        var inventoryShare = donors.Count == 0 ? 0 : 100.0 * donors.Count(d => d.Inventoried) / donors.Count;

        // 2. Projects calendar: organisations with a project active in the last 12 months, or a match updated in them.
        var since = today.AddMonths(-12);
        var sinceUtc = since.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var withProjects = await db.Projects.Where(p => p.CorridorId == corridorId && p.OrganisationId != null && p.End >= since)
            .Select(p => p.OrganisationId!.Value).Distinct().ToListAsync(ct);
        var recentMatches = db.Matches.Where(m => m.CorridorId == corridorId && m.UpdatedUtc >= sinceUtc && !Dropped.Contains(m.Status));
        var withMatches = await recentMatches.Select(m => m.SupplyLot!.Project!.OrganisationId)
            .Concat(recentMatches.Select(m => m.DemandLot!.Project!.OrganisationId))
            .Where(o => o != null).Select(o => o!.Value).Distinct().ToListAsync(ct);
        var activePartners = withProjects.Union(withMatches).Count();

        // 3. Transport & hubs: share of the latest plan's matched mass (rejected and cancelled matches left out) through a hub.
        var latestPlan = await db.Plans.Where(p => p.CorridorId == corridorId).OrderByDescending(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        var planned = latestPlan is null ? [] : await db.Matches.Where(m => m.PlanId == latestPlan && !Dropped.Contains(m.Status))
            .Select(m => new { m.MassKg, ThroughHub = m.HubId != null }).ToListAsync(ct);
        var matched = planned.Sum(m => m.MassKg);
        var hubShare = matched <= 0 ? 0 : 100.0 * planned.Where(m => m.ThroughHub).Sum(m => m.MassKg) / matched;

        // 4. Chain director: matches followed through to delivery or installation.
        var completed = await db.Matches.CountAsync(m => m.CorridorId == corridorId && Completed.Contains(m.Status), ct);

        // 5. Rules of the game.
        var rules = await RulesAsync(db, corridorId, ct);
        var rulesScore = RulesScore(rules);

        return
        [
            new("donor_projects_with_inventory", GrowthElement.MaterialInventory, Math.Round(inventoryShare, 1), "%",
                Supported(inventoryShare, InventoryThresholds), InventoryThresholds,
                $"Donor projects (demolition, renovation, vacant) with an inventory: {donors.Count(d => d.Inventoried)} of {donors.Count}",
                $"Donorprojecten (sloop, renovatie, leegstand) met een inventarisatie: {donors.Count(d => d.Inventoried)} van {donors.Count}",
                $"Rückbauprojekte (Abbruch, Sanierung, Leerstand) mit Bestandsaufnahme: {donors.Count(d => d.Inventoried)} von {donors.Count}"),
            new("active_partners", GrowthElement.ProjectsCalendar, activePartners, "organisations",
                Supported(activePartners, PartnerThresholds), PartnerThresholds,
                "Organisations with projects or matches in the last 12 months",
                "Organisaties met projecten of matches in de afgelopen 12 maanden",
                "Organisationen mit Projekten oder Zuordnungen in den letzten 12 Monaten"),
            new("matched_mass_through_hubs", GrowthElement.TransportHubs, Math.Round(hubShare, 1), "%",
                Supported(hubShare, HubThresholds), HubThresholds,
                "Share of the latest plan's matched mass that passes through a hub",
                "Aandeel van de gematchte massa in het laatste plan dat via een hub gaat",
                "Anteil der zugeordneten Masse im neuesten Plan, der über einen Hub läuft"),
            new("matches_completed", GrowthElement.ChainDirector, completed, "matches",
                Supported(completed, CompletedThresholds), CompletedThresholds,
                "Matches followed through to delivery or installation",
                "Matches gevolgd tot levering of inbouw",
                "Zuordnungen, die bis zur Lieferung oder zum Einbau verfolgt wurden"),
            new("rules_defined_and_used", GrowthElement.RulesOfTheGame, rulesScore, "score 0–5",
                Supported(rulesScore, RulesThresholds), RulesThresholds,
                $"Rule versions defined: {rules.Versions}, used in plans: {rules.PlansUsingRules}; plans run: {rules.Plans}",
                $"Spelregelversies vastgelegd: {rules.Versions}, gebruikt in plannen: {rules.PlansUsingRules}; plannen gemaakt: {rules.Plans}",
                $"Festgelegte Regelversionen: {rules.Versions}, in Plänen verwendet: {rules.PlansUsingRules}; erstellte Pläne: {rules.Plans}"),
        ];
    }

    /// <summary>
    /// How the corridor's rules of the game are defined and used: versions stored (corridor_rules), plans that record the
    /// rule version they were made under, and how many distinct versions plans used.
    /// </summary>
    public static async Task<RuleUse> RulesAsync(CorridorDb db, int corridorId, CancellationToken ct = default)
    {
        var plans = await db.Plans.CountAsync(p => p.CorridorId == corridorId, ct);
        var versions = await db.Set<Rules.CorridorRuleSet>().CountAsync(r => r.CorridorId == corridorId, ct);
        var used = await db.Plans.Where(p => p.CorridorId == corridorId && p.RuleVersion != null).Select(p => p.RuleVersion).ToListAsync(ct);
        return new RuleUse(Versions: versions, PlansUsingRules: used.Count, VersionsUsed: used.Distinct().Count(), Plans: plans);
    }
}

/// <summary>How the corridor's rules of the game are defined and used (see <see cref="GrowthIndicators.RulesAsync"/>).</summary>
public sealed record RuleUse(int Versions, int PlansUsingRules, int VersionsUsed, int Plans);
