using System.Globalization;

namespace Corridor.Web.Infrastructure;

/// <summary>
/// The base map under every map (section <c>Corridor:Map</c>): an XYZ/WMTS tile URL template with <c>{z}/{x}/{y}</c>,
/// its attribution and its highest zoom level. Without the setting the maps use the Dutch government's free BRT
/// background map (PDOK, no key); an empty <c>TileUrl</c> means no tiles at all. Country borders and coastlines from
/// Natural Earth (npm world-atlas, served from wwwroot/lib) are drawn underneath the tiles in any case, so a map
/// without internet still shows where it is.
/// </summary>
/// <param name="TileUrl">Tile URL template with <c>{z}/{x}/{y}</c>; empty: no tiles.</param>
/// <param name="Attribution">The tiles' attribution, shown on every map.</param>
/// <param name="MaxZoom">Highest zoom level the tiles offer (1–22).</param>
/// <param name="ClusterAbove">Markers are clustered when a map shows more than this many.</param>
public sealed record MapOptions(string TileUrl, string Attribution, int MaxZoom, int ClusterAbove)
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string Section = "Corridor:Map";
    /// <summary>The PDOK BRT standard background map (WMTS, Web Mercator) as a <c>{z}/{x}/{y}</c> template.</summary>
    public const string PdokBrtUrl = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png";
    /// <summary>The attribution the PDOK map requires.</summary>
    public const string PdokAttribution = "Kaartgegevens © Kadaster";

    /// <summary>The PDOK BRT background map, 19 zoom levels; markers cluster above 100.</summary>
    public static MapOptions Default { get; } = new(PdokBrtUrl, PdokAttribution, 19, 100);

    /// <summary>Whether maps load base tiles at all (an empty <see cref="TileUrl"/> turns them off).</summary>
    public bool HasTiles => TileUrl.Length > 0;

    /// <summary>
    /// Reads <c>Corridor:Map:TileUrl</c>, <c>Attribution</c>, <c>MaxZoom</c> and <c>ClusterAbove</c>; a missing value keeps the default,
    /// an empty <c>TileUrl</c> turns tiles off. The older flat <c>Corridor:MapTilesUrl</c>/<c>MapTilesAttribution</c> still count when set.
    /// </summary>
    public static MapOptions From(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var section = config.GetSection(Section);
        var legacyUrl = config["Corridor:MapTilesUrl"];
        var url = section["TileUrl"] ?? (string.IsNullOrEmpty(legacyUrl) ? null : legacyUrl) ?? Default.TileUrl;
        var attribution = section["Attribution"] ?? config["Corridor:MapTilesAttribution"]
            ?? (url == Default.TileUrl ? Default.Attribution : "");
        return new MapOptions(url.Trim(), attribution, Int(section["MaxZoom"], Default.MaxZoom, 1, 22), Int(section["ClusterAbove"], Default.ClusterAbove, 0, int.MaxValue));
    }

    static int Int(string? value, int fallback, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, min, max) : fallback;

    /// <summary>
    /// The stroke width in pixels of a plan line carrying <paramref name="tonnes"/>; wwwroot/js/map.js (lineWeight) draws
    /// with the same formula, the legend shows it.
    /// </summary>
    public static double LineWeight(double tonnes) => Math.Min(10, 1.5 + 2 * Math.Log10(1 + Math.Max(0, tonnes)));
}
