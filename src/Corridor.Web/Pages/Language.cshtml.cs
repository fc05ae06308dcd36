using Corridor.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Pages;

/// <summary>
/// The language switch in the header: stores the choice in the culture cookie and returns to the page. It carries no
/// antiforgery token, so that public pages set no cookie and can be served from the output cache; a cross-site post is
/// still refused by the Origin/Sec-Fetch-Site check (Hardening), and all it could do is change a language.
/// </summary>
[IgnoreAntiforgeryToken]
internal sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost(string? lang, string? returnUrl)
    {
        if (!UiText.IsSupported(lang)) return BadRequest("lang must be one of " + string.Join(", ", UiText.Languages.Select(l => $"'{l.Code}'")) + ".");
        Response.Cookies.Append(UiText.CookieName, UiText.CookieValue(lang!), new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Path = "/", Secure = Request.IsHttps,
        });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
