using System.Text.Json;

namespace Corridor.Web.Pages.Shared;

/// <summary>
/// One symbol on a map. <see cref="Kind"/> picks the symbol: donor, receiver, both (a project that releases and needs),
/// hub, lot (a marketplace result) or origin (the place a search measures from).
/// </summary>
internal sealed record MapPoint(MapSymbol Kind, double Lat, double Lon, string Label, string? Href = null, string? Detail = null, string? Code = null);

/// <summary>
/// One straight line on a map from one place to another. <see cref="Kind"/> picks the style: direct (supply to demand)
/// or via-hub (one of the two legs through a hub). <see cref="Match"/> is the planned match it belongs to; <see cref="State"/>
/// (e.g. rejected) adds a style.
/// </summary>
internal sealed record MapLine(MapSymbol Kind, double FromLat, double FromLon, double ToLat, double ToLon, string Label, int Match, double MassKg, string? State = null);

/// <summary>What the _Map partial renders: the points (as JSON for map.js), an accessible name and the legend entries shown.</summary>
internal sealed record MapModel(string Id, string Label, IReadOnlyList<MapPoint> Points)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Ids of the latitude and longitude inputs a click on the map fills in (marketplace), or null.</summary>
    public (string Lat, string Lon)? PickInto { get; init; }

    public IReadOnlyList<MapSymbol> Legend { get; init; } = [MapSymbol.Donor, MapSymbol.Receiver, MapSymbol.Both, MapSymbol.Hub];

    public IReadOnlyList<MapLine> Lines { get; init; } = [];

    /// <summary>JSON safe inside a script element: the default encoder escapes &lt;, &gt; and &amp;.</summary>
    public string PointsJson => JsonSerializer.Serialize(Points, Json);

    public string LinesJson => JsonSerializer.Serialize(Lines, Json);
}
