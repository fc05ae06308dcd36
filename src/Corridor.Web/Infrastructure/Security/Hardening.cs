using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace Corridor.Web.Infrastructure.Security;

/// <summary>
/// Settings of <see cref="Hardening"/> (section <c>Corridor:Security</c>): sign-in and import attempts per client address
/// per minute, failed sign-ins per account and address before that pair waits, extra origins allowed to write with a
/// cookie, and whether to trust a reverse proxy's X-Forwarded-For/-Proto headers (set it when a proxy terminates TLS).
/// </summary>
public sealed record HardeningOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Corridor:Security";
    /// <summary>Sign-in posts per client address per minute (the ASP.NET Core rate limiter); default 20.</summary>
    public int SignInsPerMinute { get; init; } = 20;
    /// <summary>Import uploads per client address per minute; default 30.</summary>
    public int ImportsPerMinute { get; init; } = 30;
    /// <summary>Failed sign-ins of one account from one address before that pair must wait; default 5.</summary>
    public int FailuresBeforeWait { get; init; } = 5;
    /// <summary>How long the pair waits; default 5 minutes.</summary>
    public TimeSpan Wait { get; init; } = TimeSpan.FromMinutes(5);
    /// <summary>Origins (scheme://host[:port]) besides the app's own that may send cookie-authenticated writes.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];
    /// <summary>Trust X-Forwarded-For and X-Forwarded-Proto (behind a reverse proxy); default false.</summary>
    public bool TrustProxy { get; init; }

    /// <summary>Reads the section; missing values keep the defaults.</summary>
    public static HardeningOptions From(IConfiguration config)
    {
        var s = config.GetSection(Section);
        var d = new HardeningOptions();
        return new HardeningOptions
        {
            SignInsPerMinute = Int(s["SignInsPerMinute"], d.SignInsPerMinute),
            ImportsPerMinute = Int(s["ImportsPerMinute"], d.ImportsPerMinute),
            FailuresBeforeWait = Int(s["FailuresBeforeWait"], d.FailuresBeforeWait),
            Wait = TimeSpan.FromSeconds(Int(s["WaitSeconds"], (int)d.Wait.TotalSeconds)),
            AllowedOrigins = s.GetSection("AllowedOrigins").Get<string[]>() ?? [],
            TrustProxy = bool.TryParse(s["TrustProxy"], out var trust) && trust,
        };
    }

    static int Int(string? value, int fallback) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
}

