using Corridor.Data.Views;
using Corridor.Data;
using Corridor.Data.Accounts;
using Corridor.Web.Infrastructure.Security;
using Corridor.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Pages.Account;

/// <summary>The signed-in user's roles and API tokens (made here, shown once, revoked here).</summary>
internal sealed class IndexModel(CorridorDb db, CorridorActor actor, TimeProvider time) : PageModel
{
    public UiText T => UiText.For(HttpContext);
    public IReadOnlyList<MembershipView> Roles { get; private set; } = [];
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];
    public string? NewToken { get; private set; }
    public string? Error { get; private set; }
    [BindProperty] public string? TokenName { get; set; }
    [BindProperty] public int? ExpiresInDays { get; set; } = 365;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (string.IsNullOrWhiteSpace(TokenName)) Error = T["Name the token after the system that will use it."];
        else if (ExpiresInDays is < 1 or > 3650) Error = T["A token lasts between 1 and 3650 days."];
        if (Error is not null) return Page();
        var now = time.GetUtcNow().UtcDateTime;
        var (token, _) = await AccountStore.CreateTokenAsync(db, actor.UserId!.Value, TokenName!, now, ExpiresInDays is { } d ? now.AddDays(d) : null, ct);
        NewToken = token;
        TokenName = null;
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int tokenId, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        return await Grants.RevokeTokenAsync(db, actor.UserId!.Value, tokenId, time.GetUtcNow().UtcDateTime, ct) ? Redirect("/Account") : NotFound();
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!actor.IsSignedIn) return Challenge();
        Roles = await CorridorQueries.RolesOfAsync(db, actor.UserId!.Value, ct);
        Tokens = await CorridorQueries.TokensOfAsync(db, actor.UserId!.Value, ct);
        return null;
    }

}
