using Corridor.Engine.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Web.Infrastructure;

/// <summary>Collects per-field validation errors for a ValidationProblem response.</summary>
internal sealed class FieldErrors
{
    readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    public void Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, "Required.");
    }

    public void Coordinates(double latitude, double longitude)
    {
        if (!GeoPoint.IsValidLatitude(latitude)) Add("latitude", "Latitude must lie between -90 and 90.");
        if (!GeoPoint.IsValidLongitude(longitude)) Add("longitude", "Longitude must lie between -180 and 180.");
    }

    public void Ordered(string field, DateOnly? from, DateOnly? to, string fromName)
    {
        if (from is { } f && to is { } t && t < f) Add(field, $"Must not be before {fromName}.");
    }

    /// <summary>Parses an optional <c>bbox</c> query value; a malformed one is recorded as an error on "bbox".</summary>
    public BoundingBox? Box(string? bbox)
    {
        var ok = BoundingBox.TryParse(bbox, out var box, out var error);
        if (error is not null) Add("bbox", error);
        return ok ? box : null;
    }

    public void Positive(string field, double? value)
    {
        if (value is { } v && !(v > 0 && double.IsFinite(v))) Add(field, "Must be a positive number.");
    }

    /// <summary>Parses an optional query value of an enum (snake_case or Dutch words accepted); null when absent.</summary>
    public T? Enum<T>(string field, string? text) where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (typeof(T) == typeof(LotDirection) && Vocab.TryDirection(text, out var d)) return (T)(object)d;
        if (typeof(T) == typeof(ProjectKind) && Vocab.TryKind(text, out var k)) return (T)(object)k;
        if (Vocab.TryEnum<T>(text, out var value)) return value;
        Add(field, $"Unknown value '{text}'; expected one of: {Vocab.Allowed<T>()}.");
        return null;
    }

    public ValidationProblem Problem() =>
        TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
