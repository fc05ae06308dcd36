using System.Security.Claims;
using System.Text.Encodings.Web;
using Corridor.Data;
using Corridor.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Corridor.Web.Infrastructure.Security;

/// <summary>Machine clients: <c>Authorization: Bearer crd_…</c>, looked up by its SHA-256 hash (AccountStore).</summary>
internal sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, CorridorDb db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "CorridorToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!TryBearer(Request, out var token)) return AuthenticateResult.NoResult();
        var user = await AccountStore.FindTokenUserAsync(db, token, clock.GetUtcNow().UtcDateTime, Context.RequestAborted);
        if (user is null) return AuthenticateResult.Fail("The token is unknown, revoked or expired.");
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, user.UserName ?? "")],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    internal static bool TryBearer(HttpRequest request, out string token)
    {
        token = "";
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;
        token = header["Bearer ".Length..].Trim();
        return token.Length > 0;
    }
}
