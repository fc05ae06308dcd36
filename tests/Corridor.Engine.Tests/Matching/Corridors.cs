using Corridor.Engine.Domain;
using Corridor.Engine.Matching;

namespace Corridor.Engine.Tests.Matching;

/// <summary>Categories copied from the shipped taxonomy (src/Corridor.Data/ReferenceData/categories.csv) and small builders.</summary>
public static class Corridors
{
    public static MaterialCategory Doors { get; } = new("doors", "Doors", "Deuren", QuantityUnit.Pcs, 25, 3.8, 0.395, "ICE v2.0 composite", EwcCode.Parse("17 02 01"), "32", "recycle", -0.04, "");
    public static MaterialCategory SteelBeams { get; } = new("steel_beams", "Steel beams", "Stalen liggers", QuantityUnit.M, 40, 1.3, 1.53, "ICE v2.0 row 216", EwcCode.Parse("17 04 05"), "28", "recycle", -0.99, "");
    public static MaterialCategory Bricks { get; } = new("bricks", "Clay bricks", "Bakstenen", QuantityUnit.Pcs, 1.9, 0.75, 0.24, "ICE v2.0 row 27", EwcCode.Parse("17 01 02"), "21", "recycle", -0.002, "");
    public static MaterialCategory Glass { get; } = new("glass", "Flat glass", "Vlakglas", QuantityUnit.M2, 20, 1.2, 0.91, "ICE v2.0 row 104", EwcCode.Parse("17 02 02"), "31", "recycle", -0.32, "");

    public static MaterialCategory Gravel { get; } = new("gravel", "Roof gravel", "Dakgrind", QuantityUnit.T, 1000, 0.29, 0.005, "ICE v2.0 row 2", EwcCode.Parse("17 05 04"), "27", "recycle", -0.002, "");

    public static IReadOnlyList<MaterialCategory> All { get; } = [Doors, SteelBeams, Bricks, Glass, Gravel];

    public static readonly DateOnly Jan1 = new(2026, 1, 1);

    /// <summary>A point <paramref name="eastKm"/> east and <paramref name="northKm"/> north of Amersfoort (52.15 N, 5.39 E).</summary>
    public static GeoPoint At(double eastKm, double northKm = 0) =>
        new(52.15 + northKm / 111.2, 5.39 + eastKm / (111.32 * Math.Cos(52.15 * Math.PI / 180)));

    public static SupplyLot Supply(string id, MaterialCategory category, decimal quantity, GeoPoint at, DateOnly from, DateOnly to,
        QualityGrade grade = QualityGrade.A, bool hazardous = false, double? massKg = null) =>
        new(id, category.Key, quantity, category.DefaultUnit, massKg ?? (double)quantity * category.TypicalKgPerUnit, grade, hazardous, at, from, to);

    public static DemandLot Demand(string id, MaterialCategory category, decimal quantity, GeoPoint at, DateOnly from, DateOnly to,
        QualityGrade? minimum = null, double? massKg = null, int priority = 0) =>
        new(id, category.Key, quantity, category.DefaultUnit, massKg ?? (double)quantity * category.TypicalKgPerUnit, minimum, at, from, to, priority);

    public static Hub Hub(string code, GeoPoint at, double areaM2, params string[] accepts) => new(code, at, areaM2, accepts);

    public static MatchingInput Input(IReadOnlyList<SupplyLot> supply, IReadOnlyList<DemandLot> demand, IReadOnlyList<Hub> hubs, MatchingRules? rules = null) =>
        new(supply, demand, hubs, All, rules ?? new MatchingRules(), new PlanningHorizon(Jan1, new DateOnly(2026, 12, 31)));
}
