using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Accounts;

/// <summary>
/// Accounts without a web host (CLI, seeding, tests): users stored exactly as ASP.NET Core Identity's UserManager
/// stores them (normalised names, security stamp, PBKDF2 password hash), memberships, and API tokens kept as hashes.
/// </summary>
public static class AccountStore
{
    /// <summary>The prefix every API token starts with, so leaked tokens can be recognised.</summary>
    public const string TokenPrefix = "crd_";
    /// <summary>The shortest password accepted, characters.</summary>
    public const int MinimumPasswordLength = 10;
    static readonly PasswordHasher<CorridorUser> Hasher = new();

    /// <summary>The normalised form Identity compares names and e-mail addresses in (trimmed, upper case).</summary>
    public static string Normalise(string value) => value.Trim().ToUpperInvariant();

    /// <summary>Good enough to be a user name and a place to write to: 1–256 characters with an @.</summary>
    public static bool IsEmail(string value) => value.Trim() is { Length: > 0 and <= 256 } e && e.Contains('@', StringComparison.Ordinal);

    /// <summary>Why a password is not acceptable, or null when it is.</summary>
    public static string? CheckPassword(string? password) =>
        string.IsNullOrEmpty(password) || password.Length < MinimumPasswordLength
            ? $"A password needs at least {MinimumPasswordLength} characters."
            : null;

    /// <exception cref="ArgumentException">The e-mail address is taken or not an address, or the password is too short.</exception>
    public static async Task<CorridorUser> CreateUserAsync(CorridorDb db, string email, string password, string? displayName, DateTime nowUtc, CancellationToken ct = default)
    {
        email = email.Trim();
        if (!IsEmail(email))
            throw new ArgumentException($"'{email}' is not an e-mail address.", nameof(email));
        if (CheckPassword(password) is { } problem) throw new ArgumentException(problem, nameof(password));
        var normalised = Normalise(email);
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalised, ct))
            throw new ArgumentException($"An account for '{email}' exists already.", nameof(email));
        var user = new CorridorUser
        {
            UserName = email, NormalizedUserName = normalised, Email = email, NormalizedEmail = normalised, EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email : displayName.Trim(), CreatedUtc = nowUtc,
            SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true,
        };
        user.PasswordHash = Hasher.HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return user;
    }

    /// <summary>Whether <paramref name="password"/> matches the user's stored hash.</summary>
    public static bool VerifyPassword(CorridorUser user, string password) =>
        user.PasswordHash is not null && Hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;

    /// <summary>Gives the user a role in a corridor (no checks: <see cref="Grants"/> checks first).</summary>
    public static async Task<Membership> AddMembershipAsync(CorridorDb db, int userId, int corridorId, CorridorRole role,
        int? organisationId, int? hubId, DateTime nowUtc, CancellationToken ct = default)
    {
        if (role == CorridorRole.Partner && organisationId is null) throw new ArgumentException("A partner membership names its organisation.", nameof(organisationId));
        if (role == CorridorRole.HubOperator && hubId is null) throw new ArgumentException("A hub operator membership names its hub.", nameof(hubId));
        var membership = new Membership
        {
            UserId = userId, CorridorId = corridorId, Role = role, CreatedUtc = nowUtc,
            OrganisationId = role == CorridorRole.Partner ? organisationId : null,
            HubId = role == CorridorRole.HubOperator ? hubId : null,
        };
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(ct);
        return membership;
    }

    /// <summary>Makes a token; the returned text is the only time it exists outside the caller.</summary>
    public static async Task<(string Token, ApiToken Record)> CreateTokenAsync(CorridorDb db, int userId, string name, DateTime nowUtc,
        DateTime? expiresUtc = null, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A token needs a name.", nameof(name));
        var token = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var record = new ApiToken
        {
            UserId = userId, Name = name.Trim(), TokenHash = HashToken(token), Prefix = token[..(TokenPrefix.Length + 6)],
            CreatedUtc = nowUtc, ExpiresUtc = expiresUtc,
        };
        db.ApiTokens.Add(record);
        await db.SaveChangesAsync(ct);
        return (token, record);
    }

    /// <summary>The user a live token belongs to (not revoked, not expired), or null.</summary>
    public static async Task<CorridorUser?> FindTokenUserAsync(CorridorDb db, string token, DateTime nowUtc, CancellationToken ct = default)
    {
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal)) return null;
        var hash = HashToken(token);
        var record = await db.ApiTokens.Include(t => t.User).FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (record is null || record.RevokedUtc is not null || (record.ExpiresUtc is { } e && e <= nowUtc)) return null;
        if (record.LastUsedUtc is null || nowUtc - record.LastUsedUtc.Value > TimeSpan.FromMinutes(5))
        {
            record.LastUsedUtc = nowUtc;
            await db.SaveChangesAsync(ct);
        }
        return record.User;
    }

    /// <summary>The stored form of a token: its SHA-256 hash, hexadecimal.</summary>
    public static string HashToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
