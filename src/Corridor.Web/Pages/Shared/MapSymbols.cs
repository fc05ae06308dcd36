using System.Text.Json;
using System.Text.Json.Serialization;
using Corridor.Data.Entities;
using Corridor.Engine.Domain;

namespace Corridor.Web.Pages.Shared;

/// <summary>
/// The symbols a map and its legend draw: a project as donor, receiver or both, a hub, a marketplace lot, a search origin,
/// and the two line styles (direct, via a hub). Their string form (donor … via-hub) exists only at the boundary to
/// wwwroot/js/map.js and the CSS classes: <see cref="MapSymbols.Js"/> and the JSON of <see cref="MapModel"/>.
/// </summary>
[JsonConverter(typeof(MapSymbolJsonConverter))]
internal enum MapSymbol { Donor, Receiver, Both, Hub, Lot, Origin, Direct, ViaHub }

internal static class MapSymbols
{
    /// <summary>The project's symbol for its role (<see cref="ProjectRoles.Of"/>).</summary>
    public static MapSymbol Of(ProjectRole role) => role switch
    {
        ProjectRole.Donor => MapSymbol.Donor,
        ProjectRole.Receiver => MapSymbol.Receiver,
        _ => MapSymbol.Both,
    };

    /// <summary>The name map.js and the CSS know the symbol by.</summary>
    public static string Js(MapSymbol symbol) => symbol switch
    {
        MapSymbol.Donor => "donor",
        MapSymbol.Receiver => "receiver",
        MapSymbol.Both => "both",
        MapSymbol.Hub => "hub",
        MapSymbol.Lot => "lot",
        MapSymbol.Origin => "origin",
        MapSymbol.Direct => "direct",
        MapSymbol.ViaHub => "via-hub",
        _ => throw new ArgumentOutOfRangeException(nameof(symbol)),
    };

    public static MapPoint HubPoint(Hub hub, Localization.UiText t) =>
        new(MapSymbol.Hub, hub.Latitude, hub.Longitude, hub.Name, "/hubs#hub-" + hub.Code,
            $"{t.Number(hub.StorageAreaM2)} m² {t["storage"]}", hub.Code);
}

/// <summary>Writes a <see cref="MapSymbol"/> as its <see cref="MapSymbols.Js"/> name (and reads it back).</summary>
internal sealed class MapSymbolJsonConverter : JsonConverter<MapSymbol>
{
    public override MapSymbol Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        foreach (var symbol in Enum.GetValues<MapSymbol>())
            if (MapSymbols.Js(symbol) == text) return symbol;
        throw new JsonException($"Unknown map symbol '{text}'.");
    }

    public override void Write(Utf8JsonWriter writer, MapSymbol value, JsonSerializerOptions options) => writer.WriteStringValue(MapSymbols.Js(value));
}
