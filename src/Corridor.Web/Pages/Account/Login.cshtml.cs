using Corridor.Data.Views;
using Corridor.Data;
using Corridor.Data.Accounts;
using Corridor.Data.Demo;
using Corridor.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Pages.Account;

/// <summary>Sign in with e-mail and password (ASP.NET Core Identity; five failures lock the account for five minutes).</summary>
internal sealed class LoginModel(SignInManager<CorridorUser> signIn, CorridorDb db) : PageModel
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
            Error = T["Enter your e-mail address and password.", "Vul uw e-mailadres en wachtwoord in."];
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        Error = result.IsLockedOut
            ? T["Too many failed attempts: the account is locked for five minutes.", "Te veel mislukte pogingen: het account is vijf minuten geblokkeerd."]
            : T["E-mail address or password is wrong.", "E-mailadres of wachtwoord klopt niet."];
        return Page();
    }

    public IReadOnlyList<DemoAccounts.DemoAccount> DemoAccountList => DemoAccounts.All;
}
