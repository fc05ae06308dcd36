using Corridor.Data;
using Corridor.Data.Accounts;
using Corridor.Web.Infrastructure;
using Corridor.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Accounts;

internal sealed record MembershipResponse(int Id, int CorridorId, CorridorRole Role, int? OrganisationId, string? Organisation, int? HubId, string? Hub);

internal sealed record AccountResponse(int Id, string Email, string? DisplayName, IReadOnlyList<MembershipResponse> Memberships);

internal sealed record CreateTokenRequest(string Name, int? ExpiresInDays);

internal sealed record TokenResponse(int Id, string Name, string Prefix, DateTime CreatedUtc, DateTime? ExpiresUtc, DateTime? LastUsedUtc, DateTime? RevokedUtc);

/// <summary>The token itself appears only in this response; the server keeps its hash.</summary>
internal sealed record CreatedTokenResponse(string Token, TokenResponse Details);

internal sealed record AddMemberRequest(string Email, string? DisplayName, string? Password, CorridorRole Role, int? OrganisationId, int? HubId);

internal sealed record MemberResponse(int MembershipId, int UserId, string Email, string? DisplayName, CorridorRole Role, int? OrganisationId, string? Organisation, int? HubId, string? Hub);

internal static class AccountEndpoints
{
    public static void MapAccounts(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/account").WithTags("Accounts");
        me.MapGet("/", Me).WithName("GetAccount").Allow(Access.SignedIn).WithSummary("The signed-in user and their memberships");
        me.MapGet("/tokens", Tokens).WithName("ListTokens").Allow(Access.SignedIn).WithSummary("Your API tokens (never the tokens themselves)");
        me.MapPost("/tokens", CreateToken).WithName("CreateToken").Allow(Access.SignedIn)
            .WithSummary("Make an API token for a machine client; the response is the only time the token is shown");
        me.MapDelete("/tokens/{tokenId:int}", RevokeToken).WithName("RevokeToken").Allow(Access.SignedIn).WithSummary("Revoke one of your tokens");

        var members = app.MapCorridorGroup("/members").WithTags("Accounts");
        members.MapGet("/", Members).WithName("ListMembers").Allow(Access.Director).WithSummary("Who has which role in the corridor");
        members.MapPost("/", AddMember).WithName("AddMember").Allow(Access.Director)
            .WithSummary("Give a person a role (creates the account when the e-mail address is new; a password is then required)");
        members.MapDelete("/{membershipId:int}", RemoveMember).WithName("RemoveMember").Allow(Access.Director).WithSummary("Take a role away");
    }

    static async Task<Ok<AccountResponse>> Me(CorridorActor actor, CorridorDb db, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == actor.UserId, ct);
        return TypedResults.Ok(new AccountResponse(user.Id, user.Email ?? "", user.DisplayName, await MembershipsAsync(db, user.Id, ct)));
    }

    static async Task<List<MembershipResponse>> MembershipsAsync(CorridorDb db, int userId, CancellationToken ct) =>
        (await MembershipQueries.Describe(db, db.Memberships.Where(m => m.UserId == userId)).ToListAsync(ct))
            .Select(m => new MembershipResponse(m.Id, m.CorridorId, m.Role, m.OrganisationId, m.Organisation, m.HubId, m.Hub)).ToList();

    static async Task<Ok<List<TokenResponse>>> Tokens(CorridorActor actor, CorridorDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.ApiTokens.Where(t => t.UserId == actor.UserId).OrderByDescending(t => t.Id)
            .Select(t => new TokenResponse(t.Id, t.Name, t.Prefix, t.CreatedUtc, t.ExpiresUtc, t.LastUsedUtc, t.RevokedUtc)).ToListAsync(ct));

    static async Task<Results<Created<CreatedTokenResponse>, ValidationProblem>> CreateToken(CreateTokenRequest request, CorridorActor actor, CorridorDb db, TimeProvider time, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Required("name", request.Name);
        if (request.ExpiresInDays is < 1 or > 3650) errors.Add("expiresInDays", "Between 1 and 3650 days, or leave it out for a token that lasts until revoked.");
        if (errors.Any) return errors.Problem();
        var now = time.GetUtcNow().UtcDateTime;
        var (token, t) = await AccountStore.CreateTokenAsync(db, actor.UserId!.Value, request.Name, now,
            request.ExpiresInDays is { } days ? now.AddDays(days) : null, ct);
        return TypedResults.Created("/api/account/tokens",
            new CreatedTokenResponse(token, new TokenResponse(t.Id, t.Name, t.Prefix, t.CreatedUtc, t.ExpiresUtc, t.LastUsedUtc, t.RevokedUtc)));
    }

    static async Task<Results<NoContent, NotFound>> RevokeToken(int tokenId, CorridorActor actor, CorridorDb db, TimeProvider time, CancellationToken ct)
    {
        if (!await Grants.RevokeTokenAsync(db, actor.UserId!.Value, tokenId, time.GetUtcNow().UtcDateTime, ct)) return TypedResults.NotFound();
        return TypedResults.NoContent();
    }

    static async Task<Ok<List<MemberResponse>>> Members(int corridorId, CorridorDb db, CancellationToken ct) =>
        TypedResults.Ok((await MembershipQueries.Describe(db, db.Memberships.Where(m => m.CorridorId == corridorId)).ToListAsync(ct))
            .Select(m => new MemberResponse(m.Id, m.UserId, m.Email, m.DisplayName, m.Role, m.OrganisationId, m.Organisation, m.HubId, m.Hub)).ToList());

    static async Task<Results<Ok<MemberResponse>, Created<MemberResponse>, ValidationProblem>> AddMember(int corridorId, AddMemberRequest r, CorridorDb db,
        TimeProvider time, CancellationToken ct)
    {
        var outcome = await Grants.GrantAsync(db, corridorId, r.Email ?? "", r.Password, r.DisplayName, r.Role, r.OrganisationId, r.HubId,
            time.GetUtcNow().UtcDateTime, ct);
        if (outcome.Problem is { } problem)
        {
            var errors = new FieldErrors();
            var (field, message) = problem switch
            {
                GrantProblem.EmailInvalid => ("email", "Give the person's e-mail address."),
                GrantProblem.OrganisationNotInCorridor => ("organisationId", "A partner acts for an organisation of this corridor: give its id."),
                GrantProblem.HubNotInCorridor => ("hubId", "A hub operator runs a hub of this corridor: give its id."),
                _ => ("password", $"This e-mail address has no account yet: give a first password of at least {AccountStore.MinimumPasswordLength} characters."),
            };
            errors.Add(field, message);
            return errors.Problem();
        }
        var (m, user) = (outcome.Membership!, outcome.User!);
        var response = new MemberResponse(m.Id, user.Id, user.Email ?? "", user.DisplayName, m.Role, m.OrganisationId, null, m.HubId, null);
        if (outcome.AlreadyHeld) return TypedResults.Ok(response);
        return TypedResults.Created($"/api/corridors/{corridorId}/members", response);
    }

    static async Task<Results<NoContent, NotFound, ProblemHttpResult>> RemoveMember(int corridorId, int membershipId, CorridorDb db, CancellationToken ct) =>
        await Grants.RemoveAsync(db, corridorId, membershipId, ct) switch
        {
            RemoveOutcome.NotFound => TypedResults.NotFound(),
            RemoveOutcome.LastDirector => Denied.Forbidden("A corridor keeps at least one chain director: appoint another before this one steps down."),
            _ => (Results<NoContent, NotFound, ProblemHttpResult>)TypedResults.NoContent(),
        };
}
