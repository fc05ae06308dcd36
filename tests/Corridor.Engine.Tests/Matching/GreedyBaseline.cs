using Corridor.Engine.Domain;
using Corridor.Engine.Matching;

namespace Corridor.Engine.Tests.Matching;

/// <summary>
/// What a broker does by hand: demands in date order, each takes the nearest supply that can reach it (directly, or
/// through a hub that has room) as long as the trip saves CO2. Written independently of the engine, with the same
/// rules and the same accounting, so its result is a feasible plan of the engine's model.
/// </summary>
public static class GreedyBaseline
{
    public readonly record struct Result(double ReusedMassKg, double NetCo2eKg, int Matches);

    sealed class Lot(int index, long units, double unitMassKg, int firstPeriod, int lastPeriod)
    {
        public int Index { get; } = index;
        public long Left { get; set; } = units;
        public double UnitMassKg { get; } = unitMassKg;
        public int FirstPeriod { get; } = firstPeriod;
        public int LastPeriod { get; } = lastPeriod;
    }

    public static Result Plan(MatchingInput input)
    {
        var rules = input.Rules;
        var categories = input.Categories.ToDictionary(c => c.Key);
        int days = rules.Resolution == TimeResolution.Week ? 7 : 1;
        var origin = input.Horizon.Start;
        if (days == 7) origin = origin.AddDays(-(((int)origin.DayOfWeek + 6) % 7));
        int Period(DateOnly d) => (d.DayNumber - origin.DayNumber) / days;
        DateOnly PeriodStart(int t) => origin.AddDays(t * days);
        DateOnly PeriodEnd(int t) => origin.AddDays(t * days + days - 1);
        int periods = Period(input.Horizon.End) + 1;
        double Road(GeoPoint a, GeoPoint b) => a.DistanceKmTo(b) * rules.DetourFactor;
        static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
        static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

        var supplies = new List<Lot>();
        for (int i = 0; i < input.Supply.Count; i++)
        {
            var s = input.Supply[i];
            if (!categories.TryGetValue(s.CategoryKey, out var c) || s.IsHazardous || s.Grade == QualityGrade.C) continue;
            var worst = rules.MinimumGradeByCategory.TryGetValue(s.CategoryKey, out var g) ? g : QualityGrade.B;
            if (s.Grade > worst) continue;
            var from = Max(s.AvailableFrom, input.Horizon.Start);
            var to = Min(s.AvailableTo, input.Horizon.End);
            if (from > to) continue;
            var (units, mass) = Units(c, s.Quantity, s.Unit, s.MassKg);
            units -= rules.FixedFlows.Where(f => f.SupplyLot == s.Id).Sum(f => (long)Math.Round((double)f.Quantity / QuantityPerUnit(c, s.Quantity, s.Unit, s.MassKg, mass)));
            if (units > 0) supplies.Add(new Lot(i, units, mass, Period(from), Period(to)));
        }
        var free = new double[input.Hubs.Count, periods];
        for (int h = 0; h < input.Hubs.Count; h++)
        {
            for (int t = 0; t < periods; t++) free[h, t] = input.Hubs[h].StorageAreaM2;
        }

        double reused = 0, net = 0;
        int matches = 0;
        foreach (int j in Enumerable.Range(0, input.Demand.Count).OrderBy(j => input.Demand[j].NeededFrom).ThenBy(j => input.Demand[j].Id, StringComparer.Ordinal))
        {
            var d = input.Demand[j];
            if (!categories.TryGetValue(d.CategoryKey, out var c)) continue;
            var dFrom = Max(d.NeededFrom, input.Horizon.Start);
            var dTo = Min(d.NeededTo, input.Horizon.End);
            if (dFrom > dTo) continue;
            var (need, _) = Units(c, d.Quantity, d.Unit, d.MassKg);
            need -= rules.FixedFlows.Where(f => f.DemandLot == d.Id).Sum(f => FixedUnits(input, f, categories));
            int da = Period(dFrom), db = Period(dTo);
            var tried = new HashSet<(int, int)>();
            while (need > 0)
            {
                // Every route still open for this demand, nearest first.
                (double Km, Lot Lot, int Hub, int T1, int T2)? best = null;
                foreach (var lot in supplies)
                {
                    var s = input.Supply[lot.Index];
                    if (lot.Left == 0 || s.CategoryKey != d.CategoryKey || s.Grade > (d.MinimumGrade is QualityGrade.A ? QualityGrade.A : QualityGrade.B)) continue;
                    var sFrom = Max(s.AvailableFrom, input.Horizon.Start);
                    var sTo = Min(s.AvailableTo, input.Horizon.End);
                    for (int t = Math.Max(lot.FirstPeriod, da); t <= Math.Min(lot.LastPeriod, db); t++)
                    {
                        double km = Road(s.Location, d.Location);
                        if (Max(sFrom, PeriodStart(t)) <= Min(dTo, PeriodEnd(t)) && km <= rules.MaxDistanceKm && !tried.Contains((lot.Index, -1)))
                        {
                            if (best is null || km < best.Value.Km) best = (km, lot, -1, t, t);
                            break;
                        }
                    }
                    for (int h = 0; h < input.Hubs.Count; h++)
                    {
                        var hub = input.Hubs[h];
                        if (tried.Contains((lot.Index, h)) || hub.AcceptedCategoryKeys.Count > 0 && !hub.AcceptedCategoryKeys.Contains(d.CategoryKey)) continue;
                        var open = Max(hub.Opens ?? input.Horizon.Start, input.Horizon.Start);
                        var close = Min(hub.Closes ?? input.Horizon.End, input.Horizon.End);
                        if (open > close) continue;
                        // A hub counts as open in the periods it is open all through.
                        int openFirst = Period(open) + (hub.Opens is { } o && o > PeriodStart(Period(open)) ? 1 : 0);
                        int openLast = Period(close) - (hub.Closes is { } x && x < PeriodEnd(Period(close)) ? 1 : 0);
                        int first = Math.Max(lot.FirstPeriod, openFirst), last = Math.Min(lot.LastPeriod, openLast - 1);
                        int dFirst = Math.Max(da, openFirst + 1), dLast = Math.Min(db, openLast);
                        int t1 = Math.Min(last, dFirst - 1);
                        if (t1 < first) t1 = first;
                        int t2 = Math.Max(dFirst, t1 + 1);
                        if (t1 > last || t2 > dLast) continue;
                        double km = Road(s.Location, hub.Location) + Road(hub.Location, d.Location);
                        if (Road(s.Location, hub.Location) > rules.MaxDistanceKm || Road(hub.Location, d.Location) > rules.MaxDistanceKm) continue;
                        if (best is null || km < best.Value.Km) best = (km, lot, h, t1, t2);
                    }
                }
                if (best is not { } route) break;
                var (routeKm, chosen, hubIndex, pickup, delivery) = route;
                tried.Add((chosen.Index, hubIndex));
                double m = chosen.UnitMassKg, tonnes = m / 1000;
                double perUnit = tonnes * routeKm * rules.Vehicle.Co2eKgPerTonneKm - (c.EmbodiedCo2eKgPerKg + c.EndOfLifeCo2eKgPerKg) * m;
                if (hubIndex >= 0) perUnit += tonnes * (rules.HandlingCo2eKgPerTonne + rules.StorageCo2eKgPerTonneDay * days * (delivery - pickup));
                if (perUnit >= 0) continue;
                long units = Math.Min(need, chosen.Left);
                if (hubIndex >= 0)
                {
                    double area = c.StorageM2PerTonne * tonnes;
                    for (int t = pickup; t < delivery; t++) units = Math.Min(units, area > 0 ? (long)Math.Floor(free[hubIndex, t] / area * (1 - 1e-12)) : units);
                    if (units <= 0) continue;
                    for (int t = pickup; t < delivery; t++) free[hubIndex, t] -= units * area;
                }
                chosen.Left -= units;
                need -= units;
                reused += units * m;
                net += units * perUnit;
                matches++;
            }
        }
        return new Result(reused, net, matches);
    }

