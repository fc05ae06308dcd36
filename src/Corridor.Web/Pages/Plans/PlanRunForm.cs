using System.Globalization;
using Corridor.Data.Planning;
using Corridor.Engine.Matching;
using Corridor.Web.Localization;

namespace Corridor.Web.Pages.Plans;

/// <summary>One vehicle class the form offers: its API key, the engine's class (name, factor, source) and its label (a text key).</summary>
internal sealed record VehicleChoice(string Key, VehicleClass Class, string English);

/// <summary>
/// The run form's fields as typed (strings, so a bad number comes back as typed) and their conversion to a
/// <see cref="PlanRequest"/>. Numbers are read with a point or a comma as decimal separator, whatever the server's culture.
/// </summary>
internal sealed record PlanRunForm(string? MaxDistanceKm, string? Vehicle, string? ElectricCo2eKgPerTonneKm, string? DetourFactor, string? Resolution)
{
    public static PlanRunForm Default { get; } = From(new PlanRequest());

    public static IReadOnlyList<VehicleChoice> Vehicles { get; } =
    [
        new(VehicleClass.ArticulatedOver33t.Key, VehicleClass.ArticulatedOver33t, UiText.Key("Articulated lorry over 33 t (diesel)")),
        new(VehicleClass.Articulated3_5To33t.Key, VehicleClass.Articulated3_5To33t, UiText.Key("Articulated lorry 3.5–33 t (diesel)")),
        new(VehicleClass.RigidOver17t.Key, VehicleClass.RigidOver17t, UiText.Key("Rigid lorry over 17 t (diesel)")),
        new(VehicleClass.Rigid7_5To17t.Key, VehicleClass.Rigid7_5To17t, UiText.Key("Rigid lorry 7.5–17 t (diesel)")),
        new(VehicleClass.AllHgvs.Key, VehicleClass.AllHgvs, UiText.Key("Average of all lorries (diesel)")),
        new(VehicleClass.RailFreight.Key, VehicleClass.RailFreight, UiText.Key("Rail freight")),
        new(VehicleClass.ElectricKey, VehicleClass.Electric(), UiText.Key("Battery-electric lorry (emission-free)")),
    ];

    public static PlanRunForm From(PlanRequest r) => new(
        Text(r.MaxDistanceKm ?? Corridor.Data.Rules.RuleSettings.Default.MaxDistanceKm), r.Vehicle, r.ElectricCo2eKgPerTonneKm is { } f ? Text(f) : "", Text(r.DetourFactor), r.Resolution);

    /// <summary>The form as first shown under the corridor's rules of the game: their distance, and the electric truck when they require it.</summary>
    public static PlanRunForm ForRules(Corridor.Data.Rules.RuleSettings rules) => From(new PlanRequest
    {
        MaxDistanceKm = rules.MaxDistanceKm,
        Vehicle = rules.EmissionFreeTransport ? VehicleClass.ElectricKey : new PlanRequest().Vehicle,
        ElectricCo2eKgPerTonneKm = rules.EmissionFreeTransport ? rules.ElectricCo2eKgPerTonneKm : null,
    });

    /// <summary>The request, or the fields that are not numbers (field name, message in the page's language).</summary>
    public (PlanRequest? Request, IReadOnlyList<(string Field, string Message)> Errors) ToRequest(UiText t)
    {
        var errors = new List<(string, string)>();
        var notANumber = t["Must be a number."];
        if (!TryNumber(MaxDistanceKm, out var distance)) errors.Add(("maxDistanceKm", notANumber));
        if (!TryNumber(DetourFactor, out var detour)) errors.Add(("detourFactor", notANumber));
        double? electric = null;
        if (Vehicle == VehicleClass.ElectricKey && !string.IsNullOrWhiteSpace(ElectricCo2eKgPerTonneKm))
        {
            if (TryNumber(ElectricCo2eKgPerTonneKm, out var e)) electric = e;
            else errors.Add(("electricCo2eKgPerTonneKm", notANumber));
        }
        if (errors.Count > 0) return (null, errors);
        return (new PlanRequest
        {
            MaxDistanceKm = distance, Vehicle = Vehicle?.Trim() ?? "", ElectricCo2eKgPerTonneKm = electric, DetourFactor = detour, Resolution = Resolution?.Trim() ?? "",
        }, errors);
    }

    /// <summary>The form's fields by their API (<see cref="PlanRequest"/>) names, as validation errors name them.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["maxDistanceKm", "vehicle", "electricCo2eKgPerTonneKm", "detourFactor", "resolution"];

    /// <summary>A field's label in the page's language; an unknown field keeps its name.</summary>
    public static string Label(string field, UiText t) => field switch
    {
        "maxDistanceKm" => t["Maximum distance"],
        "vehicle" => t["Vehicle"],
        "electricCo2eKgPerTonneKm" => t["Electric factor"],
        "detourFactor" => t["Detour factor"],
        "resolution" => t["Time step"],
        _ => field,
    };

    static bool TryNumber(string? text, out double value) =>
        double.TryParse((text ?? "").Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
