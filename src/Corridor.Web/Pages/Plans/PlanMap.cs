using Corridor.Data.Entities;
using Corridor.Data.Planning;
using Corridor.Engine.Domain;
using Corridor.Web.Localization;
using Corridor.Web.Pages.Shared;

namespace Corridor.Web.Pages.Plans;

/// <summary>A plan on the map: the projects it connects, the hubs, and one line per match leg.</summary>
internal static class PlanMap
{
    public const string Id = "plan-map";

    public static MapModel Build(IReadOnlyList<MatchLine> matches, IReadOnlyList<Hub> hubs, UiText t, Func<string, string> category, string corridorQuery)
    {
        var supply = matches.Select(m => m.SupplyProject).ToHashSet(StringComparer.Ordinal);
        var demand = matches.Select(m => m.DemandProject).ToHashSet(StringComparer.Ordinal);
        var projects = matches.Select(m => (m.SupplyProject, m.SupplyProjectName, m.SupplyLat, m.SupplyLon))
            .Concat(matches.Select(m => (m.DemandProject, m.DemandProjectName, m.DemandLat, m.DemandLon)))
            .DistinctBy(p => p.Item1)
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .Select(p =>
            {
                var kind = (supply.Contains(p.Item1), demand.Contains(p.Item1)) switch { (true, true) => MapSymbol.Both, (true, false) => MapSymbol.Donor, _ => MapSymbol.Receiver };
                var detail = kind switch
                {
                    MapSymbol.Donor => t["supplies in this plan"],
                    MapSymbol.Receiver => t["receives in this plan"],
                    _ => t["supplies and receives in this plan"],
                };
                return new MapPoint(kind, p.Item3, p.Item4, p.Item2, "/projects/" + Uri.EscapeDataString(p.Item1) + corridorQuery, detail, p.Item1);
            });
        var points = projects.Concat(hubs.Select(h => MapSymbols.HubPoint(h, t))).ToList();

        var lines = new List<MapLine>();
        foreach (var m in matches)
        {
            var what = $"{category(m.Category)}, {t.Tonnes(m.MassKg)} · {m.SupplyProjectName} → ";
            var state = m.Status is MatchStatus.Rejected or MatchStatus.Cancelled ? "rejected" : null;
            if (m is { Hub: not null, HubLat: { } hubLat, HubLon: { } hubLon })
            {
                var via = what + $"{m.HubName} → {m.DemandProjectName}";
                lines.Add(new MapLine(MapSymbol.ViaHub, m.SupplyLat, m.SupplyLon, hubLat, hubLon, via, m.Id, m.MassKg, state));
                lines.Add(new MapLine(MapSymbol.ViaHub, hubLat, hubLon, m.DemandLat, m.DemandLon, via, m.Id, m.MassKg, state));
            }
            else
            {
                lines.Add(new MapLine(MapSymbol.Direct, m.SupplyLat, m.SupplyLon, m.DemandLat, m.DemandLon, what + m.DemandProjectName, m.Id, m.MassKg, state));
            }
        }
        return new MapModel(Id, t["Map of the plan: lines from supply to demand, directly or through a hub"], points)
        {
            Lines = lines,
            Legend = [MapSymbol.Donor, MapSymbol.Receiver, MapSymbol.Both, MapSymbol.Hub, MapSymbol.Direct, MapSymbol.ViaHub],
        };
    }
}