    // The engine's flow units: whole pieces of the lot's piece mass (to the gram), or whole kg.
    static (long Units, double UnitMassKg) Units(MaterialCategory c, decimal quantity, QuantityUnit unit, double massKg)
    {
        if (quantity <= 0 || massKg <= 0) return (0, 0);
        if (c.DefaultUnit != QuantityUnit.Pcs) return ((long)Math.Floor(massKg), 1);
        if (unit == QuantityUnit.Pcs) return ((long)Math.Floor(quantity), Math.Round(massKg / (double)quantity * 1000) / 1000);
        double typical = Math.Round(c.TypicalKgPerUnit * 1000) / 1000;
        return ((long)Math.Floor(massKg / typical), typical);
    }

    static double QuantityPerUnit(MaterialCategory c, decimal quantity, QuantityUnit unit, double massKg, double unitMassKg) =>
        c.DefaultUnit == QuantityUnit.Pcs && unit == QuantityUnit.Pcs ? 1 : (double)quantity / massKg * unitMassKg;

    static long FixedUnits(MatchingInput input, FixedFlow f, Dictionary<string, MaterialCategory> categories)
    {
        var s = input.Supply.Single(x => x.Id == f.SupplyLot);
        var c = categories[s.CategoryKey];
        var (_, mass) = Units(c, s.Quantity, s.Unit, s.MassKg);
        return (long)Math.Round((double)f.Quantity / QuantityPerUnit(c, s.Quantity, s.Unit, s.MassKg, mass));
    }
}
