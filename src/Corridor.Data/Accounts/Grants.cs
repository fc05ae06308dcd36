using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Accounts;

/// <summary>Why a role could not be given; each caller (API, page, CLI) words it in its own language and field names.</summary>
public enum GrantProblem
{
    /// <summary>The e-mail address is not one.</summary>
    EmailInvalid,
    /// <summary>A partner role names no organisation of the corridor.</summary>
    OrganisationNotInCorridor,
    /// <summary>A hub operator role names no hub of the corridor.</summary>
    HubNotInCorridor,
    /// <summary>A new account's password is too short.</summary>
    PasswordTooShort,
}

/// <summary>The outcome of <see cref="Grants.GrantAsync(CorridorDb, int, string, Func{CancellationToken, Task{string}}, string, CorridorRole, int?, int?, DateTime, CancellationToken)"/>: the membership (new or already held), or the problem.</summary>
public sealed record GrantOutcome(Membership? Membership, CorridorUser? User, bool AlreadyHeld, GrantProblem? Problem);

/// <summary>How taking a role away ended.</summary>
public enum RemoveOutcome
{
    /// <summary>The membership is gone.</summary>
    Removed,
    /// <summary>No such membership in the corridor.</summary>
    NotFound,
    /// <summary>Refused: the corridor would have no director left.</summary>
    LastDirector,
}

/// <summary>
/// Giving and taking roles, the one rule set the members API, the members page and <c>corridor user</c> share: a partner
/// names an organisation of the corridor, a hub operator one of its hubs; a new e-mail address gets an account (its
/// password asked for only then); giving a role someone holds already changes nothing; a corridor keeps a director.
/// </summary>
public static class Grants
{
    /// <summary>Gives a role, with the password for a new account given directly.</summary>
    public static Task<GrantOutcome> GrantAsync(CorridorDb db, int corridorId, string email, string? password, string? displayName,
        CorridorRole role, int? organisationId, int? hubId, DateTime nowUtc, CancellationToken ct = default) =>
        GrantAsync(db, corridorId, email, _ => Task.FromResult(password), displayName, role, organisationId, hubId, nowUtc, ct);

    /// <param name="passwordForNewAccount">Asked only when the e-mail address has no account yet.</param>
    /// <param name="db">The database.</param>
    /// <param name="corridorId">The corridor the role is in.</param>
    /// <param name="email">The member's e-mail address; a new one gets an account.</param>
    /// <param name="displayName">The name shown for a new account; null keeps the e-mail address.</param>
    /// <param name="role">Director, partner or hub operator.</param>
    /// <param name="organisationId">For a partner: the corridor organisation they act for.</param>
    /// <param name="hubId">For a hub operator: the corridor hub they run.</param>
    /// <param name="nowUtc">When the role is given (UTC).</param>
    /// <param name="ct">Cancels the work.</param>
    public static async Task<GrantOutcome> GrantAsync(CorridorDb db, int corridorId, string email, Func<CancellationToken, Task<string?>> passwordForNewAccount,
        string? displayName, CorridorRole role, int? organisationId, int? hubId, DateTime nowUtc, CancellationToken ct = default)
    {
        email = email.Trim();
        if (!AccountStore.IsEmail(email)) return Refused(GrantProblem.EmailInvalid);
        if (role == CorridorRole.Partner && (organisationId is null || !await db.Organisations.AnyAsync(o => o.Id == organisationId && o.CorridorId == corridorId, ct)))
            return Refused(GrantProblem.OrganisationNotInCorridor);
        if (role == CorridorRole.HubOperator && (hubId is null || !await db.Hubs.AnyAsync(h => h.Id == hubId && h.CorridorId == corridorId, ct)))
            return Refused(GrantProblem.HubNotInCorridor);
        if (role != CorridorRole.Partner) organisationId = null;
        if (role != CorridorRole.HubOperator) hubId = null;

        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == AccountStore.Normalise(email), ct);
        if (user is null)
        {
            var password = await passwordForNewAccount(ct);
            if (AccountStore.CheckPassword(password) is not null) return Refused(GrantProblem.PasswordTooShort);
            user = await AccountStore.CreateUserAsync(db, email, password!, displayName, nowUtc, ct);
        }
        var held = await db.Memberships.FirstOrDefaultAsync(m => m.UserId == user.Id && m.CorridorId == corridorId && m.Role == role
            && m.OrganisationId == organisationId && m.HubId == hubId, ct);
        if (held is not null) return new(held, user, AlreadyHeld: true, null);
        var membership = await AccountStore.AddMembershipAsync(db, user.Id, corridorId, role, organisationId, hubId, nowUtc, ct);
        return new(membership, user, AlreadyHeld: false, null);
    }

    /// <summary>Takes a role away, unless it is the corridor's last chain director.</summary>
    public static async Task<RemoveOutcome> RemoveAsync(CorridorDb db, int corridorId, int membershipId, CancellationToken ct = default)
    {
        var m = await db.Memberships.FirstOrDefaultAsync(x => x.CorridorId == corridorId && x.Id == membershipId, ct);
        if (m is null) return RemoveOutcome.NotFound;
        if (m.Role == CorridorRole.ChainDirector &&
            !await db.Memberships.AnyAsync(x => x.CorridorId == corridorId && x.Role == CorridorRole.ChainDirector && x.Id != m.Id, ct))
            return RemoveOutcome.LastDirector;
        db.Memberships.Remove(m);
        await db.SaveChangesAsync(ct);
        return RemoveOutcome.Removed;
    }

    /// <summary>Revokes one of the user's own tokens; false when it is not theirs or does not exist.</summary>
    public static async Task<bool> RevokeTokenAsync(CorridorDb db, int userId, int tokenId, DateTime nowUtc, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct);
        if (token is null) return false;
        token.RevokedUtc ??= nowUtc;
        await db.SaveChangesAsync(ct);
        return true;
    }

    static GrantOutcome Refused(GrantProblem problem) => new(null, null, false, problem);
}
