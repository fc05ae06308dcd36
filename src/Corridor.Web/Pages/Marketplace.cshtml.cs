using System.Globalization;
using Corridor.Data;
using Corridor.Data.Rules;
using Corridor.Data.Views;
using Corridor.Engine.Domain;
using Corridor.Web.Infrastructure.Security;
using Corridor.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

using Corridor.Web.Infrastructure;

namespace Corridor.Web.Pages;

/// <summary>
/// The public marketplace: offerable supply lots (<see cref="LotStates.Offerable"/>, <see cref="MarketplaceQueries"/>) by category, great-circle distance from a place (a project, or a point
/// typed or clicked on the map) and a date within the lot's window. Price and contact are private: they are blanked
/// here, before the page or its map data sees them, unless the viewer may see them (<see cref="CorridorActor.CanSeePrivate"/>:
/// the owning organisation's partners and the chain director).
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPages.Policy)]
internal sealed class MarketplaceModel(CorridorDb db, CategoryIndex categories, CorridorActor actor, TimeProvider time) : CorridorPageModel(db)
{
    public const int MaxResults = 200;

    /// <summary>Signed-in viewers get the price and contact columns (filled where the lot is theirs to see).</summary>
    public bool IsSignedInViewer => actor.IsSignedIn;

    public bool ShowPrivateColumns => actor.IsSignedIn && Corridor is not null && actor.IsMember(Corridor.Id);

    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Project { get; set; }
    [BindProperty(SupportsGet = true)] public string? Lat { get; set; }
    [BindProperty(SupportsGet = true)] public string? Lon { get; set; }
    [BindProperty(SupportsGet = true)] public string? Km { get; set; }
    [BindProperty(SupportsGet = true)] public string? Date { get; set; }
    /// <summary>Also list lots whose window ended (badged expired); off by default.</summary>
    [BindProperty(SupportsGet = true)] public bool IncludeExpired { get; set; }

    /// <summary>Today by the app's clock, the day expiry is judged on.</summary>
    public DateOnly Today { get; } = CorridorClock.Today(time);

    public IReadOnlyList<string> Errors { get; private set; } = [];
    /// <summary>The corridor's rules of the game (pricing, shared prices) as applied to the prices shown.</summary>
    public RuleSettings Rules { get; private set; } = RuleSettings.Default;
    public IReadOnlyList<MarketLot> Results { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<ProjectPlace> Projects { get; private set; } = [];
    public GeoPoint? Origin { get; private set; }
    public string? OriginName { get; private set; }
    public double? MaxKm { get; private set; }
    public MapModel? Map { get; private set; }
    public IReadOnlyList<MaterialCategory> Categories => categories.All;

    public async Task OnGetAsync(int? corridor, CancellationToken ct)
    {
        if (!await LoadCorridorAsync(corridor, ct)) return;
        var id = Corridor!.Id;
        Projects = await MarketplaceQueries.PlacesAsync(Db, id, ct);

        var errors = new List<string>();
        ReadOrigin(errors);
        if (!string.IsNullOrWhiteSpace(Km))
        {
            if (double.TryParse(Km.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var km) && km > 0 && double.IsFinite(km)) MaxKm = km;
            else errors.Add(T["Distance must be a positive number of kilometres."]);
        }
        if (MaxKm is not null && Origin is null)
            errors.Add(T["A maximum distance needs a place to measure from: choose a project, or type or click a point."]);
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(Date))
        {
            if (DateOnly.TryParseExact(Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) date = d;
            else errors.Add(T["The date must be written yyyy-mm-dd."]);
        }
        if (!string.IsNullOrWhiteSpace(Category) && !categories.TryGet(Category, out _))
            errors.Add(T["Unknown category: "] + Category);
        Errors = errors;
        if (errors.Count > 0) return;

        var lots = await MarketplaceQueries.OfferedAsync(Db, id, Category, date, Today, ct, IncludeExpired);
        var rules = Rules = await RuleSets.SettingsAsync(Db, id, ct);
        lots = lots.Select(l => actor.SeesPriceAndContact(rules, id, l.OrganisationId)
            ? l with { ShowsPrivate = true, PriceEur = actor.VisiblePrice(rules, id, l.OrganisationId, l.PriceEur, l.MassKg) }
            : l with { PriceEur = actor.VisiblePrice(rules, id, l.OrganisationId, l.PriceEur, l.MassKg), Contact = null }).ToList();

        if (Origin is { } origin) lots = MarketplaceQueries.WithDistance(lots, origin, MaxKm);
        Total = lots.Count;
        Results = lots.Take(MaxResults).ToList();

        var points = Results.GroupBy(l => l.ProjectCode)
            .Select(g => new MapPoint(MapSymbol.Lot, g.First().Latitude, g.First().Longitude, g.First().ProjectName,
                "#results-" + g.Key, $"{g.Count()} {T["lots"]}, {T.Tonnes(g.Sum(l => l.MassKg))}" +
                (g.First().DistanceKm is { } km ? $", {T.Number(km, 1)} km" : ""), g.Key))
            .ToList();
        if (Origin is { } o) points.Add(new MapPoint(MapSymbol.Origin, o.Latitude, o.Longitude, OriginName ?? T["Search origin"]));
        Map = new MapModel("market-map", T["Map of the lots found; click to set the search point"], points)
        {
            PickInto = ("f-lat", "f-lon"),
            Legend = Origin is null ? [MapSymbol.Lot] : [MapSymbol.Lot, MapSymbol.Origin],
        };
    }

    void ReadOrigin(List<string> errors)
    {
        var hasLat = !string.IsNullOrWhiteSpace(Lat);
        var hasLon = !string.IsNullOrWhiteSpace(Lon);
        if (hasLat || hasLon)
        {
            if (hasLat && hasLon &&
                double.TryParse(Lat!.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) &&
                double.TryParse(Lon!.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) &&
                GeoPoint.IsValidLatitude(lat) && GeoPoint.IsValidLongitude(lon))
            {
                Origin = new GeoPoint(lat, lon);
                OriginName = T["Point"] + $" {lat.ToString("F4", CultureInfo.InvariantCulture)}, {lon.ToString("F4", CultureInfo.InvariantCulture)}";
            }
            else
            {
                errors.Add(T["A point needs both latitude (−90 to 90) and longitude (−180 to 180) in decimal degrees."]);
            }
            return;
        }
        if (string.IsNullOrWhiteSpace(Project)) return;
        var project = Projects.FirstOrDefault(p => p.Code == Project);
        if (project is null)
        {
            errors.Add(T["Unknown project: "] + Project);
            return;
        }
        Origin = new GeoPoint(project.Latitude, project.Longitude);
        OriginName = project.Name;
    }

    public string CategoryName(string key) => categories.TryGet(key, out var c) ? T.Category(c) : key;
}
