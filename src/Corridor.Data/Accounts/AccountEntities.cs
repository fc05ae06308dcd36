using Microsoft.AspNetCore.Identity;

namespace Corridor.Data.Accounts;

/// <summary>A person who signs in. Passwords are kept only as ASP.NET Core Identity hashes (PBKDF2).</summary>
public sealed class CorridorUser : IdentityUser<int>
{
    /// <summary>The name shown for the user; null shows the e-mail address.</summary>
    public string? DisplayName { get; set; }
    /// <summary>When the user was created (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
}

/// <summary>What a membership lets its user do in one corridor (see <see cref="Membership"/>).</summary>
public enum CorridorRole
{
    /// <summary>Runs the corridor: sees everything in it, sets the rules, runs the matching.</summary>
    ChainDirector,
    /// <summary>Acts for one organisation: changes only its projects and lots, sees only its private fields.</summary>
    Partner,
    /// <summary>Runs one hub: sees its stock and moves matches through it.</summary>
    HubOperator,
}

/// <summary>
/// A user's role in a corridor. A partner membership names its organisation, a hub operator's its hub; a user may hold
/// several (a municipality's officer can be chain director and partner for the municipality).
/// </summary>
public sealed class Membership
{
    /// <summary>The membership's key.</summary>
    public int Id { get; set; }
    /// <summary>The user.</summary>
    public int UserId { get; set; }
    /// <summary>The user (navigation).</summary>
    public CorridorUser? User { get; set; }
    /// <summary>The corridor the membership belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>Director, partner or hub operator.</summary>
    public CorridorRole Role { get; set; }
    /// <summary>For a partner: the organisation they act for.</summary>
    public int? OrganisationId { get; set; }
    /// <summary>For a hub operator: the hub they run.</summary>
    public int? HubId { get; set; }
    /// <summary>When the membership was created (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
}

/// <summary>
/// A token for machine clients (<c>Authorization: Bearer crd_…</c>). Only its SHA-256 hash is stored; the token itself
/// is shown once, when it is made. It acts as its user, with the user's memberships.
/// </summary>
public sealed class ApiToken
{
    /// <summary>The token's key.</summary>
    public int Id { get; set; }
    /// <summary>The user the token acts for.</summary>
    public int UserId { get; set; }
    /// <summary>The user (navigation).</summary>
    public CorridorUser? User { get; set; }
    /// <summary>A name the user gave the token.</summary>
    public required string Name { get; set; }
    /// <summary>Lower-case hex SHA-256 of the whole token.</summary>
    public required string TokenHash { get; set; }
    /// <summary>The token's first characters, to tell tokens apart in lists.</summary>
    public required string Prefix { get; set; }
    /// <summary>When the token was created (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
    /// <summary>When it stops working (UTC); null: never.</summary>
    public DateTime? ExpiresUtc { get; set; }
    /// <summary>When it was last used (UTC).</summary>
    public DateTime? LastUsedUtc { get; set; }
    /// <summary>When it was revoked (UTC); null: still valid.</summary>
    public DateTime? RevokedUtc { get; set; }
}
