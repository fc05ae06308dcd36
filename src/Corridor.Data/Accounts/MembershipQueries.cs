using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Accounts;

/// <summary>A membership with the names people read: whose account, which corridor, which organisation or hub.</summary>
public sealed record MembershipView(
    int Id, int UserId, string Email, string? DisplayName, int CorridorId, string Corridor, CorridorRole Role,
    int? OrganisationId, string? Organisation, int? HubId, string? Hub)
{
    /// <summary>The organisation or hub the role is for, if any.</summary>
    public string? For => Organisation ?? Hub;
}

/// <summary>The members of a corridor as the members API and page list them.</summary>
public static class MembershipQueries
{
    /// <summary>The memberships as <see cref="MembershipView"/>, ordered by corridor, role and e-mail address.</summary>
    public static IQueryable<MembershipView> Describe(CorridorDb db, IQueryable<Membership> memberships) =>
        memberships.OrderBy(m => m.CorridorId).ThenBy(m => m.Role).ThenBy(m => m.User!.Email)
            .Select(m => new MembershipView(m.Id, m.UserId, m.User!.Email ?? "", m.User.DisplayName, m.CorridorId,
                db.Corridors.Where(c => c.Id == m.CorridorId).Select(c => c.Name).First(), m.Role,
                m.OrganisationId, db.Organisations.Where(o => o.Id == m.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                m.HubId, db.Hubs.Where(h => h.Id == m.HubId).Select(h => h.Name).FirstOrDefault()));

    /// <summary>Short role names for tools and files: director, partner, hub-operator.</summary>
    public static string Code(CorridorRole role) => role switch
    {
        CorridorRole.ChainDirector => "director",
        CorridorRole.Partner => "partner",
        _ => "hub-operator",
    };
}
