using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Data.Planning;
using Corridor.Data.Rules;
using Corridor.Data.Views;
using Corridor.Engine.Domain;
using Corridor.Web.Infrastructure.Security;
using Corridor.Web.Pages.Shared;
using Corridor.Data.Workflow;
using Corridor.Engine.Workflow;
using Corridor.Web.Features.Workflow;
using Microsoft.AspNetCore.Mvc;

namespace Corridor.Web.Pages.Plans;

/// <summary>
/// Plan review: run the matching (the same <see cref="CorridorPlanner"/> as <c>POST /api/corridors/{id}/plans</c>), list
/// the plans, and show one (the latest unless an id is given): totals with the bound and gap, the matches on a map and
/// in a table with accept / reject, and the unmatched lots by reason. Both forms work without JavaScript (plain posts that
/// redirect); with it, plans.js sends them to the API (<c>POST /api/corridors/{id}/plans</c>, <c>…/matches/{id}/decision</c>)
/// and updates the page in place. The page has no JSON of its own (docs/decisions/0005).
/// </summary>
internal sealed class PlansModel(CorridorDb db, CategoryIndex categories, TimeProvider time, CorridorActor actor) : CorridorPageModel(db)
{
    public sealed record UnmatchedLine(string ProjectCode, string? ProjectName, string Lot, string Direction, string Category, decimal Quantity, string Unit, double MassKg);

    public sealed record ReasonGroup(string Reason, IReadOnlyList<UnmatchedLine> Lots)
    {
        public double MassKg => Lots.Sum(l => l.MassKg);
    }

    public IReadOnlyList<StoredPlanSummary> Plans { get; private set; } = [];
    public MatchPlan? Plan { get; private set; }
    public PlanDocument? Document { get; private set; }
    public bool IsLatest { get; private set; }
    public IReadOnlyList<MatchLine> Matches { get; private set; } = [];
    public IReadOnlyList<ReasonGroup> Unmatched { get; private set; } = [];
    public MapModel? Map { get; private set; }
    public PlanRunForm Form { get; private set; } = PlanRunForm.Default;
    public IReadOnlyList<(string Field, string Message)> RunErrors { get; private set; } = [];
    /// <summary>Agreed matches that stopped the last run (see <see cref="PlanConflictException"/>); empty otherwise.</summary>
    public IReadOnlyList<PlanConflict> Conflicts { get; private set; } = [];

    /// <summary>The corridor's rules make plans members-only and the viewer is not a member.</summary>
    public bool PlansHidden { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, int? corridor, CancellationToken ct) =>
        await LoadAsync(id, corridor, ct) ? Page() : NotFound();

