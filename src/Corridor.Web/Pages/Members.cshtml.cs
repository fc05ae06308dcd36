using Corridor.Data.Views;
using Corridor.Data;
using Corridor.Data.Accounts;
using Corridor.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Pages;

/// <summary>The chain director's list of who has which role in the corridor, with adding (new accounts too) and removing.</summary>
internal sealed class MembersModel(CorridorDb db, CorridorActor actor, TimeProvider time) : CorridorPageModel(db)
{

    public IReadOnlyList<MembershipView> Members { get; private set; } = [];
    public IReadOnlyList<NamedOption> Organisations { get; private set; } = [];
    public IReadOnlyList<NamedOption> Hubs { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public string? Added { get; private set; }

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public CorridorRole Role { get; set; } = CorridorRole.Partner;
    [BindProperty] public int? OrganisationId { get; set; }
    [BindProperty] public int? HubId { get; set; }

    public string CorridorQuery => Corridors.Count > 1 && Corridor is not null ? $"?corridor={Corridor.Id}" : "";

    public async Task<IActionResult> OnGetAsync(int? corridor, CancellationToken ct) => await LoadAsync(corridor, ct) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(int? corridor, CancellationToken ct)
    {
        if (await LoadAsync(corridor, ct) is { } refused) return refused;
        var outcome = await Grants.GrantAsync(Db, Corridor!.Id, Email ?? "", Password, DisplayName, Role, OrganisationId, HubId, time.GetUtcNow().UtcDateTime, ct);
        if (outcome.Problem is { } problem)
        {
            Errors.Add(problem switch
            {
                GrantProblem.EmailInvalid => T["Give the person's e-mail address."],
                GrantProblem.OrganisationNotInCorridor => T["Choose the organisation the partner acts for."],
                GrantProblem.HubNotInCorridor => T["Choose the hub the operator runs."],
                _ => T.Format("This address has no account yet: give it a first password of at least {0} characters.", AccountStore.MinimumPasswordLength),
            });
            return Page();
        }
        Added = outcome.User!.Email;
        Email = DisplayName = Password = null;
        return await LoadAsync(corridor, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int? corridor, int membershipId, CancellationToken ct)
    {
        if (await LoadAsync(corridor, ct) is { } refused) return refused;
        switch (await Grants.RemoveAsync(Db, Corridor!.Id, membershipId, ct))
        {
            case RemoveOutcome.NotFound: return NotFound();
            case RemoveOutcome.LastDirector:
                Errors.Add(T["A corridor keeps at least one chain director: appoint another first."]);
                return Page();
            default: return Redirect("/members" + CorridorQuery);
        }
    }

    async Task<IActionResult?> LoadAsync(int? corridor, CancellationToken ct)
    {
        if (!actor.IsSignedIn) return Challenge();
        if (!await LoadCorridorAsync(corridor, ct)) return NotFound();
        var id = Corridor!.Id;
        if (!actor.IsDirector(id)) return StatusCode(StatusCodes.Status403Forbidden);
        Members = await CorridorQueries.MembersAsync(Db, id, ct);
        Organisations = await CorridorQueries.OrganisationOptionsAsync(Db, id, ct);
        Hubs = await CorridorQueries.HubOptionsAsync(Db, id, ct);
        return null;
    }

}
