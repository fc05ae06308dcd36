using Corridor.Data.Entities;
using Corridor.Engine.Domain;

namespace Corridor.Web.Pages.Shared;

/// <summary>Which lots the pages count as open, and how a project shows on the map.</summary>
public static class LotStates
{
    /// <summary>Open: not reserved and not yet delivered, installed, recycled or disposed of.</summary>
    public static readonly IReadOnlyList<LotStatus> Open = [LotStatus.Inventoried, LotStatus.Harvested, LotStatus.Stored];

    /// <summary>donor, receiver or both from the lots a project has; from its kind while it has none.</summary>
    public static string Role(ProjectKind kind, int supplyLots, int demandLots) => (supplyLots > 0, demandLots > 0) switch
    {
        (true, true) => "both",
        (true, false) => "donor",
        (false, true) => "receiver",
        _ => kind switch
        {
            ProjectKind.Demolition or ProjectKind.VacantBuilding => "donor",
            ProjectKind.Renovation => "both",
            _ => "receiver",
        },
    };

    public static MapPoint HubPoint(Hub hub, Localization.UiText t) =>
        new("hub", hub.Latitude, hub.Longitude, hub.Name, "/hubs#hub-" + hub.Code,
            $"{t.Number(hub.StorageAreaM2)} m² {t["storage", "opslag"]}", hub.Code);
}
