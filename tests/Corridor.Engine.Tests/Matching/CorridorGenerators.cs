using Corridor.Engine.Domain;
using Corridor.Engine.Matching;
using FsCheck;
using FsCheck.Fluent;
using static Corridor.Engine.Tests.Matching.Corridors;

namespace Corridor.Engine.Tests.Matching;

/// <summary>A generated corridor, shown compactly when a property fails.</summary>
public sealed record CorridorCase(MatchingInput Input)
{
    public override string ToString()
    {
        var r = Input.Rules;
        var lines = new List<string>
        {
            $"rules: max {r.MaxDistanceKm} km, {r.Vehicle.Name} {r.Vehicle.Co2eKgPerTonneKm}, handling {r.HandlingCo2eKgPerTonne}, storage {r.StorageCo2eKgPerTonneDay}/day, {r.Resolution}, min grades [{string.Join(",", r.MinimumGradeByCategory)}]",
            $"rules of the game: exclude hazardous {r.ExcludeHazardous}, priority bonus {r.PriorityBonusCo2eKgPerTonne} kg/t, reuse before recycling {r.ReuseBeforeRecycling}",
        };
        lines.AddRange(Input.Supply.Select(s => $"supply {s.Id} {s.CategoryKey} {s.Quantity} {s.Unit} {s.MassKg:F1} kg {s.Grade}{(s.IsHazardous ? " haz" : "")} ({s.Location.Latitude:F3},{s.Location.Longitude:F3}) {s.AvailableFrom}..{s.AvailableTo}"));
        lines.AddRange(Input.Demand.Select(d => $"demand {d.Id} {d.CategoryKey} {d.Quantity} {d.Unit} {d.MassKg:F1} kg min {d.MinimumGrade} ({d.Location.Latitude:F3},{d.Location.Longitude:F3}) {d.NeededFrom}..{d.NeededTo} priority {d.Priority}"));
        lines.AddRange(Input.Hubs.Select(h => $"hub {h.Code} {h.StorageAreaM2} m2 [{string.Join(",", h.AcceptedCategoryKeys)}] ({h.Location.Latitude:F3},{h.Location.Longitude:F3}) {h.Opens}..{h.Closes}"));
        lines.AddRange(r.FixedFlows.Select(f => $"fixed {f.SupplyLot} -> {f.DemandLot} via {f.Hub} {f.Quantity} {f.PickupDate}..{f.DeliveryDate}"));
        return Environment.NewLine + string.Join(Environment.NewLine, lines);
    }
}

/// <summary>
/// Random small corridors: up to ten supply and ten demand lots of four categories (pieces and mass) within about
/// 80 × 40 km, three hubs at most, a 12-week horizon by day or week, every grade, some hazardous lots, odd piece
/// masses, hub opening dates and sometimes a fixed flow. With the rules of the game on, demand lots get priorities 0–3,
/// hazardous lots may be reused and reuse goes before recycling.
/// </summary>
public static class CorridorGenerators
{
    static readonly DateOnly Start = new(2026, 1, 5);
    static readonly DateOnly End = Start.AddDays(83);

    /// <param name="uncapacitated">Every hub has unlimited area.</param>
    /// <param name="freeLogistics">Transport, handling and storage emit nothing.</param>
    /// <param name="rulesOfTheGame">
    /// Random demand priorities (0–3, bonus 0–2,500 kg/t), hazardous lots allowed and reuse before recycling.
    /// </param>
    public static Gen<CorridorCase> Corridor(bool uncapacitated = false, bool freeLogistics = false, bool rulesOfTheGame = false) =>
        from supplyCount in Gen.Choose(0, 10)
        from demandCount in Gen.Choose(0, 10)
        from hubCount in Gen.Choose(0, 3)
        from supplies in SupplyLot().ArrayOf(supplyCount)
        from demands in DemandLot(rulesOfTheGame).ArrayOf(demandCount)
        from hubs in HubGen(uncapacitated).ArrayOf(hubCount)
        from rules in RulesGen(freeLogistics, rulesOfTheGame)
        from fixedPick in Gen.Choose(0, 1000)
        select Build(supplies, demands, hubs, rules, fixedPick);

    static CorridorCase Build(SupplyLot[] supplies, DemandLot[] demands, Hub[] hubs, MatchingRules rules, int fixedPick)
    {
        var s = supplies.Select((x, i) => x with { Id = $"DONOR{i % 3}/S{i}" }).ToList();
        var d = demands.Select((x, i) => x with { Id = $"NEW{i % 3}/D{i}" }).ToList();
        var h = hubs.Select((x, i) => x with { Code = $"H{i}" }).ToList();
        var fixedFlows = new List<FixedFlow>();
        // One pieces pair in three gets a fixed flow of a quarter of the smaller lot, direct or through an unlimited hub.
        var pairs = (from a in s from b in d
                     where a.CategoryKey == b.CategoryKey && a.Unit == QuantityUnit.Pcs && a.Quantity >= 4 && b.Quantity >= 4
                     select (a, b)).ToList();
        if (pairs.Count > 0 && fixedPick % 3 == 0)
        {
            var (a, b) = pairs[fixedPick % pairs.Count];
            var hub = h.FirstOrDefault(x => double.IsPositiveInfinity(x.StorageAreaM2));
            var delivery = b.NeededFrom > a.AvailableFrom ? b.NeededFrom : a.AvailableFrom;
            fixedFlows.Add(new FixedFlow(a.Id, b.Id, fixedPick % 2 == 0 ? hub?.Code : null, Math.Floor(Math.Min(a.Quantity, b.Quantity) / 4), a.AvailableFrom, delivery));
        }
        return new CorridorCase(new MatchingInput(s, d, h, All, rules with { FixedFlows = fixedFlows }, new PlanningHorizon(Start, End)));
    }

