using Corridor.Data;
using Corridor.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Corridor.Web.Infrastructure.Security;

/// <summary>
/// Accounts and sign-in: ASP.NET Core Identity with a cookie for people (same-site strict, so other sites cannot
/// act with it) and bearer tokens for machines. API calls get 401/403, never a redirect to the login page.
/// </summary>
internal static class SecurityServices
{
    const string Selector = "Corridor";

    public static IServiceCollection AddCorridorSecurity(this IServiceCollection services)
    {
        services.AddScoped<CorridorActor>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Selector;
                o.DefaultChallengeScheme = Selector;
            })
            .AddPolicyScheme(Selector, "Cookie or bearer token", o =>
                o.ForwardDefaultSelector = http => TokenAuthenticationHandler.TryBearer(http.Request, out _)
                    ? TokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/Account/Login";
                o.LogoutPath = "/Account/Logout";
                o.AccessDeniedPath = "/Account/Login";
                o.Cookie.Name = "corridor.auth";
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure on HTTPS (behind a proxy: Corridor:Security:TrustProxy)
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
            }));
        services.AddIdentityCore<CorridorUser>(o =>
            {
                o.Password.RequiredLength = AccountStore.MinimumPasswordLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddEntityFrameworkStores<CorridorDb>()
            .AddSignInManager();
        services.AddAuthorization();
        return services;
    }

    /// <summary>Authentication, then the request's <see cref="CorridorActor"/> with its memberships.</summary>
    public static IApplicationBuilder UseCorridorSecurity(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.Use(async (http, next) =>
        {
            var actor = http.RequestServices.GetRequiredService<CorridorActor>();
            await actor.LoadAsync(http.User, http.RequestServices.GetRequiredService<CorridorDb>(), http.RequestAborted);
            await next(http);
        });
        app.UseAuthorization();
        return app;
    }

    static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
