using Corridor.Documents.Localization;
using Corridor.Web.Infrastructure;
using Corridor.Web.Localization;
using Microsoft.AspNetCore.Localization;

namespace Corridor.Web.Features.Reports;

/// <summary>
/// The language of a document (council report, passport) for one request: <c>?culture=nl|en|de</c> first, then the
/// language cookie (the header's switch; any language with a resource file), then the page language
/// (<see cref="UiText"/>: cookie or Accept-Language, English by default).
/// </summary>
internal static class DocumentLanguage
{
    /// <summary>The document texts for the request; an error in <paramref name="errors"/> when <paramref name="culture"/> names no supported language.</summary>
    public static DocumentText For(HttpContext context, string? culture, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(errors);
        if (!string.IsNullOrWhiteSpace(culture) && DocumentText.Find(culture) is null)
            errors.Add("culture", $"Unknown culture '{culture}'; expected one of {string.Join(", ", DocumentText.Languages.Keys)}.");
        var cookie = context.Request.Cookies.TryGetValue(UiText.CookieName, out var value)
            ? CookieRequestCultureProvider.ParseCookieValue(value)?.UICultures.FirstOrDefault().Value
            : null;
        return DocumentText.For(culture, cookie, UiText.For(context).Language);
    }
}