    static Gen<GeoPoint> Place() =>
        from x in Gen.Choose(0, 80)
        from y in Gen.Choose(0, 40)
        select At(x, y);

    static Gen<(DateOnly From, DateOnly To)> Window() =>
        from start in Gen.Choose(-10, 80)
        from length in Gen.Frequency((4, Gen.Choose(0, 30)), (1, Gen.Choose(30, 60)))
        select (Start.AddDays(start), Start.AddDays(start + length));

    static Gen<(MaterialCategory Category, decimal Quantity, double MassKg)> Amount() =>
        from category in Gen.Elements(Doors, Doors, SteelBeams, SteelBeams, Bricks, Glass)
        from count in Gen.Choose(1, 60)
        from odd in Gen.Frequency((3, Gen.Constant(1.0)), (1, Gen.Choose(70, 130).Select(p => p / 100.0)))
        select category.DefaultUnit == QuantityUnit.Pcs
            ? (category, (decimal)count, count * category.TypicalKgPerUnit * odd)
            : (category, (decimal)(count * 5), count * 5 * category.TypicalKgPerUnit * odd);

    static Gen<SupplyLot> SupplyLot() =>
        from amount in Amount()
        from at in Place()
        from window in Window()
        from grade in Gen.Frequency((5, Gen.Constant(QualityGrade.A)), (4, Gen.Constant(QualityGrade.B)), (1, Gen.Constant(QualityGrade.C)))
        from hazardous in Gen.Frequency((12, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new SupplyLot
        {
            Id = "",
            CategoryKey = amount.Category.Key,
            Quantity = amount.Quantity,
            Unit = amount.Category.DefaultUnit,
            MassKg = amount.MassKg,
            Grade = grade,
            IsHazardous = hazardous,
            Location = at,
            AvailableFrom = window.From,
            AvailableTo = window.To,
        };

    static Gen<DemandLot> DemandLot(bool priorities) =>
        from amount in Amount()
        from at in Place()
        from window in Window()
        from minimum in Gen.Elements<QualityGrade?>(null, null, QualityGrade.A, QualityGrade.B, QualityGrade.C)
        from priority in priorities ? Gen.Elements(0, 0, 1, 2, 3) : Gen.Constant(0)
        select new DemandLot
        {
            Id = "",
            CategoryKey = amount.Category.Key,
            Quantity = amount.Quantity,
            Unit = amount.Category.DefaultUnit,
            MassKg = amount.MassKg,
            MinimumGrade = minimum,
            Location = at,
            NeededFrom = window.From,
            NeededTo = window.To,
            Priority = priority,
        };

    static Gen<Hub> HubGen(bool uncapacitated) =>
        from at in Place()
        from area in uncapacitated ? Gen.Constant(double.PositiveInfinity) : Gen.Elements(0.5, 2.0, 8.0, 30.0, 120.0, double.PositiveInfinity)
        from accepts in Gen.Frequency((3, Gen.Constant(Array.Empty<string>())), (1, Gen.SubListOf(All.Select(c => c.Key).ToArray()).Select(l => l.ToArray())))
        from opens in Gen.Frequency((4, Gen.Constant<DateOnly?>(null)), (1, Gen.Choose(0, 40).Select(x => (DateOnly?)Start.AddDays(x))))
        from closes in Gen.Frequency((4, Gen.Constant<DateOnly?>(null)), (1, Gen.Choose(30, 83).Select(x => (DateOnly?)Start.AddDays(x))))
        select new Hub("", at, area, accepts, opens, closes);

    static Gen<MatchingRules> RulesGen(bool freeLogistics, bool rulesOfTheGame) =>
        from maxKm in Gen.Elements(30.0, 60.0, 100.0, 200.0)
        from vehicle in freeLogistics
            ? Gen.Constant(VehicleClass.Electric())
            : Gen.Elements(VehicleClass.ArticulatedOver33t, VehicleClass.Rigid7_5To17t, VehicleClass.RailFreight, VehicleClass.AllHgvs)
        from handling in freeLogistics ? Gen.Constant(0.0) : Gen.Elements(0.0, 1.0, 5.0)
        from storage in freeLogistics ? Gen.Constant(0.0) : Gen.Elements(0.0, 0.01, 0.2)
        from resolution in Gen.Elements(TimeResolution.Week, TimeResolution.Day)
        from strictDoors in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from priorityBonus in rulesOfTheGame ? Gen.Elements(0.0, 250.0, 1000.0, 2500.0) : Gen.Constant(1000.0)
        select new MatchingRules
        {
            MaxDistanceKm = maxKm,
            Vehicle = vehicle,
            HandlingCo2eKgPerTonne = handling,
            StorageCo2eKgPerTonneDay = storage,
            Resolution = resolution,
            MinimumGradeByCategory = strictDoors ? new Dictionary<string, QualityGrade> { ["doors"] = QualityGrade.A } : new Dictionary<string, QualityGrade>(),
            PriorityBonusCo2eKgPerTonne = priorityBonus,
            ExcludeHazardous = !rulesOfTheGame,
            ReuseBeforeRecycling = rulesOfTheGame,
        };
}
