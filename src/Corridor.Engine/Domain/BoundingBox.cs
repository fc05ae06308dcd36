namespace Corridor.Engine.Domain;

/// <summary>A WGS84 bounding box from <c>bbox=minLon,minLat,maxLon,maxLat</c> (the GeoJSON order).</summary>
public readonly record struct BoundingBox(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    /// <summary>Parses <c>minLon,minLat,maxLon,maxLat</c> (decimal degrees, point as separator); false with no error when empty, false with <paramref name="error"/> when malformed or out of range.</summary>
    public static bool TryParse(string? text, out BoundingBox box, out string? error)
    {
        box = default;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Split(',');
        var values = new double[4];
        if (parts.Length != 4 || !parts.Select((p, i) => double.TryParse(p, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out values[i])).All(ok => ok))
        {
            error = "bbox must be four numbers: minLon,minLat,maxLon,maxLat.";
            return false;
        }
        box = new BoundingBox(values[0], values[1], values[2], values[3]);
        if (box.MinLat is < -90 or > 90 || box.MaxLat is < -90 or > 90 || box.MinLon is < -180 or > 180 || box.MaxLon is < -180 or > 180)
            error = "bbox coordinates are out of range (latitude -90..90, longitude -180..180).";
        else if (box.MinLat > box.MaxLat || box.MinLon > box.MaxLon)
            error = "bbox minimums must not exceed its maximums.";
        return error is null;
    }
}
