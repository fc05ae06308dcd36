using System.Security.Claims;
using Corridor.Data;
using Corridor.Data.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Infrastructure.Security;

/// <summary>
/// Who is asking, per request: nobody (the public) or a signed-in user with their memberships. Loaded once by
/// <see cref="SecurityServices.UseCorridorSecurity"/>; every rule about who may see or change what asks this object.
/// </summary>
internal sealed class CorridorActor
{
    public int? UserId { get; private set; }
    public string? Name { get; private set; }
    public IReadOnlyList<Membership> Memberships { get; private set; } = [];

    public bool IsSignedIn => UserId is not null;

    /// <summary>The public: nobody signed in.</summary>
    public static CorridorActor Public { get; } = new();

    public static CorridorActor For(int userId, string? name, IReadOnlyList<Membership> memberships) =>
        new() { UserId = userId, Name = name, Memberships = memberships };

    internal async Task LoadAsync(ClaimsPrincipal principal, CorridorDb db, CancellationToken ct)
    {
        if (principal.Identity?.IsAuthenticated != true) return;
        if (!int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)) return;
        UserId = id;
        Name = principal.FindFirstValue(ClaimTypes.Name);
        Memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == id).ToListAsync(ct);
    }

    public bool IsMember(int corridorId) => Memberships.Any(m => m.CorridorId == corridorId);

    public bool IsDirector(int corridorId) => Has(corridorId, CorridorRole.ChainDirector);

    public bool IsPartner(int corridorId) => Has(corridorId, CorridorRole.Partner);

    public bool IsHubOperator(int corridorId) => Has(corridorId, CorridorRole.HubOperator);

    /// <summary>The organisations this user acts for in the corridor.</summary>
    public IReadOnlyList<int> OrganisationIds(int corridorId) =>
        Memberships.Where(m => m.CorridorId == corridorId && m.Role == CorridorRole.Partner && m.OrganisationId is not null)
            .Select(m => m.OrganisationId!.Value).Distinct().ToList();

    /// <summary>The hubs this user operates in the corridor.</summary>
    public IReadOnlyList<int> HubIds(int corridorId) =>
        Memberships.Where(m => m.CorridorId == corridorId && m.Role == CorridorRole.HubOperator && m.HubId is not null)
            .Select(m => m.HubId!.Value).Distinct().ToList();

    public bool IsPartnerOf(int corridorId, int? organisationId) =>
        organisationId is { } org && Memberships.Any(m => m.CorridorId == corridorId && m.Role == CorridorRole.Partner && m.OrganisationId == org);

    public bool OperatesHub(int corridorId, int? hubId) =>
        hubId is { } hub && Memberships.Any(m => m.CorridorId == corridorId && m.Role == CorridorRole.HubOperator && m.HubId == hub);

    /// <summary>
    /// Private fields (prices, contacts, notes) of a record owned by <paramref name="organisationId"/>: its own partners
    /// and the chain director see them; other partners, hub operators and the public do not.
    /// </summary>
    public bool CanSeePrivate(int corridorId, int? organisationId) => IsDirector(corridorId) || IsPartnerOf(corridorId, organisationId);

    /// <summary>Changing a project, its lots or its targets: its organisation's partners and the chain director.</summary>
    public bool CanEdit(int corridorId, int? organisationId) => CanSeePrivate(corridorId, organisationId);

    bool Has(int corridorId, CorridorRole role) => Memberships.Any(m => m.CorridorId == corridorId && m.Role == role);
}
