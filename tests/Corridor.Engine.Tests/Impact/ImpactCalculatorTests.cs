using Corridor.Engine.Domain;
using Corridor.Engine.Impact;

namespace Corridor.Engine.Tests.Impact;

public class ImpactCalculatorTests
{
    static readonly Dictionary<string, CategoryFactors> Factors = new()
    {
        ["doors"] = new("doors", 0.395, "ICE doors", 0.95, "renewable doors", EndOfLifeRoute.Recycle, "eol doors"),
        ["bricks"] = new("bricks", 0.24, "ICE bricks", 0, "renewable none", EndOfLifeRoute.Recycle, "eol stony"),
        ["steel_beams"] = new("steel_beams", 1.53, "ICE steel", 0, "renewable none", EndOfLifeRoute.Recycle, "eol steel"),
        ["insulation_eps"] = new("insulation_eps", 3.29, "ICE EPS", 0, "renewable none", EndOfLifeRoute.Dispose, "eol eps"),
        ["crushed_concrete_aggregate"] = new("crushed_concrete_aggregate", 0.005, "ICE gravel", 0, "renewable none", EndOfLifeRoute.Recycle, "eol stony", IsRecyclingProduct: true),
    };

    static ImpactLot Supply(int id, string category, double kg, QualityGrade? q = QualityGrade.A, int project = 1, string from = "2027-03-01",
        bool hazardous = false, LotStatus status = LotStatus.Inventoried) =>
        new()
        {
            Id = id,
            Label = $"S/{id}",
            ProjectId = project,
            Direction = LotDirection.Supply,
            CategoryKey = category,
            MassKg = kg,
            MassIsEstimated = false,
            Quality = q,
            IsHazardous = hazardous,
            Status = status,
            AvailableFrom = DateOnly.Parse(from),
        };

    static ImpactLot Demand(int id, string category, double kg, int project = 2, string from = "2027-09-01") =>
        new()
        {
            Id = id,
            Label = $"D/{id}",
            ProjectId = project,
            Direction = LotDirection.Demand,
            CategoryKey = category,
            MassKg = kg,
            MassIsEstimated = false,
            Quality = null,
            IsHazardous = false,
            Status = LotStatus.Inventoried,
            AvailableFrom = DateOnly.Parse(from),
        };

    static ImpactFlow Flow(int id, int supply, int demand, double kg, double transportKg, FlowStanding standing = FlowStanding.Agreed, string date = "2027-09-01") =>
        new()
        {
            Id = id,
            SupplyLotId = supply,
            DemandLotId = demand,
            MassKg = kg,
            DeliveryDate = DateOnly.Parse(date),
            DistanceKm = 10,
            TransportCo2eKg = transportKg,
            TransportSource = "plan transport",
            Standing = standing,
        };

    static ImpactAccount Account(ImpactLot[] lots, ImpactFlow[] flows, ImpactScope? scope = null) =>
        ImpactCalculator.Account(new ImpactData(lots, flows, Factors, ImpactAssumptions.Default), scope ?? ImpactScope.Corridor());

    [Fact]
    public void Account_OneAcceptedReuseMatch_SplitsInputOutputAndCarbon()
    {
        // 1000 kg of doors (grade A) released, 800 kg needed, 600 kg matched and accepted, 12 kg CO2e transport.
        ImpactLot[] lots = [Supply(1, "doors", 1000), Demand(2, "doors", 800)];

        var a = Account(lots, [Flow(10, 1, 2, 600, 12)]);

        // Input 800: reused 600, primary 200 of which renewable 200 × 0.95 = 190, non-renewable 10.
        Assert.Equal(800, a.Input.TotalKg.Value!.Value, 9);
        Assert.Equal(600, a.Input.SecondaryReused.Kg.Value!.Value, 9);
        Assert.Equal(0, a.Input.SecondaryRecycled.Kg.Value!.Value, 9);
        Assert.Equal(190, a.Input.PrimaryRenewable.Kg.Value!.Value, 9);
        Assert.Equal(10, a.Input.PrimaryNonRenewable.Kg.Value!.Value, 9);
        // Circular input (600 + 0 + 190) / 800 = 98.75%; reused share 600 / 800 = 75%.
        Assert.Equal(98.75, a.Input.CircularInputPercent.Value!.Value, 9);
        Assert.Equal(75, a.Input.SecondaryReused.Percent.Value!.Value, 9);
        Assert.Equal(75, a.PrimaryRawMaterialReductionPercent.Value!.Value, 9);
        // Output 1000: 600 for reuse, the unplaced 400 follow the doors' route (recycle).
        Assert.Equal(600, a.Output.AvailableForReuse.Kg.Value!.Value, 9);
        Assert.Equal(400, a.Output.ForRecycling.Kg.Value!.Value, 9);
        Assert.Equal(0, a.Output.Lost.Kg.Value!.Value, 9);
        // Avoided 600 × 0.395 = 237; net 237 − 12 − 0 = 225.
        Assert.Equal(237, a.Carbon.AvoidedEmbodiedCo2eKg.Value!.Value, 9);
        Assert.Equal(12, a.Carbon.TransportCo2eKg.Value!.Value, 9);
        Assert.Equal(225, a.Carbon.NetAvoidedCo2eKg.Value!.Value, 9);
        // Material-bound: primary 200 × 0.395 = 79, plus the reused part's transport 12 = 91.
        Assert.Equal(91, a.Carbon.MaterialBoundCo2eKg.Value!.Value, 9);
        Assert.Equal(600, a.PrimaryMaterialAvoidedKg.Value!.Value, 9);
        var step = Assert.Single(a.RLadder);
        Assert.Equal(RStep.R3Reuse, step.Step);
    }

