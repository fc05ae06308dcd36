using Corridor.Data;
using Corridor.Data.Views;
using Corridor.Engine.Domain;
using Corridor.Web.Pages.Shared;

using Corridor.Web.Infrastructure;

namespace Corridor.Web.Pages;

/// <summary>The chain director's home: the corridor on a map, its key figures and the lots whose window closes soon (<see cref="HomeQueries"/>).</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPages.Policy)]
internal sealed class IndexModel(CorridorDb db, CategoryIndex categories, TimeProvider time) : CorridorPageModel(db)
{
    /// <summary>The closing-window alert's length in days (<see cref="AlertWindows.Days"/>).</summary>
    public const int AlertDays = AlertWindows.Days;

    /// <summary>How many projects the table lists unless all are asked for (the map always shows all).</summary>
    public const int TableRows = 50;

    /// <summary>Every project of the corridor (on the map).</summary>
    public IReadOnlyList<HomeProject> Projects { get; private set; } = [];
    /// <summary>The projects in the table: all of them with <c>?projects=all</c>, else the first <see cref="TableRows"/> that are not over yet (by start), then the rest.</summary>
    public IReadOnlyList<HomeProject> TableProjects { get; private set; } = [];
    /// <summary>The table lists every project.</summary>
    public bool AllProjects { get; private set; }
    public HomeFigures Totals { get; private set; } = new(0, 0, 0, 0, 0, 0);
    public IReadOnlyList<ClosingLot> Alerts { get; private set; } = [];
    /// <summary>The next open lots to close after the alert window, so an empty alert list still says what comes next.</summary>
    public IReadOnlyList<ClosingLot> NextToClose { get; private set; } = [];
    public PlanHeadline? LatestPlan { get; private set; }
    public DateOnly Today { get; private set; }
    public MapModel? Map { get; private set; }

    public async Task OnGetAsync(int? corridor, string? projects, CancellationToken ct)
    {
        if (!await LoadCorridorAsync(corridor, ct)) return;
        Today = CorridorClock.Today(time);
        var view = await HomeQueries.LoadAsync(Db, Corridor!.Id, categories, Today, ct);
        (Projects, Totals, LatestPlan, Alerts, NextToClose) = (view.Projects, view.Totals, view.LatestPlan, view.Alerts, view.NextToClose);
        // A national corridor has thousands of projects: the table shows the current and coming ones first and stays short.
        AllProjects = string.Equals(projects, "all", StringComparison.OrdinalIgnoreCase) || Projects.Count <= TableRows;
        TableProjects = AllProjects ? Projects : [.. Projects.OrderBy(p => p.End < Today).ThenBy(p => p.Start).ThenBy(p => p.Code).Take(TableRows)];

        var points = Projects.Select(p => new MapPoint(MapSymbols.Of(p.Role), p.Latitude, p.Longitude, p.Name, "/projects/" + Uri.EscapeDataString(p.Code) + CorridorQuery,
                $"{T.Kind(p.Kind)} · {T["releases"]} {T.Tonnes(p.SupplyKg)} · {T["needs"]} {T.Tonnes(p.DemandKg)}", p.Code))
            .Concat(view.Hubs.Select(h => MapSymbols.HubPoint(h, T))).ToList();
        Map = new MapModel("overview-map", T["Map of the corridor's projects and hubs"], points);
    }

    public string Category(string key) => categories.TryGet(key, out var c) ? T.Category(c) : key;

    public string CorridorQuery => Corridors.Count > 1 ? $"?corridor={Corridor!.Id}" : "";
}