    /// <summary>The run form without JavaScript: errors re-render the page, a plan redirects to it (plans.js posts to the API instead).</summary>
    public async Task<IActionResult> OnPostRunAsync(int? corridor, PlanRunForm form, CancellationToken ct)
    {
        if (!await LoadCorridorAsync(corridor, ct)) return NotFound();
        if (!CanRun) return PlanActor.IsSignedIn ? StatusCode(StatusCodes.Status403Forbidden) : Challenge();
        Form = form;
        var (request, errors) = form.ToRequest(T);
        if (request is not null) errors = await StoredPlans.CheckAsync(Db, Corridor!.Id, request, ct);
        if (errors.Count > 0)
        {
            RunErrors = errors;
            await LoadAsync(null, corridor, ct);
            return Page();
        }

        MatchPlan stored;
        try
        {
            (stored, _, _) = await CorridorPlanner.RunAsync(Db, Corridor!.Id, request!, time, ct: ct);
        }
        catch (PlanConflictException e)
        {
            // Agreed matches the plan cannot keep: shown above the run form with what to resolve (409).
            Conflicts = e.Conflicts;
            await LoadAsync(null, corridor, ct);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect($"/plans/{stored.Id}{CorridorQuery}");
    }

    /// <summary>Accepts (every side the viewer may still accept for) or rejects a proposed match, as <see cref="MatchDecisions.Step"/> says.</summary>
    public async Task<IActionResult> OnPostDecideAsync(int id, int matchId, string? status, string? reason, int? corridor, CancellationToken ct)
    {
        var decided = MatchDecisions.Parse(status);
        if (decided is null) return BadRequest(T["Choose accept or reject."]);
        var (action, why) = MatchDecisions.Step(decided.Value, reason);
        return await TransitionAsync(id, matchId, action, why, null, ct);
    }

    /// <summary>Any other workflow step (reserve … install, cancel); the form sends the version the page showed.</summary>
    public Task<IActionResult> OnPostTransitionAsync(int id, int matchId, string? action, string? reason, int? version, int? corridor, CancellationToken ct) =>
        TransitionAsync(id, matchId, action, reason, version, ct);

    /// <summary>A workflow step from a plain form post: back to the match on the plan, or the refusal as text with its status code.</summary>
    async Task<IActionResult> TransitionAsync(int planId, int matchId, string? action, string? reason, int? version, CancellationToken ct)
    {
        var corridorId = await StoredPlans.CorridorOfMatchAsync(Db, matchId, ct);
        if (corridorId is null) return NotFound();
        if (!actor.IsSignedIn) return Redirect("/Account/Login?ReturnUrl=" + Uri.EscapeDataString($"/plans/{planId}"));
        var result = await MatchTransitions.ApplyAsync(Db, corridorId.Value, matchId, action, reason, version, actor.Workflow(corridorId.Value), time.GetUtcNow().UtcDateTime, ct);
        var match = result.Match;
        if (result.Outcome == TransitionOutcome.NotFound || match is null) return NotFound();
        if (result.Outcome != TransitionOutcome.Done)
        {
            var code = result.Outcome switch { TransitionOutcome.Forbidden => 403, TransitionOutcome.Invalid => 400, _ => 409 };
            return new ContentResult { StatusCode = code, Content = result.Message, ContentType = "text/plain; charset=utf-8" };
        }
        return Redirect($"/plans/{planId}{CorridorQuery}#match-{match.Id}");
    }

    /// <summary>Running the matching is the chain director's.</summary>
    public bool CanRun => Corridor is not null && PlanActor.IsDirector(Corridor.Id);

    public CorridorActor PlanActor => actor;

    /// <summary>What the viewer may do with a match (nothing for the public).</summary>
    public IReadOnlyList<MatchAction> Actions(MatchLine m) =>
        Corridor is null || !actor.IsSignedIn ? []
            : MatchWorkflow.Allowed(m.Status, m.HubId is not null, MatchTransitions.RolesOf(actor.Workflow(Corridor.Id), m.SupplyOrganisationId, m.DemandOrganisationId, m.HubId),
                m.SupplyAccepted, m.DemandAccepted);

    /// <summary>Audit trails of the shown matches, for members of the corridor only.</summary>
    public IReadOnlyDictionary<int, List<AuditEntry>> Audit { get; private set; } = new Dictionary<int, List<AuditEntry>>();

    /// <summary>The corridor's API root, which plans.js posts to (cookie-authenticated).</summary>
    public string Api => Corridor is null ? "" : $"/api/corridors/{Corridor.Id}";

    /// <summary>Match status labels in the page's language, keyed by the API's snake_case status, as JSON for plans.js.</summary>
    public string StatusLabels => System.Text.Json.JsonSerializer.Serialize(
        Enum.GetValues<MatchStatus>().ToDictionary(s => Vocab.ToSnake(s.ToString()), s => T.Status(s)));

    /// <summary>The run form's field labels in the page's language, keyed by the API's field names, as JSON for plans.js.</summary>
    public string FieldLabels => System.Text.Json.JsonSerializer.Serialize(PlanRunForm.Fields.ToDictionary(f => f, f => PlanRunForm.Label(f, T)));

    public string CorridorQuery => Corridors.Count > 1 && Corridor is not null ? $"?corridor={Corridor.Id}" : "";

    public string Category(string key) => categories.TryGet(key, out var c) ? T.Category(c) : key;

    public VehicleChoice? Vehicle(string name) => PlanRunForm.Vehicles.FirstOrDefault(v => v.Class.Name == name);

    async Task<bool> LoadAsync(int? id, int? corridor, CancellationToken ct)
    {
        if (id is { } planId)
        {
            Plan = await StoredPlans.FindAsync(Db, planId, ct);
            if (Plan is null) return false;
            corridor = Plan.CorridorId;
        }
        if (!await LoadCorridorAsync(corridor, ct)) return id is null;
        var corridorId = Corridor!.Id;
        var rules = await RuleSets.SettingsAsync(Db, corridorId, ct);
        if (!actor.SeesPlans(rules, corridorId)) { PlansHidden = true; Plan = null; return true; }
        if (ReferenceEquals(Form, PlanRunForm.Default)) Form = PlanRunForm.ForRules(rules);
        Plans = await StoredPlans.ListAsync(Db, corridorId, ct);
        Plan ??= await StoredPlans.LatestAsync(Db, corridorId, ct);
        if (Plan is null) return true;

        IsLatest = Plans.Count > 0 && Plans[0].Id == Plan.Id;
        Document = StoredPlans.Document(Plan);
        Matches = await StoredPlans.MatchesAsync(Db, Plan.Id, ct);
        if (actor.IsMember(corridorId))
        {
            Audit = await StoredPlans.AuditAsync(Db, corridorId, Matches.Select(m => m.Id).ToList(), ct);
        }
        var projects = await StoredPlans.ProjectNamesAsync(Db, corridorId, ct);
        Unmatched = Document.Unmatched
            .Select(u =>
            {
                var slash = u.Lot.IndexOf('/', StringComparison.Ordinal);
                var project = slash < 0 ? u.Lot : u.Lot[..slash];
                return (u.Reason, Line: new UnmatchedLine(project, projects.GetValueOrDefault(project), u.Lot[(slash + 1)..], u.Direction, u.Category, u.Quantity, u.Unit, u.MassKg));
            })
            .GroupBy(x => x.Reason)
            .Select(g => new ReasonGroup(g.Key, g.Select(x => x.Line).OrderBy(l => l.ProjectCode).ThenBy(l => l.Lot).ToList()))
            .OrderByDescending(g => g.Lots.Count).ThenBy(g => g.Reason)
            .ToList();
        var hubs = await CorridorQueries.HubsAsync(Db, corridorId, ct);
        Map = PlanMap.Build(Matches, hubs, T, Category, CorridorQuery);
        return true;
    }
}
