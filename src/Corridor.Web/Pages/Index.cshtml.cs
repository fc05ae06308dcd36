using Corridor.Data;
using Corridor.Data.Views;
using Corridor.Engine.Domain;
using Corridor.Web.Pages.Shared;

namespace Corridor.Web.Pages;

/// <summary>The chain director's home: the corridor on a map, its key figures and the lots whose window closes soon (<see cref="HomeQueries"/>).</summary>
internal sealed class IndexModel(CorridorDb db, CategoryIndex categories, TimeProvider time) : CorridorPageModel(db)
{
    /// <summary>The closing-window alert's length in days (<see cref="AlertWindows.Days"/>).</summary>
    public const int AlertDays = AlertWindows.Days;

    public IReadOnlyList<HomeProject> Projects { get; private set; } = [];
    public HomeFigures Totals { get; private set; } = new(0, 0, 0, 0, 0, 0);
    public IReadOnlyList<ClosingLot> Alerts { get; private set; } = [];
    /// <summary>The next open lots to close after the alert window, so an empty alert list still says what comes next.</summary>
    public IReadOnlyList<ClosingLot> NextToClose { get; private set; } = [];
    public PlanHeadline? LatestPlan { get; private set; }
    public DateOnly Today { get; private set; }
    public MapModel? Map { get; private set; }

    public async Task OnGetAsync(int? corridor, CancellationToken ct)
    {
        if (!await LoadCorridorAsync(corridor, ct)) return;
        Today = CorridorClock.Today(time);
        var view = await HomeQueries.LoadAsync(Db, Corridor!.Id, categories, Today, ct);
        (Projects, Totals, LatestPlan, Alerts, NextToClose) = (view.Projects, view.Totals, view.LatestPlan, view.Alerts, view.NextToClose);

        var points = Projects.Select(p => new MapPoint(MapSymbols.Of(p.Role), p.Latitude, p.Longitude, p.Name, "/projects/" + Uri.EscapeDataString(p.Code) + CorridorQuery,
                $"{T.Kind(p.Kind)} · {T["releases"]} {T.Tonnes(p.SupplyKg)} · {T["needs"]} {T.Tonnes(p.DemandKg)}", p.Code))
            .Concat(view.Hubs.Select(h => MapSymbols.HubPoint(h, T))).ToList();
        Map = new MapModel("overview-map", T["Map of the corridor's projects and hubs"], points);
    }

    public string Category(string key) => categories.TryGet(key, out var c) ? T.Category(c) : key;

    public string CorridorQuery => Corridors.Count > 1 ? $"?corridor={Corridor!.Id}" : "";
}
