using Corridor.Data.Accounts;
using Corridor.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Demo;

/// <summary>
/// The demo corridor's people: one account per role, all with <see cref="Password"/>, shown on the sign-in page while
/// the demo corridor exists. Also gives the demo organisations their types and (illustrative) contact addresses.
/// Never used for a real corridor.
/// </summary>
public static class DemoAccounts
{
    /// <summary>The password of every demo account (the demo is public).</summary>
    public const string Password = "corridor-demo";

    /// <summary>One demo account and its role.</summary>
    /// <param name="Email">The sign-in address.</param>
    /// <param name="DisplayName">The name shown.</param>
    /// <param name="Role">Director, partner or hub operator.</param>
    /// <param name="Organisation">For a partner: the demo organisation's name.</param>
    /// <param name="Hub">For a hub operator: the demo hub's code.</param>
    public sealed record DemoAccount(string Email, string DisplayName, CorridorRole Role, string? Organisation, string? Hub);

    /// <summary>The demo accounts: a director, partners and a hub operator.</summary>
    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("director@corridor.demo", "Demo chain director", CorridorRole.ChainDirector, null, null),
        new("gemeente@corridor.demo", "Demo partner, Gemeente Amersfoort", CorridorRole.Partner, "Gemeente Amersfoort (demo)", null),
        new("sloop@corridor.demo", "Demo partner, Sloopbedrijf Eemland", CorridorRole.Partner, "Demo Sloopbedrijf Eemland BV", null),
        new("wonen@corridor.demo", "Demo partner, Woningcorporatie Eemland", CorridorRole.Partner, "Demo Woningcorporatie Eemland", null),
        new("hub@corridor.demo", "Demo hub operator, Hoevelaken", CorridorRole.HubOperator, null, "HUB-HOEVELAKEN"),
    ];

    /// <summary>Creates the demo accounts and their roles in the demo corridor.</summary>
    public static async Task SeedAsync(CorridorDb db, int corridorId, DateTime nowUtc, CancellationToken ct = default)
    {
        var organisations = await db.Organisations.Where(o => o.CorridorId == corridorId).ToListAsync(ct);
        foreach (var o in organisations)
        {
            o.Type ??= TypeFromName(o.Name);
            o.ContactEmail ??= "contact@" + Slug(o.Name) + ".demo";
        }
        await db.SaveChangesAsync(ct);
        var hubs = await db.Hubs.Where(h => h.CorridorId == corridorId).ToDictionaryAsync(h => h.Code, h => h.Id, ct);
        var orgIds = organisations.ToDictionary(o => o.Name, o => o.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var a in All)
        {
            var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == AccountStore.Normalise(a.Email), ct)
                ?? await AccountStore.CreateUserAsync(db, a.Email, Password, a.DisplayName, nowUtc, ct);
            int? org = a.Organisation is { } name && orgIds.TryGetValue(name, out var id) ? id : null;
            int? hub = a.Hub is { } code && hubs.TryGetValue(code, out var hid) ? hid : null;
            if (a.Role == CorridorRole.Partner && org is null || a.Role == CorridorRole.HubOperator && hub is null) continue;
            await AccountStore.AddMembershipAsync(db, user.Id, corridorId, a.Role, org, hub, nowUtc, ct);
        }
    }

    /// <summary>The demo's organisation names say what they are.</summary>
    internal static OrganisationType? TypeFromName(string name)
    {
        var n = name.ToLowerInvariant();
        if (n.Contains("gemeente", StringComparison.Ordinal)) return OrganisationType.Municipality;
        if (n.Contains("sloop", StringComparison.Ordinal)) return OrganisationType.DemolitionContractor;
        if (n.Contains("woning", StringComparison.Ordinal)) return OrganisationType.HousingCorporation;
        if (n.Contains("bouw", StringComparison.Ordinal)) return OrganisationType.Contractor;
        if (n.Contains("ontwikkel", StringComparison.Ordinal) || n.Contains("vastgoed", StringComparison.Ordinal)) return OrganisationType.Developer;
        if (n.Contains("hub", StringComparison.Ordinal)) return OrganisationType.HubOperator;
        return null;
    }

    static string Slug(string name) =>
        string.Concat(name.ToLowerInvariant().Replace("(demo)", "", StringComparison.Ordinal).Replace("demo ", "", StringComparison.Ordinal)
            .Trim().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-').Replace("--", "-", StringComparison.Ordinal);
}
