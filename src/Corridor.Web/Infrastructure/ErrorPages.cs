namespace Corridor.Web.Infrastructure;

/// <summary>
/// Error statuses for people and for machines. A browser request for a page (Accept names text/html, the path is not
/// under <c>/api</c>) that ends in 4xx/5xx without a body, or throws, gets the HTML page <c>/errors/{code}</c>
/// (Pages/Errors/Status) in the app's layout and the user's language, with the original status. Everything else —
/// every <c>/api/**</c> call — keeps RFC 9457 problem details JSON.
/// </summary>
internal static class ErrorPages
{
    /// <summary>The key under which WebApplication keeps itself as the endpoint route builder (Microsoft.AspNetCore.Routing).</summary>
    const string GlobalEndpointRouteBuilderKey = "__GlobalEndpointRouteBuilder";

    public static bool IsBrowserPage(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/openapi")) return false;
        return http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && a.Quality is null or > 0);
    }

    /// <summary>
    /// Registers both: problem details for everyone (exception handler and status-code pages), and in front of them, for
    /// browser pages only, the HTML error page. Call where <c>UseExceptionHandler</c> and <c>UseStatusCodePages</c> went.
    /// </summary>
    public static WebApplication UseCorridorErrorPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWhen(IsBrowserPage, browser =>
        {
            // A branch of a WebApplication forgets the app's endpoints; the re-executed request (its endpoint cleared)
            // must be routed to /errors/{code} again, so the branch gets them back (as UseExceptionHandler does itself).
            browser.Properties[GlobalEndpointRouteBuilderKey] = app;
            browser.UseExceptionHandler("/errors/500");
            browser.UseStatusCodePagesWithReExecute("/errors/{0}");
            browser.UseRouting();
        });
        return app;
    }
}
