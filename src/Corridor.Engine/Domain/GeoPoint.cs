namespace Corridor.Engine.Domain;

/// <summary>A WGS84 position in decimal degrees.</summary>
public readonly record struct GeoPoint
{
    const double EarthRadiusKm = 6371.0088; // IUGG mean Earth radius

    /// <summary>Latitude, WGS84 decimal degrees (−90 to 90).</summary>
    public double Latitude { get; }
    /// <summary>Longitude, WGS84 decimal degrees (−180 to 180).</summary>
    public double Longitude { get; }

    /// <summary>A point; throws <see cref="ArgumentOutOfRangeException"/> when a coordinate is out of range.</summary>
    public GeoPoint(double latitude, double longitude)
    {
        if (!IsValidLatitude(latitude)) throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must lie between -90 and 90 degrees.");
        if (!IsValidLongitude(longitude)) throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must lie between -180 and 180 degrees.");
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Whether <paramref name="v"/> is a finite latitude between −90 and 90.</summary>
    public static bool IsValidLatitude(double v) => double.IsFinite(v) && v is >= -90 and <= 90;
    /// <summary>Whether <paramref name="v"/> is a finite longitude between −180 and 180.</summary>
    public static bool IsValidLongitude(double v) => double.IsFinite(v) && v is >= -180 and <= 180;

    /// <summary>Great-circle (haversine) distance in km.</summary>
    public double DistanceKmTo(GeoPoint other)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(other.Latitude - Latitude);
        var dLon = Rad(other.Longitude - Longitude);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(Rad(Latitude)) * Math.Cos(Rad(other.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
