using Corridor.Engine.Domain;
using Corridor.Engine.Matching;

namespace Corridor.Engine.Tests.Matching;

/// <summary>Categories copied from the shipped taxonomy (src/Corridor.Data/ReferenceData/categories.csv) and small builders.</summary>
public static class Corridors
{
    public static MaterialCategory Doors { get; } = new()
    {
        Key = "doors",
        NameEn = "Doors",
        NameNl = "Deuren",
        DefaultUnit = QuantityUnit.Pcs,
        TypicalKgPerUnit = 25,
        StorageM2PerTonne = 3.8,
        EmbodiedCo2eKgPerKg = 0.395,
        EmbodiedSource = "ICE v2.0 composite",
        Ewc = EwcCode.Parse("17 02 01"),
        NlSfb = "32",
        EndOfLifeRoute = "recycle",
        EndOfLifeCo2eKgPerKg = -0.04,
        Notes = "",
    };
    public static MaterialCategory SteelBeams { get; } = new()
    {
        Key = "steel_beams",
        NameEn = "Steel beams",
        NameNl = "Stalen liggers",
        DefaultUnit = QuantityUnit.M,
        TypicalKgPerUnit = 40,
        StorageM2PerTonne = 1.3,
        EmbodiedCo2eKgPerKg = 1.53,
        EmbodiedSource = "ICE v2.0 row 216",
        Ewc = EwcCode.Parse("17 04 05"),
        NlSfb = "28",
        EndOfLifeRoute = "recycle",
        EndOfLifeCo2eKgPerKg = -0.99,
        Notes = "",
    };
    public static MaterialCategory Bricks { get; } = new()
    {
        Key = "bricks",
        NameEn = "Clay bricks",
        NameNl = "Bakstenen",
        DefaultUnit = QuantityUnit.Pcs,
        TypicalKgPerUnit = 1.9,
        StorageM2PerTonne = 0.75,
        EmbodiedCo2eKgPerKg = 0.24,
        EmbodiedSource = "ICE v2.0 row 27",
        Ewc = EwcCode.Parse("17 01 02"),
        NlSfb = "21",
        EndOfLifeRoute = "recycle",
        EndOfLifeCo2eKgPerKg = -0.002,
        Notes = "",
    };
    public static MaterialCategory Glass { get; } = new()
    {
        Key = "glass",
        NameEn = "Flat glass",
        NameNl = "Vlakglas",
        DefaultUnit = QuantityUnit.M2,
        TypicalKgPerUnit = 20,
        StorageM2PerTonne = 1.2,
        EmbodiedCo2eKgPerKg = 0.91,
        EmbodiedSource = "ICE v2.0 row 104",
        Ewc = EwcCode.Parse("17 02 02"),
        NlSfb = "31",
        EndOfLifeRoute = "recycle",
        EndOfLifeCo2eKgPerKg = -0.32,
        Notes = "",
    };

    public static MaterialCategory Gravel { get; } = new()
    {
        Key = "gravel",
        NameEn = "Roof gravel",
        NameNl = "Dakgrind",
        DefaultUnit = QuantityUnit.T,
        TypicalKgPerUnit = 1000,
        StorageM2PerTonne = 0.29,
        EmbodiedCo2eKgPerKg = 0.005,
        EmbodiedSource = "ICE v2.0 row 2",
        Ewc = EwcCode.Parse("17 05 04"),
        NlSfb = "27",
        EndOfLifeRoute = "recycle",
        EndOfLifeCo2eKgPerKg = -0.002,
        Notes = "",
    };

    public static IReadOnlyList<MaterialCategory> All { get; } = [Doors, SteelBeams, Bricks, Glass, Gravel];

    public static readonly DateOnly Jan1 = new(2026, 1, 1);

    /// <summary>A point <paramref name="eastKm"/> east and <paramref name="northKm"/> north of Amersfoort (52.15 N, 5.39 E).</summary>
    public static GeoPoint At(double eastKm, double northKm = 0) =>
        new(52.15 + northKm / 111.2, 5.39 + eastKm / (111.32 * Math.Cos(52.15 * Math.PI / 180)));

    public static SupplyLot Supply(string id, MaterialCategory category, decimal quantity, GeoPoint at, DateOnly from, DateOnly to,
        QualityGrade grade = QualityGrade.A, bool hazardous = false, double? massKg = null) =>
        new()
        {
            Id = id,
            CategoryKey = category.Key,
            Quantity = quantity,
            Unit = category.DefaultUnit,
            MassKg = massKg ?? (double)quantity * category.TypicalKgPerUnit,
            Grade = grade,
            IsHazardous = hazardous,
            Location = at,
            AvailableFrom = from,
            AvailableTo = to,
        };

    public static DemandLot Demand(string id, MaterialCategory category, decimal quantity, GeoPoint at, DateOnly from, DateOnly to,
        QualityGrade? minimum = null, double? massKg = null, int priority = 0) =>
        new()
        {
            Id = id,
            CategoryKey = category.Key,
            Quantity = quantity,
            Unit = category.DefaultUnit,
            MassKg = massKg ?? (double)quantity * category.TypicalKgPerUnit,
            MinimumGrade = minimum,
            Location = at,
            NeededFrom = from,
            NeededTo = to,
            Priority = priority,
        };

    public static Hub Hub(string code, GeoPoint at, double areaM2, params string[] accepts) => new(code, at, areaM2, accepts);

    public static MatchingInput Input(IReadOnlyList<SupplyLot> supply, IReadOnlyList<DemandLot> demand, IReadOnlyList<Hub> hubs, MatchingRules? rules = null) =>
        new(supply, demand, hubs, All, rules ?? new MatchingRules(), new PlanningHorizon(Jan1, new DateOnly(2026, 12, 31)));
}
