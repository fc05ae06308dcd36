using Corridor.Engine.Domain;
using Corridor.Engine.Matching;

namespace Corridor.Bench;

/// <summary>Shape of a stress corridor (issue 14).</summary>
/// <param name="Towns">How many of the 60 Dutch towns carry projects (the largest first).</param>
/// <param name="SpreadKm">Standard deviation of project locations around their town.</param>
/// <param name="LotsPerProject">Lots per project on average (all of one role: donor or new build).</param>
/// <param name="Categories">Categories used (the first ones of the list given).</param>
/// <param name="MinWeeks">Shortest availability / need window.</param>
/// <param name="MaxWeeks">Longest availability / need window.</param>
/// <param name="Hubs">Hubs, each accepting every category.</param>
/// <param name="HazardousShare">Share of supply lots marked hazardous.</param>
/// <param name="MixedUnits">Lots in other units than the category's default (t, kg, m³) and odd piece masses.</param>
public sealed record StressShape(string Name, int Towns, double SpreadKm, int LotsPerProject, int Categories, int MinWeeks, int MaxWeeks,
    int Hubs, double HubAreaM2, double HazardousShare, bool MixedUnits, int Weeks = 104)
{
    /// <summary>The corridor: ~8,300 projects for 10^5 lots in ~60 towns, 24 categories, 2–13 week windows, 50 open hubs.</summary>
    public static StressShape National { get; } = new("national", 60, 6, 12, 24, 2, 13, 50, 20_000, 0.02, false);

    /// <summary>Worse: 6 categories, 4–26 week windows, 12 towns with tight clusters, 10 % hazardous, mixed units.</summary>
    public static StressShape Dense { get; } = new("dense", 12, 3, 12, 6, 4, 26, 50, 20_000, 0.10, true);

    /// <summary>Worst for pairs: 3 categories, 8–52 week windows, 6 towns, hubs that bind (2,000 m² at most).</summary>
    public static StressShape Extreme { get; } = new("extreme", 6, 3, 12, 3, 8, 52, 50, 2_000, 0.10, true);

    public static StressShape Parse(string name) => name switch
    {
        "national" => National,
        "dense" => Dense,
        "extreme" => Extreme,
        _ => throw new ArgumentException($"Unknown shape '{name}' (national, dense, extreme)."),
    };
}

/// <summary>
/// Stress corridors for issue 14: lots grouped in projects around Dutch towns, every hub accepting every category.
/// Depends on the engine only, so the engine tests can check plans of its output. The same arguments give the same
/// corridor.
/// </summary>
public sealed class StressCorridorGenerator(int seed)
{
    // (lat, lon, weight): 60 Dutch towns, weighted roughly by size.
    static readonly (double Lat, double Lon, double Weight)[] Towns =
    [
        (52.37, 4.90, 9), (51.92, 4.48, 7), (52.08, 4.30, 6), (52.09, 5.12, 4), (51.44, 5.47, 3), (53.22, 6.57, 2.5),
        (51.56, 5.09, 2.2), (52.37, 5.21, 2.2), (51.59, 4.78, 2), (51.84, 5.86, 2), (52.21, 5.97, 1.7), (51.98, 5.91, 1.6),
        (52.38, 4.64, 1.6), (52.22, 6.89, 1.6), (52.16, 5.39, 1.6), (52.44, 4.81, 1.5), (51.69, 5.30, 1.5), (52.52, 6.08, 1.3),
        (53.20, 5.80, 1.2), (50.85, 5.69, 1.2), (52.16, 4.49, 1.2), (51.81, 4.67, 1.2), (52.63, 4.75, 1.1), (52.78, 6.90, 1.0),
        (51.37, 6.17, 1.0), (52.01, 4.36, 1.0), (52.25, 6.16, 1.0), (51.48, 5.66, 0.9), (52.64, 5.06, 0.7), (51.50, 3.61, 0.5),
        (52.99, 6.56, 0.6), (52.52, 5.47, 0.8), (50.89, 5.98, 0.9), (52.96, 4.76, 0.5), (51.53, 4.46, 0.7), (52.30, 4.86, 0.9),
        (52.30, 4.69, 0.7), (52.50, 4.95, 0.6), (52.22, 5.18, 0.8), (51.77, 5.52, 0.6), (51.00, 5.87, 0.5), (52.01, 4.71, 0.6),
        (52.06, 4.49, 0.9), (51.92, 4.40, 0.6), (51.91, 4.34, 0.5), (51.85, 4.33, 0.5), (51.93, 4.58, 0.5), (52.03, 5.56, 0.5),
        (52.04, 5.67, 0.8), (52.34, 5.62, 0.4), (52.56, 5.91, 0.4), (52.36, 6.66, 0.6), (51.97, 6.29, 0.5), (51.89, 5.43, 0.4),
        (51.49, 4.29, 0.5), (51.44, 3.57, 0.4), (51.34, 3.83, 0.4), (51.25, 5.71, 0.4), (51.19, 5.99, 0.5), (52.27, 6.79, 0.6),
    ];

    readonly Random rng = new(seed);

