using Corridor.Engine.Domain;
using Corridor.Engine.Matching;

namespace Corridor.Bench;

/// <summary>
/// A national corridor for the matching benchmark: lots around 35 Dutch cities (weighted by size, 6 km spread), hubs
/// near cities, windows of 1–8 weeks over the horizon, masses log-uniform. The same arguments give the same corridor.
/// </summary>
public sealed class MatchingCorridorGenerator(int seed)
{
    static readonly (double Lat, double Lon, double Weight)[] Cities =
    [
        (52.37, 4.90, 9), (51.92, 4.48, 7), (52.08, 4.30, 6), (52.09, 5.12, 4), (51.44, 5.47, 3), (53.22, 6.57, 2.5),
        (51.56, 5.09, 2.2), (52.37, 5.21, 2.2), (51.59, 4.78, 2), (51.84, 5.86, 2), (52.21, 5.97, 1.7), (51.98, 5.91, 1.6),
        (52.38, 4.64, 1.6), (52.22, 6.89, 1.6), (52.16, 5.39, 1.6), (52.44, 4.81, 1.5), (51.69, 5.30, 1.5), (52.52, 6.08, 1.3),
        (53.20, 5.80, 1.2), (50.85, 5.69, 1.2), (52.16, 4.49, 1.2), (51.81, 4.67, 1.2), (52.63, 4.75, 1.1), (52.78, 6.90, 1.0),
        (51.37, 6.17, 1.0), (52.01, 4.36, 1.0), (52.25, 6.16, 1.0), (51.48, 5.66, 0.9), (52.64, 5.06, 0.7), (51.50, 3.61, 0.5),
        (52.99, 6.56, 0.6), (52.52, 5.47, 0.8), (50.89, 5.98, 0.9), (52.96, 4.76, 0.5), (51.53, 4.46, 0.7),
    ];

    readonly Random rng = new(seed);

    public MatchingInput Generate(int lots, int hubs, int weeks, double maxHubAreaM2, IReadOnlyList<MaterialCategory> categories, MatchingRules rules)
    {
        var start = new DateOnly(2026, 1, 5);
        var end = start.AddDays(7 * weeks - 1);
        var categoryWeights = categories.Select((_, i) => 1.0 / (1 + i % 13)).ToArray();
        var supply = new List<SupplyLot>(lots / 2);
        var demand = new List<DemandLot>(lots / 2);
        for (int i = 0; i < lots; i++)
        {
            var c = categories[Pick(categoryWeights)];
            var at = Near(Cities[Pick(Cities.Select(x => x.Weight).ToArray())], 6);
            var (quantity, mass) = Amount(c);
            int startWeek = rng.Next(weeks);
            var from = start.AddDays(7 * startWeek + rng.Next(5));
            if (i % 2 == 0)
            {
                var to = Min(from.AddDays(7 * rng.Next(1, 7) - 3), end);
                var grade = rng.NextDouble() switch { < 0.5 => QualityGrade.A, < 0.9 => QualityGrade.B, _ => QualityGrade.C };
                supply.Add(new SupplyLot
                {
                    Id = $"D{i / 20:D5}/S{i:D6}",
                    CategoryKey = c.Key,
                    Quantity = quantity,
                    Unit = c.DefaultUnit,
                    MassKg = mass,
                    Grade = grade,
                    IsHazardous = rng.NextDouble() < 0.02,
                    Location = at,
                    AvailableFrom = from,
                    AvailableTo = to,
                });
            }
            else
            {
                var to = Min(from.AddDays(7 * rng.Next(1, 9) - 3), end);
                QualityGrade? minimum = rng.NextDouble() switch { < 0.6 => null, < 0.9 => QualityGrade.A, _ => QualityGrade.B };
                demand.Add(new DemandLot
                {
                    Id = $"R{i / 20:D5}/N{i:D6}",
                    CategoryKey = c.Key,
                    Quantity = quantity,
                    Unit = c.DefaultUnit,
                    MassKg = mass,
                    MinimumGrade = minimum,
                    Location = at,
                    NeededFrom = from,
                    NeededTo = to,
                });
            }
        }
        var hubList = Enumerable.Range(0, hubs).Select(h =>
        {
            var accepts = rng.NextDouble() < 0.6 ? [] : categories.Where(_ => rng.NextDouble() < 0.6).Select(c => c.Key).ToArray();
            return new Hub($"HUB{h:D2}", Near(Cities[Pick(Cities.Select(x => x.Weight).ToArray())], 10), Math.Round(maxHubAreaM2 * (0.1 + 0.9 * rng.NextDouble())), accepts);
        }).ToList();
        return new MatchingInput(supply, demand, hubList, categories, rules, new PlanningHorizon(start, end));
    }

    // Pieces: 5–400 of the typical mass (one in fifty weighed, to the kg). Other units: 0.5–200 t.
    (decimal Quantity, double MassKg) Amount(MaterialCategory c)
    {
        if (c.DefaultUnit == QuantityUnit.Pcs)
        {
            int pieces = (int)Math.Round(Math.Exp(Math.Log(5) + rng.NextDouble() * Math.Log(80)));
            double each = rng.NextDouble() < 0.02 ? Math.Max(1, Math.Round(c.TypicalKgPerUnit * (0.8 + 0.4 * rng.NextDouble()))) : c.TypicalKgPerUnit;
            return (pieces, pieces * each);
        }
        double mass = Math.Exp(Math.Log(500) + rng.NextDouble() * Math.Log(400));
        return (Math.Round((decimal)(mass / c.TypicalKgPerUnit), 2), mass);
    }

    GeoPoint Near((double Lat, double Lon, double Weight) city, double sigmaKm)
    {
        double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
        double r = Math.Sqrt(-2 * Math.Log(u1)) * sigmaKm;
        double north = r * Math.Cos(2 * Math.PI * u2), east = r * Math.Sin(2 * Math.PI * u2);
        return new GeoPoint(city.Lat + north / 111.2, city.Lon + east / (111.32 * Math.Cos(city.Lat * Math.PI / 180)));
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