    [Fact]
    public void Account_GradeBReuseAndGranulateRecycling_CountsReconditioningAndRecycledInput()
    {
        // Bricks grade B: 1500 kg installed (realised), transport 30. Granulate: 4000 kg accepted, transport 20.
        ImpactLot[] lots =
        [
            Supply(1, "bricks", 2000, QualityGrade.B), Demand(2, "bricks", 1500),
            Supply(3, "crushed_concrete_aggregate", 10000, QualityGrade.C), Demand(4, "crushed_concrete_aggregate", 4000),
        ];
        ImpactFlow[] flows = [Flow(10, 1, 2, 1500, 30, FlowStanding.Realised), Flow(11, 3, 4, 4000, 20)];

        var a = Account(lots, flows);

        // Bricks: avoided 1500 × 0.24 = 360, reconditioning 10% × 360 = 36, net 360 − 30 − 36 = 294 (R4).
        // Granulate: avoided 4000 × 0.005 = 20, processing 4000 × 0.003 = 12, net 20 − 20 − 12 = −12 (R8).
        Assert.Equal(380, a.Carbon.AvoidedEmbodiedCo2eKg.Value!.Value, 9);
        Assert.Equal(50, a.Carbon.TransportCo2eKg.Value!.Value, 9);
        Assert.Equal(48, a.Carbon.ReconditioningCo2eKg.Value!.Value, 9);
        Assert.Equal(282, a.Carbon.NetAvoidedCo2eKg.Value!.Value, 9);
        // Input 5500 = reused 1500 + recycled 4000; nothing primary, so 100% circular.
        Assert.Equal(1500, a.Input.SecondaryReused.Kg.Value!.Value, 9);
        Assert.Equal(4000, a.Input.SecondaryRecycled.Kg.Value!.Value, 9);
        Assert.Equal(100, a.Input.CircularInputPercent.Value!.Value, 9);
        Assert.Equal(1500, a.RealisedSecondaryKg.Value!.Value, 9);
        // Output 12000: reuse 1500 (12.5%); recycling 500 unplaced bricks + 4000 matched granulate + 6000 unplaced = 10500 (87.5%).
        Assert.Equal(12000, a.Output.TotalKg.Value!.Value, 9);
        Assert.Equal(12.5, a.Output.AvailableForReuse.Percent.Value!.Value, 9);
        Assert.Equal(10500, a.Output.ForRecycling.Kg.Value!.Value, 9);
        Assert.Equal([RStep.R4Repair, RStep.R8Recycle], a.RLadder.Select(r => r.Step));
    }

    [Fact]
    public void Account_OverAllocatedSupply_CountsWhatIsLeftAndScalesTransport()
    {
        // 1000 kg of steel; the first match (earlier) takes 700, the second asks 700 but only 300 are left.
        ImpactLot[] lots = [Supply(1, "steel_beams", 1000), Demand(2, "steel_beams", 700), Demand(3, "steel_beams", 700)];
        ImpactFlow[] flows = [Flow(11, 1, 3, 700, 7, date: "2027-02-10"), Flow(10, 1, 2, 700, 7, date: "2027-01-10")];

        var a = Account(lots, flows);

        // Counted 700 + 300 = 1000 kg; transport 7 + 7 × 300/700 = 10; avoided 1000 × 1.53 = 1530; net 1520.
        Assert.Equal(1000, a.Input.SecondaryReused.Kg.Value!.Value, 9);
        Assert.Equal(10, a.Carbon.TransportCo2eKg.Value!.Value, 9);
        Assert.Equal(1520, a.Carbon.NetAvoidedCo2eKg.Value!.Value, 9);
        Assert.Equal(300, a.Flows.Single(f => f.MatchId == 11).MassKg, 9);
        Assert.Contains(a.Notes, n => n.Contains("Match 11", StringComparison.Ordinal) && n.Contains("300 kg counted", StringComparison.Ordinal));
    }

