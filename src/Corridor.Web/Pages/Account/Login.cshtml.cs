using Corridor.Data.Views;
using Corridor.Data;
using Corridor.Data.Accounts;
using Corridor.Data.Demo;
using Corridor.Web.Infrastructure.Security;
using Corridor.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Pages.Account;

/// <summary>
/// Sign in with e-mail and password (ASP.NET Core Identity). Five failures of one account from one address make that
/// pair wait five minutes (<see cref="SignInThrottle"/>); the account itself is never locked, so nobody can lock out
/// someone else. The rate limiter bounds sign-in posts per address.
/// </summary>
internal sealed class LoginModel(SignInManager<CorridorUser> signIn, CorridorDb db, SignInThrottle throttle) : PageModel
{
    public UiText T => UiText.For(HttpContext);

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }
    public bool ShowDemoAccounts { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        ShowDemoAccounts = await CorridorQueries.HasDemoAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ShowDemoAccounts = await CorridorQueries.HasDemoAsync(db, ct);
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Error = T["Enter your e-mail address and password."];
            return Page();
        }
        var address = HttpContext.Connection.RemoteIpAddress;
        if (throttle.WaitLeft(Email, address) is { } wait)
        {
            Error = T.Format("Too many failed attempts from this address: try again in {0} minute(s).",
                Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)));
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.Succeeded(Email, address);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        throttle.Failed(Email, address);
        Error = T["E-mail address or password is wrong."];
        return Page();
    }

    public IReadOnlyList<DemoAccounts.DemoAccount> DemoAccountList => DemoAccounts.All;
}
