using Corridor.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Pages.Errors;

/// <summary>
/// The page a browser sees for 404, 403, 500 and the other error statuses (re-executed by
/// <see cref="Infrastructure.ErrorPages"/>; <c>/api</c> keeps its problem details). No handler methods: it answers the
/// method of the request that failed, GET or POST, and needs no antiforgery token of its own.
/// </summary>
[IgnoreAntiforgeryToken]
internal sealed class StatusModel : PageModel
{
    public UiText T => UiText.For(HttpContext);

    /// <summary>The status shown: the failed request's, or the one in the URL when /errors/{code} is opened directly.</summary>
    public int Code { get; private set; }

    /// <summary>The path that failed, when re-executed.</summary>
    public string? OriginalPath { get; private set; }

    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var routed = RouteData.Values["code"] is string s && int.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : 500;
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var failed = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        OriginalPath = reExecuted?.OriginalPath ?? failed?.Path;
        Code = reExecuted is not null || failed is not null ? Response.StatusCode : Math.Clamp(routed, 400, 599);
        if (Code < 400) Code = 500;
        Response.StatusCode = Code;
    }

    public string Title => Code switch
    {
        404 => T["Page not found"],
        403 => T["Not allowed"],
        401 => T["Please sign in"],
        400 => T["The request could not be understood"],
        >= 500 => T["Something went wrong on our side"],
        _ => T["The page cannot be shown"],
    };

    public string Explanation => Code switch
    {
        404 => T["There is no page at this address. It may have moved, or the link has a typing error."],
        403 => T["Your account may not see or do this. The chain director of the corridor can give you a role."],
        401 => T["This page is for signed-in partners."],
        >= 500 => T["The error has been logged. Please try again in a moment; nothing you entered was saved."],
        _ => T["Please go back and try again."],
    };
}
