using Corridor.Data.Views;
using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Web.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Pages;

/// <summary>What every page shares: the request's language and the corridor it shows (<c>?corridor=id</c>, else the first).</summary>
internal abstract class CorridorPageModel(CorridorDb db) : PageModel
{
    protected CorridorDb Db { get; } = db;

    public UiText T => UiText.For(HttpContext);

    public CorridorRegion? Corridor { get; private set; }

    public IReadOnlyList<CorridorRegion> Corridors { get; private set; } = [];

    protected async Task<bool> LoadCorridorAsync(int? corridorId, CancellationToken ct)
    {
        Corridors = await CorridorQueries.CorridorsAsync(Db, ct);
        Corridor = Corridors.FirstOrDefault(c => c.Id == corridorId) ?? Corridors.FirstOrDefault();
        return Corridor is not null;
    }
}
