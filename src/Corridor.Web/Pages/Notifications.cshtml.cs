using Corridor.Data;
using Corridor.Data.Notifications;
using Corridor.Web.Features.Notifications;
using Corridor.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Pages;

/// <summary>The signed-in user's notifications in the corridor (the director's and their organisations'), with mark-as-read.</summary>
internal sealed class NotificationsModel(CorridorDb db, CorridorActor actor, TimeProvider time) : CorridorPageModel(db)
{
    public IReadOnlyList<Notification> Items { get; private set; } = [];
    public int Unread { get; private set; }
    public bool MayRead { get; private set; }

    public string CorridorQuery => Corridors.Count > 1 && Corridor is not null ? $"?corridor={Corridor.Id}" : "";

    public async Task<IActionResult> OnGetAsync(int? corridor, CancellationToken ct)
    {
        if (!actor.IsSignedIn) return Challenge();
        if (!await LoadCorridorAsync(corridor, ct)) return Page();
        var id = Corridor!.Id;
        MayRead = actor.IsDirector(id) || actor.IsPartner(id);
        if (!MayRead) return Page();
        (Unread, Items) = await NotificationInbox.ReadAsync(Db, id, actor.IsDirector(id), actor.OrganisationIds(id).ToList(), ct: ct);
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(int? corridor, int id, CancellationToken ct)
    {
        if (!actor.IsSignedIn) return Challenge();
        if (!await LoadCorridorAsync(corridor, ct)) return NotFound();
        var refusal = await NotificationEndpoints.MarkReadAsync(Corridor!.Id, id, actor, Db, time.GetUtcNow().UtcDateTime, ct);
        return refusal is null ? Redirect("/notifications" + CorridorQuery) : Forbid();
    }

    public string Kind(NotificationKind kind) => kind switch
    {
        NotificationKind.NewProposal => T["New proposals"],
        NotificationKind.DatesSlipped => T["Dates changed"],
        NotificationKind.WindowClosing => T["Window closing"],
        NotificationKind.LotExpired => T["Lot expired: extend or close"],
        _ => kind.ToString(),
    };
}
