using Corridor.Data.Views;
using Corridor.Data;
using Corridor.Data.Entities;
using Corridor.Data.Planning;
using Corridor.Engine.Domain;
using Corridor.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

using Corridor.Web.Infrastructure;

namespace Corridor.Web.Pages;

/// <summary>
/// The corridor's hubs: storage area, accepted categories, services and open period, on a map; and from the latest plan
/// each hub's occupancy over time, what arrives and leaves when, and the land the hubs need.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPages.Policy)]
internal sealed class HubsModel(CorridorDb db, CategoryIndex categories) : CorridorPageModel(db)
{
    public IReadOnlyList<Hub> Hubs { get; private set; } = [];
    public MapModel? Map { get; private set; }
    public MatchPlan? Plan { get; private set; }
    public PlanDocument? Document { get; private set; }
    public IReadOnlyList<MatchLine> Matches { get; private set; } = [];

    public IReadOnlyList<PlanHubOccupancy> Occupancy(string hub) =>
        Document?.HubOccupancy.Where(o => o.Hub == hub).OrderBy(o => o.PeriodStart).ToList() ?? [];

    public IReadOnlyList<MatchLine> Through(string hub) =>
        Matches.Where(m => m.Hub == hub).OrderBy(m => m.PickupDate).ThenBy(m => m.DeliveryDate).ToList();

    public string PlanLink => Plan is null ? "/plans" + CorridorQuery : $"/plans/{Plan.Id}{CorridorQuery}";

    public string CorridorQuery => Corridors.Count > 1 && Corridor is not null ? $"?corridor={Corridor.Id}" : "";

    public async Task OnGetAsync(int? corridor, CancellationToken ct)
    {
        if (!await LoadCorridorAsync(corridor, ct)) return;
        var id = Corridor!.Id;
        Hubs = await CorridorQueries.HubsAsync(Db, id, ct, byName: true);
        Map = new MapModel("hub-map", T["Map of the corridor's hubs"],
            Hubs.Select(h => MapSymbols.HubPoint(h, T)).ToList()) { Legend = [MapSymbol.Hub] };

        Plan = await StoredPlans.LatestAsync(Db, id, ct);
        if (Plan is null) return;
        Document = StoredPlans.Document(Plan);
        Matches = await StoredPlans.MatchesAsync(Db, Plan.Id, ct);
    }

    public string CategoryName(string key) => categories.TryGet(key, out var c) ? T.Category(c) : key;

    public string Service(string service) => service.ToLowerInvariant() switch
    {
        "storage" => T["storage"],
        "sorting" => T["sorting"],
        "cleaning" => T["cleaning"],
        "certification" => T["certification"],
        "transport" => T["transport"],
        "repair" => T["repair"],
        "crushing" => T["crushing"],
        "screening" => T["screening"],
        _ => service,
    };
}