/// <summary>
/// The app's defences that are not about who may do what (that is <see cref="Access"/>): security headers with a
/// Content-Security-Policy that allows no inline script, an Origin/Sec-Fetch-Site check on every cookie-authenticated
/// write (bearer-token clients are not exposed to cross-site requests), the rate limiter on sign-in and imports per client
/// address, and the forwarded headers of a trusted proxy (so that cookies are Secure behind HTTPS).
/// </summary>
public static class Hardening
{
    /// <summary>Registers the options, the sign-in throttle and the rate limiter.</summary>
    public static IServiceCollection AddCorridorHardening(this IServiceCollection services)
    {
        services.AddSingleton(sp => HardeningOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = "60";
                var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests",
                    Detail = "Too many sign-in attempts or uploads from this address; wait a minute and try again.",
                };
                await http.Response.WriteAsJsonAsync(problem, ct);
            };
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var options = http.RequestServices.GetRequiredService<HardeningOptions>();
                var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return LimitOf(http.Request) switch
                {
                    "sign-in" => RateLimitPartition.GetFixedWindowLimiter("sign-in " + address, _ => Window(options.SignInsPerMinute)),
                    "import" => RateLimitPartition.GetFixedWindowLimiter("import " + address, _ => Window(options.ImportsPerMinute)),
                    _ => RateLimitPartition.GetNoLimiter(""),
                };
            });
        });
        return services;
    }

    /// <summary>Which limit a request counts against: sign-in posts, import uploads, or none.</summary>
    internal static string? LimitOf(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method)) return null;
        var path = request.Path;
        if (path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase)) return "sign-in";
        if (path.StartsWithSegments("/api/corridors") && path.Value!.TrimEnd('/').EndsWith("/imports", StringComparison.OrdinalIgnoreCase)) return "import";
        if (path.StartsWithSegments("/projects") && string.Equals(request.Query["handler"], "Upload", StringComparison.OrdinalIgnoreCase)) return "import";
        return null;
    }

    static FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true };

    /// <summary>Forwarded headers (when trusted), security headers, the cookie-write origin check; before authentication.</summary>
    public static IApplicationBuilder UseCorridorHardening(this IApplicationBuilder app, IConfiguration config)
    {
        var options = app.ApplicationServices.GetRequiredService<HardeningOptions>(); // the one read of the settings (AddCorridorHardening)
        if (options.TrustProxy)
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            app.UseForwardedHeaders(forwarded);
        }
        var policy = ContentSecurityPolicy(MapOptions.From(config));
        app.Use(async (http, next) =>
        {
            var h = http.Response.Headers;
            h.ContentSecurityPolicy = policy;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "strict-origin-when-cross-origin";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            if (http.Request.IsHttps) h.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            if (RefuseCrossSiteWrite(http, options) is { } reason)
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                await http.Response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = StatusCodes.Status403Forbidden, Title = "Cross-site request refused", Detail = reason,
                });
                return;
            }
            await next(http);
        });
        app.UseRateLimiter();
        return app;
    }

    /// <summary>
    /// Scripts and styles from this site only (no inline script: page data travels in <c>application/json</c> blocks),
    /// images also from the configured tile server, no framing, no plugins, forms post only here.
    /// </summary>
    internal static string ContentSecurityPolicy(MapOptions map)
    {
        var tiles = map.HasTiles && Uri.TryCreate(map.TileUrl.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            ? " " + uri.GetLeftPart(UriPartial.Authority) : "";
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:" + tiles +
               "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /// <summary>
    /// Why a write must be refused, or null: a POST/PUT/PATCH/DELETE that a browser would authenticate with the sign-in
    /// cookie, coming from another site (its Origin differs from this host and is not allowed, or Sec-Fetch-Site says
    /// cross-site). Requests with a bearer token carry no ambient credentials and pass.
    /// </summary>
    internal static string? RefuseCrossSiteWrite(HttpContext http, HardeningOptions options)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method)) return null;
        if (TokenAuthenticationHandler.TryBearer(request, out _)) return null;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, "null", StringComparison.Ordinal))
        {
            if (Uri.TryCreate(origin, UriKind.Absolute, out var o) &&
                (string.Equals(o.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase) ||
                 options.AllowedOrigins.Any(a => string.Equals(a.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase))))
                return null;
            return $"This request comes from {origin}, not from this site; cookie-authenticated changes are only accepted from the site itself.";
        }
        if (origin == "null" || request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site")
            return "This request comes from another site; cookie-authenticated changes are only accepted from the site itself.";
        return null;
    }
}

/// <summary>
/// Failed sign-ins counted per account and client address: after <see cref="HardeningOptions.FailuresBeforeWait"/>
/// failures that pair waits <see cref="HardeningOptions.Wait"/>, while the account's owner, signing in from another
/// address, is not locked out (a global account lockout lets anyone lock anyone). Per node; the rate limiter bounds the
/// attempts per address as well.
/// </summary>
public sealed class SignInThrottle(HardeningOptions options, TimeProvider time)
{
    readonly ConcurrentDictionary<(string Account, string Address), (int Failures, DateTimeOffset Since)> failures = new();

    static (string, string) Key(string account, IPAddress? address) => (account.Trim().ToUpperInvariant(), address?.ToString() ?? "unknown");

    /// <summary>The time left before this account may try again from this address, or null when it may now.</summary>
    public TimeSpan? WaitLeft(string account, IPAddress? address)
    {
        if (!failures.TryGetValue(Key(account, address), out var f) || f.Failures < options.FailuresBeforeWait) return null;
        var left = f.Since + options.Wait - time.GetUtcNow();
        if (left > TimeSpan.Zero) return left;
        failures.TryRemove(Key(account, address), out _);
        return null;
    }

    /// <summary>Counts a failed attempt.</summary>
    public void Failed(string account, IPAddress? address) =>
        failures.AddOrUpdate(Key(account, address), _ => (1, time.GetUtcNow()), (_, f) => (f.Failures + 1, time.GetUtcNow()));

    /// <summary>A successful sign-in clears the pair's count.</summary>
    public void Succeeded(string account, IPAddress? address) => failures.TryRemove(Key(account, address), out _);
}
