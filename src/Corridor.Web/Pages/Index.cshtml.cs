using Corridor.Data;
using Corridor.Engine.Domain;
using Corridor.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Pages;

/// <summary>The chain director's home: the corridor on a map, its key figures and the lots whose window closes soon.</summary>
public sealed class IndexModel(CorridorDb db, CategoryIndex categories, TimeProvider time) : CorridorPageModel(db)
{
    public const int AlertDays = 28;

    static readonly MatchStatus[] Agreed = [MatchStatus.Accepted, MatchStatus.Reserved, MatchStatus.Harvested, MatchStatus.InTransit, MatchStatus.AtHub];

    public sealed record Row(string Code, string Name, ProjectKind Kind, ProjectStatus Status, string? Organisation, string? Address,
        double Latitude, double Longitude, DateOnly Start, DateOnly End, double SupplyKg, double DemandKg, int SupplyLots, int DemandLots)
    {
        public string Role => LotStates.Role(Kind, SupplyLots, DemandLots);
    }

    /// <summary>Masses in kg of open lots; <see cref="PotentialCo2eKg"/> is Σ supply mass × the category's ICE v2.0 factor.</summary>
    public sealed record Figures(double SupplyKg, double SupplyEstimatedKg, double DemandKg, double PotentialCo2eKg, int SupplyLots, int DemandLots);

    /// <summary>The latest plan's headline: reused mass in kg and its net CO2e change in kg (negative saves).</summary>
    public sealed record PlanFigures(int Id, DateTime CreatedUtc, double ReusedMassKg, double NetCo2eKg);

    public sealed record Alert(string ProjectCode, string ProjectName, string LotCode, LotDirection Direction, string Category,
        double MassKg, bool MassIsEstimated, DateOnly AvailableTo);

    public IReadOnlyList<Row> Projects { get; private set; } = [];
    public Figures Totals { get; private set; } = new(0, 0, 0, 0, 0, 0);
    public IReadOnlyList<Alert> Alerts { get; private set; } = [];
    /// <summary>The next open lots to close after the alert window, so an empty alert list still says what comes next.</summary>
    public IReadOnlyList<Alert> NextToClose { get; private set; } = [];
    public PlanFigures? LatestPlan { get; private set; }
    public DateOnly Today { get; private set; }
    public MapModel? Map { get; private set; }

    public async Task OnGetAsync(int? corridor, CancellationToken ct)
    {
        if (!await LoadCorridorAsync(corridor, ct)) return;
        var id = Corridor!.Id;
        Projects = await Db.Projects.Where(p => p.CorridorId == id).OrderBy(p => p.Start).ThenBy(p => p.Code)
            .Select(p => new Row(p.Code, p.Name, p.Kind, p.Status, p.Organisation != null ? p.Organisation.Name : null, p.Address,
                p.Latitude, p.Longitude, p.Start, p.End,
                p.Lots.Where(l => l.Direction == LotDirection.Supply).Sum(l => l.MassKg),
                p.Lots.Where(l => l.Direction == LotDirection.Demand).Sum(l => l.MassKg),
                p.Lots.Count(l => l.Direction == LotDirection.Supply),
                p.Lots.Count(l => l.Direction == LotDirection.Demand)))
            .ToListAsync(ct);

        var open = LotStates.Open;
        var groups = await Db.Lots.Where(l => l.CorridorId == id && open.Contains(l.Status))
            .GroupBy(l => new { l.Direction, l.CategoryKey, l.MassIsEstimated })
            .Select(g => new { g.Key.Direction, g.Key.CategoryKey, g.Key.MassIsEstimated, MassKg = g.Sum(l => l.MassKg), Lots = g.Count() })
            .ToListAsync(ct);
        var supply = groups.Where(g => g.Direction == LotDirection.Supply).ToList();
        var demand = groups.Where(g => g.Direction == LotDirection.Demand).ToList();
        Totals = new Figures(
            supply.Sum(g => g.MassKg), supply.Where(g => g.MassIsEstimated).Sum(g => g.MassKg), demand.Sum(g => g.MassKg),
            supply.Sum(g => g.MassKg * (categories.TryGet(g.CategoryKey, out var c) ? c.EmbodiedCo2eKgPerKg : 0)),
            supply.Sum(g => g.Lots), demand.Sum(g => g.Lots));

        LatestPlan = await Db.Plans.Where(p => p.CorridorId == id).OrderByDescending(p => p.Id)
            .Select(p => new PlanFigures(p.Id, p.CreatedUtc, p.ReusedMassKg, p.NetCo2eKg)).FirstOrDefaultAsync(ct);
        var latestId = LatestPlan?.Id ?? 0;
        var agreed = Agreed;
        // A lot is matched when the latest plan gives it a match not turned down, or any plan an agreed one.
        var unmatched = Db.Lots.Where(l => !Db.Matches.Any(m => (m.SupplyLotId == l.Id || m.DemandLotId == l.Id)
            && ((m.PlanId == latestId && m.Status != MatchStatus.Rejected && m.Status != MatchStatus.Cancelled) || agreed.Contains(m.Status))));

        Today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var until = Today.AddDays(AlertDays);
        var today = Today;
        Alerts = await unmatched.Where(l => l.CorridorId == id && open.Contains(l.Status) && l.AvailableTo >= today && l.AvailableTo <= until)
            .OrderBy(l => l.AvailableTo).ThenBy(l => l.Project!.Code).ThenBy(l => l.Code)
            .Select(l => new Alert(l.Project!.Code, l.Project.Name, l.Code, l.Direction, l.CategoryKey, l.MassKg, l.MassIsEstimated, l.AvailableTo))
            .ToListAsync(ct);

        NextToClose = await unmatched.Where(l => l.CorridorId == id && open.Contains(l.Status) && l.AvailableTo > until)
            .OrderBy(l => l.AvailableTo).ThenBy(l => l.Project!.Code).ThenBy(l => l.Code).Take(5)
            .Select(l => new Alert(l.Project!.Code, l.Project.Name, l.Code, l.Direction, l.CategoryKey, l.MassKg, l.MassIsEstimated, l.AvailableTo))
            .ToListAsync(ct);

        var hubs = await Db.Hubs.AsNoTracking().Where(h => h.CorridorId == id).OrderBy(h => h.Code).ToListAsync(ct);
        var points = Projects.Select(p => new MapPoint(p.Role, p.Latitude, p.Longitude, p.Name, "/projects/" + Uri.EscapeDataString(p.Code) + CorridorQuery,
                $"{T.Kind(p.Kind)} · {T["releases", "geeft vrij"]} {T.Tonnes(p.SupplyKg)} · {T["needs", "vraagt"]} {T.Tonnes(p.DemandKg)}", p.Code))
            .Concat(hubs.Select(h => LotStates.HubPoint(h, T))).ToList();
        Map = new MapModel("overview-map", T["Map of the corridor's projects and hubs", "Kaart van de projecten en hubs van de corridor"], points);
    }

    public string Category(string key) => categories.TryGet(key, out var c) ? T.Category(c) : key;

    public string CorridorQuery => Corridors.Count > 1 ? $"?corridor={Corridor!.Id}" : "";
}