    [Fact]
    public void Account_ProposedMatch_IsPotentialOnly()
    {
        ImpactLot[] lots = [Supply(1, "steel_beams", 1000), Demand(2, "steel_beams", 500)];

        var a = Account(lots, [Flow(10, 1, 2, 500, 5, FlowStanding.Potential)]);

        // Nothing counted: input 500 all primary (steel is not renewable), 0% circular.
        Assert.Equal(0, a.Input.CircularInputPercent.Value!.Value, 9);
        Assert.Equal(0, a.Carbon.NetAvoidedCo2eKg.Value!.Value, 9);
        Assert.Empty(a.RLadder);
        // Potential: 500 kg, net 500 × 1.53 − 5 = 760 kg CO2e, 100% circular if accepted.
        Assert.Equal(1, a.Potential.Flows);
        Assert.Equal(500, a.Potential.SecondaryInputKg.Value!.Value, 9);
        Assert.Equal(760, a.Potential.NetAvoidedCo2eKg.Value!.Value, 9);
        Assert.Equal(100, a.Potential.CircularInputPercentIfAccepted.Value!.Value, 9);
        Assert.Equal(FlowStanding.Potential, Assert.Single(a.Flows).Standing);
    }

    [Fact]
    public void Account_UnplacedHazardousDisposedAndDisposeRoute_CountAsLost()
    {
        // EPS 100 kg (route dispose) → lost; bricks 200 kg hazardous → lost; bricks 300 kg disposed → lost;
        // bricks 400 kg recycled → recycling; steel 500 kg inventoried → its route, recycling.
        ImpactLot[] lots =
        [
            Supply(1, "insulation_eps", 100), Supply(2, "bricks", 200, hazardous: true), Supply(3, "bricks", 300, status: LotStatus.Disposed),
            Supply(4, "bricks", 400, status: LotStatus.Recycled), Supply(5, "steel_beams", 500),
        ];

        var a = Account(lots, []);

        Assert.Equal(1500, a.Output.TotalKg.Value!.Value, 9);
        Assert.Equal(600, a.Output.Lost.Kg.Value!.Value, 9);
        Assert.Equal(900, a.Output.ForRecycling.Kg.Value!.Value, 9);
        Assert.Equal(40, a.Output.Lost.Percent.Value!.Value, 9);
        Assert.Null(a.Input.CircularInputPercent.Value);
    }

    [Fact]
    public void Account_PeriodAndProjectScope_FollowTheLotDates()
    {
        // Two demand lots of project 2 in Q3 and Q4 2027, each fully served from project 1.
        ImpactLot[] lots =
        [
            Supply(1, "doors", 1000, from: "2027-03-01"), Demand(2, "doors", 400, from: "2027-08-01"), Demand(3, "doors", 600, from: "2027-11-01"),
        ];
        ImpactFlow[] flows = [Flow(10, 1, 2, 400, 4), Flow(11, 1, 3, 600, 6)];

        var q3 = Account(lots, flows, ImpactScope.Corridor(new DateOnly(2027, 7, 1), new DateOnly(2027, 9, 30)));
        var donor = Account(lots, flows, ImpactScope.Project(1));

        // Q3 holds the 400 kg lot and its flow only: avoided 400 × 0.395 = 158, net 158 − 4 = 154. No supply lot dated in Q3.
        Assert.Equal(400, q3.Input.TotalKg.Value!.Value, 9);
        Assert.Equal(154, q3.Carbon.NetAvoidedCo2eKg.Value!.Value, 9);
        Assert.Equal(0, q3.Output.TotalKg.Value!.Value, 9);
        // The donor project: no input, output 1000 all for reuse, both flows' carbon: 1000 × 0.395 − 10 = 385.
        Assert.Equal(0, donor.Input.TotalKg.Value!.Value, 9);
        Assert.Equal(100, donor.Output.AvailableForReuse.Percent.Value!.Value, 9);
        Assert.Equal(385, donor.Carbon.NetAvoidedCo2eKg.Value!.Value, 9);
    }

