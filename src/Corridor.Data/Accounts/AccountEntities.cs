using Microsoft.AspNetCore.Identity;

namespace Corridor.Data.Accounts;

/// <summary>A person who signs in. Passwords are kept only as ASP.NET Core Identity hashes (PBKDF2).</summary>
public sealed class CorridorUser : IdentityUser<int>
{
    public string? DisplayName { get; set; }
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
    public int Id { get; set; }
    public int UserId { get; set; }
    public CorridorUser? User { get; set; }
    public int CorridorId { get; set; }
    public CorridorRole Role { get; set; }
    public int? OrganisationId { get; set; }
    public int? HubId { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>
/// A token for machine clients (<c>Authorization: Bearer crd_…</c>). Only its SHA-256 hash is stored; the token itself
/// is shown once, when it is made. It acts as its user, with the user's memberships.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public CorridorUser? User { get; set; }
    public required string Name { get; set; }
    /// <summary>Lower-case hex SHA-256 of the whole token.</summary>
    public required string TokenHash { get; set; }
    /// <summary>The token's first characters, to tell tokens apart in lists.</summary>
    public required string Prefix { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ExpiresUtc { get; set; }
    public DateTime? LastUsedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
}
