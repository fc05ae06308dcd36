using Corridor.Engine.Domain;

namespace Corridor.Engine.Matching;

/// <summary>
/// Points bucketed in cells at least <c>radiusKm</c> wide (latitude and longitude degrees sized for the most poleward
/// point), so every point within the radius of a location lies in its cell or one of the eight around it.
/// </summary>
internal sealed class SpatialGrid
{
    const double KmPerDegreeLatitudeMin = 110.5;
    const double KmPerDegreeLongitudeAtEquator = 111.33;

    readonly GeoPoint[] points;
    readonly double cellLat;
    readonly double cellLon;
    readonly Dictionary<(int, int), List<int>> cells = [];
    readonly bool single;

    public SpatialGrid(GeoPoint[] points, double radiusKm)
    {
        this.points = points;
        double maxAbsLat = points.Length == 0 ? 0 : points.Max(p => Math.Abs(p.Latitude));
        double cos = Math.Cos(Math.Min(maxAbsLat + 1, 89.9) * Math.PI / 180);
        cellLat = radiusKm / KmPerDegreeLatitudeMin;
        cellLon = radiusKm / (KmPerDegreeLongitudeAtEquator * cos);
        single = cellLat >= 60 || cellLon >= 120 || !double.IsFinite(cellLon);
        for (int i = 0; i < points.Length; i++)
        {
            var key = Cell(points[i]);
            if (!cells.TryGetValue(key, out var list)) cells[key] = list = [];
            list.Add(i);
        }
    }

    /// <summary>Adds the indices of points that may lie within the radius of <paramref name="location"/>.</summary>
    public void Near(GeoPoint location, List<int> result)
    {
        if (single)
        {
            for (int i = 0; i < points.Length; i++) result.Add(i);
            return;
        }
        var (x, y) = Cell(location);
        for (int dx = -1; dx <= 1; dx++)
        {
            for (int dy = -1; dy <= 1; dy++)
            {
                if (cells.TryGetValue((x + dx, y + dy), out var list)) result.AddRange(list);
            }
        }
    }

    (int, int) Cell(GeoPoint p) =>
        single ? (0, 0) : ((int)Math.Floor(p.Latitude / cellLat), (int)Math.Floor(p.Longitude / cellLon));
}