    [Fact]
    public void Account_EveryFigure_CarriesUnitMethodAndSources()
    {
        var a = Account([Supply(1, "doors", 1000), Demand(2, "doors", 800)], [Flow(10, 1, 2, 600, 12)]);

        Figure[] figures =
        [
            a.Input.TotalKg, a.Input.CircularInputPercent, a.Input.PrimaryRenewable.Kg, a.Output.ForRecycling.Kg,
            a.Carbon.AvoidedEmbodiedCo2eKg, a.Carbon.NetAvoidedCo2eKg, a.Carbon.MaterialBoundCo2eKg, a.PrimaryMaterialAvoidedKg,
        ];
        Assert.All(figures, f =>
        {
            Assert.False(string.IsNullOrEmpty(f.Unit));
            Assert.Contains(ImpactCalculator.Method, f.Method, StringComparison.Ordinal);
            Assert.NotEmpty(f.Sources);
        });
        Assert.Contains("ICE doors", a.Carbon.AvoidedEmbodiedCo2eKg.Sources);
        Assert.Contains("plan transport", a.Carbon.TransportCo2eKg.Sources);
        Assert.Contains("renewable doors", a.Input.PrimaryRenewable.Kg.Sources);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Account_RandomCorridor_SplitsSumToTotals(int seed)
    {
        var random = new Random(seed);
        var keys = Factors.Keys.ToArray();
        var lots = Enumerable.Range(1, 40).Select(i =>
        {
            var key = keys[random.Next(keys.Length)];
            var from = new DateOnly(2027, 1, 1).AddDays(random.Next(700));
            var kg = random.Next(1, 5000);
            return i % 2 == 0
                ? Demand(i, key, kg, project: random.Next(1, 5), from: from.ToString("O"))
                : Supply(i, key, kg, (QualityGrade)random.Next(3), random.Next(1, 5), from.ToString("O"), random.Next(10) == 0);
        }).ToArray();
        var flows = Enumerable.Range(1, 60).Select(i => Flow(i, 2 * random.Next(20) + 1, 2 * random.Next(1, 21), random.Next(1, 3000),
            random.Next(0, 50), (FlowStanding)random.Next(3))).ToArray();

        foreach (var scope in new[] { ImpactScope.Corridor(), ImpactScope.Project(2), ImpactScope.Corridor(new DateOnly(2027, 4, 1), new DateOnly(2027, 12, 31)) })
        {
            var a = Account(lots, flows, scope);

            var i = a.Input;
            Assert.Equal(i.TotalKg.Value!.Value, i.PrimaryNonRenewable.Kg.Value!.Value + i.PrimaryRenewable.Kg.Value!.Value
                + i.SecondaryReused.Kg.Value!.Value + i.SecondaryRecycled.Kg.Value!.Value, 6);
            var o = a.Output;
            Assert.Equal(o.TotalKg.Value!.Value, o.AvailableForReuse.Kg.Value!.Value + o.ForRecycling.Kg.Value!.Value + o.Lost.Kg.Value!.Value, 6);
            if (i.TotalKg.Value > 0)
            {
                Assert.Equal(100, i.PrimaryNonRenewable.Percent.Value!.Value + i.PrimaryRenewable.Percent.Value!.Value
                    + i.SecondaryReused.Percent.Value!.Value + i.SecondaryRecycled.Percent.Value!.Value, 6);
            }
            var c = a.Carbon;
            Assert.Equal(c.NetAvoidedCo2eKg.Value!.Value, c.AvoidedEmbodiedCo2eKg.Value!.Value - c.TransportCo2eKg.Value!.Value - c.ReconditioningCo2eKg.Value!.Value, 6);
            Assert.Equal(c.NetAvoidedCo2eKg.Value!.Value, a.Categories.Sum(x => x.NetAvoidedCo2eKg), 6);
            Assert.Equal(a.RLadder.Sum(r => r.MassKg), a.Flows.Where(f => f.Standing != FlowStanding.Potential).Sum(f => f.MassKg), 6);
        }
    }

    [Fact]
    public void Account_LotWithUnknownCategory_ThrowsNamingTheLot()
    {
        var e = Assert.Throws<ArgumentException>(() => Account([Supply(1, "unobtainium", 10)], []));

        Assert.Contains("S/1", e.Message, StringComparison.Ordinal);
    }
}