    public MatchingInput Generate(int lots, StressShape shape, IReadOnlyList<MaterialCategory> catalog, MatchingRules rules)
    {
        var categories = catalog.Take(Math.Min(shape.Categories, catalog.Count)).ToList();
        var towns = Towns.Take(Math.Clamp(shape.Towns, 1, Towns.Length)).ToArray();
        var weights = towns.Select(t => t.Weight).ToArray();
        var start = new DateOnly(2026, 1, 5);
        var end = start.AddDays(7 * shape.Weeks - 1);
        var supply = new List<SupplyLot>(lots / 2 + 1);
        var demand = new List<DemandLot>(lots / 2 + 1);
        int project = -1, left = 0;
        bool donor = false;
        GeoPoint at = default;
        int projectWeek = 0;
        for (int i = 0; i < lots; i++)
        {
            if (left == 0)
            {
                project++;
                left = 1 + rng.Next(2 * shape.LotsPerProject - 1);
                donor = rng.Next(2) == 0;
                at = Near(towns[Pick(weights)], shape.SpreadKm);
                projectWeek = rng.Next(shape.Weeks);
            }
            left--;
            var c = categories[rng.Next(categories.Count)];
            int startWeek = Math.Clamp(projectWeek + rng.Next(-2, 3), 0, shape.Weeks - 1);
            var from = start.AddDays(7 * startWeek + rng.Next(5));
            var to = Min(from.AddDays(7 * rng.Next(shape.MinWeeks, shape.MaxWeeks + 1) - 3), end);
            var (quantity, unit, mass) = Amount(c, shape.MixedUnits);
            if (donor)
            {
                var grade = rng.NextDouble() switch { < 0.5 => QualityGrade.A, < 0.9 => QualityGrade.B, _ => QualityGrade.C };
                supply.Add(new SupplyLot
                {
                    Id = $"D{project:D6}/S{i:D7}",
                    CategoryKey = c.Key,
                    Quantity = quantity,
                    Unit = unit,
                    MassKg = mass,
                    Grade = grade,
                    IsHazardous = rng.NextDouble() < shape.HazardousShare,
                    Location = at,
                    AvailableFrom = from,
                    AvailableTo = to,
                });
            }
            else
            {
                QualityGrade? minimum = rng.NextDouble() switch { < 0.6 => null, < 0.9 => QualityGrade.A, _ => QualityGrade.B };
                demand.Add(new DemandLot
                {
                    Id = $"R{project:D6}/N{i:D7}",
                    CategoryKey = c.Key,
                    Quantity = quantity,
                    Unit = unit,
                    MassKg = mass,
                    MinimumGrade = minimum,
                    Location = at,
                    NeededFrom = from,
                    NeededTo = to,
                });
            }
        }
        var hubs = Enumerable.Range(0, shape.Hubs)
            .Select(h => new Hub($"HUB{h:D2}", Near(towns[Pick(weights)], 10), Math.Round(shape.HubAreaM2 * (0.1 + 0.9 * rng.NextDouble())), []))
            .ToList();
        return new MatchingInput(supply, demand, hubs, categories, rules, new PlanningHorizon(start, end));
    }

    // Pieces: 5–400 of the typical mass; with mixed units one in five weighed (odd piece mass) and one in ten given in
    // tonnes. Other units: 0.5–200 t, with mixed units a third in kg, a third in t.
    (decimal Quantity, QuantityUnit Unit, double MassKg) Amount(MaterialCategory c, bool mixed)
    {
        if (c.DefaultUnit == QuantityUnit.Pcs)
        {
            int pieces = (int)Math.Round(Math.Exp(Math.Log(5) + rng.NextDouble() * Math.Log(80)));
            double roll = mixed ? rng.NextDouble() : 1;
            if (roll < 0.1) return (Math.Round((decimal)(pieces * c.TypicalKgPerUnit / 1000), 3), QuantityUnit.T, pieces * c.TypicalKgPerUnit);
            double each = roll < 0.3 ? Math.Max(1, Math.Round(c.TypicalKgPerUnit * (0.8 + 0.4 * rng.NextDouble()))) : c.TypicalKgPerUnit;
            return (pieces, QuantityUnit.Pcs, pieces * each);
        }
        double mass = Math.Exp(Math.Log(500) + rng.NextDouble() * Math.Log(400));
        double r = mixed ? rng.NextDouble() : 1;
        if (r < 1.0 / 3) return (Math.Round((decimal)mass, 0), QuantityUnit.Kg, mass);
        if (r < 2.0 / 3) return (Math.Round((decimal)(mass / 1000), 3), QuantityUnit.T, mass);
        return (Math.Round((decimal)(mass / c.TypicalKgPerUnit), 2), c.DefaultUnit, mass);
    }

    GeoPoint Near((double Lat, double Lon, double Weight) town, double sigmaKm)
    {
        double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
        double r = Math.Sqrt(-2 * Math.Log(u1)) * sigmaKm;
        double north = r * Math.Cos(2 * Math.PI * u2), east = r * Math.Sin(2 * Math.PI * u2);
        return new GeoPoint(town.Lat + north / 111.2, town.Lon + east / (111.32 * Math.Cos(town.Lat * Math.PI / 180)));
    }

    int Pick(double[] weights)
    {
        double x = rng.NextDouble() * weights.Sum();
        for (int i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.Length - 1;
    }

    static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
