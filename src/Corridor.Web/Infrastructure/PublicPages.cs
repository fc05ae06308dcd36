using Corridor.Web.Localization;
using Microsoft.AspNetCore.OutputCaching;

namespace Corridor.Web.Infrastructure;

/// <summary>
/// The output cache for the public pages (overview, calendar, marketplace, hubs): what an anonymous visitor sees is
/// rendered once per <see cref="Seconds"/> per address, query and language and then served from memory, so a national
/// corridor's front page stays fast under load. Signed-in people (the sign-in cookie or a bearer token) always get a fresh
/// page, with their private fields. Measured in docs/load.md.
/// </summary>
internal static class PublicPages
{
    /// <summary>The policy name on the page models.</summary>
    public const string Policy = "public-page";

    /// <summary>How long an anonymous page is served from the cache by default; <c>Corridor:PublicPageCacheSeconds</c> sets it, 0 turns it off.</summary>
    public const int Seconds = 30;

    /// <summary>Registers the output cache with the public-page policy.</summary>
    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration config)
    {
        // The switch is read per request: test hosts and `corridor serve` add their settings after the services are registered.
        var seconds = config.GetValue("Corridor:PublicPageCacheSeconds", Seconds);
        return services.AddOutputCache(o => o.AddPolicy(Policy, b => b
            .With(c => c.HttpContext.RequestServices.GetRequiredService<IConfiguration>().GetValue("Corridor:PublicPageCacheSeconds", Seconds) > 0
                       && !c.HttpContext.Request.Cookies.ContainsKey("corridor.auth") && !c.HttpContext.Request.Headers.ContainsKey("Authorization"))
            .Expire(TimeSpan.FromSeconds(Math.Max(1, seconds)))
            .SetVaryByQuery("*")
            .SetVaryByHeader("Accept-Language")
            .VaryByValue(http => new KeyValuePair<string, string>("culture", http.Request.Cookies[UiText.CookieName] ?? ""))));
    }
}
