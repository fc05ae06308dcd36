using Corridor.Engine.Domain;
using Corridor.Engine.Matching;
using static Corridor.Engine.Tests.Matching.Corridors;

namespace Corridor.Engine.Tests.Matching;

/// <summary>Hazardous lots, priority classes and reuse before recycling (issue 6).</summary>
public sealed class MatcherRulesOfTheGameTests
{
    static readonly DateOnly Mar2 = new(2026, 3, 2);
    static readonly DateOnly Mar13 = new(2026, 3, 13);
    static readonly DateOnly Sep7 = new(2026, 9, 7);
    static readonly DateOnly Sep18 = new(2026, 9, 18);

    static double Road(GeoPoint a, GeoPoint b) => a.DistanceKmTo(b) * new MatchingRules().DetourFactor;

    [Fact]
    public void Plan_HazardousSupplyByDefault_IsUnmatchedAsHazardous()
    {
        var input = Input(
            [Supply("SLOOP/ASB", Doors, 100, At(0), Mar2, Mar13, hazardous: true)],
            [Demand("BOUW/D1", Doors, 100, At(5), Mar2, Mar13)],
            []);

        var plan = Matcher.Plan(input);

        Assert.Empty(plan.Matches);
        Assert.Contains(plan.Unmatched, u => u.Lot == "SLOOP/ASB" && u.Reason == UnmatchedReason.Hazardous);
    }

    [Fact]
    public void Plan_HazardousSupplyNotExcluded_IsMatched()
    {
        var input = Input(
            [Supply("SLOOP/ASB", Doors, 100, At(0), Mar2, Mar13, hazardous: true)],
            [Demand("BOUW/D1", Doors, 100, At(5), Mar2, Mar13)],
            [], new MatchingRules { ExcludeHazardous = false });

        var plan = Matcher.Plan(input);

        var match = Assert.Single(plan.Matches);
        Assert.Equal(("SLOOP/ASB", 100.0), (match.SupplyLot, match.Quantity));
        Assert.Empty(plan.Unmatched);
    }

    [Fact]
    public void Plan_HazardousGradeCNotExcluded_IsStillTooLow()
    {
        var input = Input(
            [Supply("SLOOP/ASB", Doors, 100, At(0), Mar2, Mar13, grade: QualityGrade.C, hazardous: true)],
            [Demand("BOUW/D1", Doors, 100, At(5), Mar2, Mar13, minimum: QualityGrade.C)],
            [], new MatchingRules { ExcludeHazardous = false });

        var plan = Matcher.Plan(input);

        Assert.Empty(plan.Matches);
        Assert.Contains(plan.Unmatched, u => u.Lot == "SLOOP/ASB" && u.Reason == UnmatchedReason.QualityTooLow);
    }

    // One scarce supply of 50 doors and two demands for 50: one 5 km away, one 75 km away (97.5 road km). On a rigid
    // truck (0.43 kg/t·km) the far one costs 39 kg CO2e per tonne more.
    static MatchingInput TwoDemands(int farPriority, decimal supplied = 50) => Input(
        [Supply("SLOOP/D1", Doors, supplied, At(0), Mar2, Mar13)],
        [Demand("BOUW/NEAR", Doors, 50, At(5), Mar2, Mar13), Demand("GEMEENTE/FAR", Doors, 50, At(75), Mar2, Mar13, priority: farPriority)],
        [], new MatchingRules { Vehicle = VehicleClass.Rigid7_5To17t });

    [Fact]
    public void Plan_EqualPriorities_NearerDemandWins()
    {
        var plan = Matcher.Plan(TwoDemands(farPriority: 0));

        Assert.Equal("BOUW/NEAR", Assert.Single(plan.Matches).DemandLot);
        Assert.Equal(("GEMEENTE/FAR", UnmatchedReason.CounterpartsAlreadyMatched), (Assert.Single(plan.Unmatched).Lot, plan.Unmatched[0].Reason));
        Assert.False(plan.Totals.ObjectiveIncludesVirtualBonuses);
        Assert.Equal(plan.Totals.NetCo2eKg, plan.Totals.ObjectiveCo2eKg);
    }

    [Fact]
    public void Plan_FartherDemandHasPriority_FartherWinsAndFiguresStayPhysical()
    {
        // 50 doors = 1.25 t over 97.5 road km at 0.43 kg/t·km = 52.4 kg transport; avoided 1,250 × 0.395 = 493.75 kg;
        // end of life forgone 1,250 × −0.04 = −50 kg. The bonus (1,000 kg/t × 1.25 t) is only in the objective.
        var input = TwoDemands(farPriority: 1);

        var plan = Matcher.Plan(input);

        var match = Assert.Single(plan.Matches);
        Assert.Equal("GEMEENTE/FAR", match.DemandLot);
        double km = Road(At(0), At(75));
        Assert.Equal(km, match.DistanceKm, 9);
        Assert.Equal(1.25 * km * 0.43, match.TransportCo2eKg, 9);
        Assert.Equal(1250 * 0.395, match.AvoidedCo2eKg, 9);
        double net = 1.25 * km * 0.43 - 1250 * 0.395 + 1250 * 0.04;
        var t = plan.Totals;
        Assert.Equal(net, t.NetCo2eKg, 9);
        Assert.Equal((1.25 * km * 0.43, 0.0, 0.0), (t.TransportCo2eKg, t.HandlingCo2eKg, t.StorageCo2eKg));
        Assert.Equal(net - 1.25 * 1000, t.ObjectiveCo2eKg, 9);
        Assert.True(t.ObjectiveIncludesPriorities);
        Assert.False(t.ObjectiveIncludesReuseBeforeRecycling);
        Assert.Equal(0, t.OptimalityGapPercent);
        Assert.Equal(t.ObjectiveCo2eKg, t.LowerBoundCo2eKg, 3);
        Assert.Equal(("BOUW/NEAR", UnmatchedReason.CounterpartsAlreadyMatched), (Assert.Single(plan.Unmatched).Lot, plan.Unmatched[0].Reason));
    }

    [Fact]
    public void Plan_SupplyBeyondThePriorityDemand_LeftoversGoToTheOtherDemand()
    {
        var plan = Matcher.Plan(TwoDemands(farPriority: 1, supplied: 80));

        Assert.Equal(50, Assert.Single(plan.Matches, m => m.DemandLot == "GEMEENTE/FAR").Quantity);
        Assert.Equal(30, Assert.Single(plan.Matches, m => m.DemandLot == "BOUW/NEAR").Quantity);
        var left = Assert.Single(plan.Unmatched);
        Assert.Equal(("BOUW/NEAR", 20.0), (left.Lot, left.Quantity));
    }

    [Fact]
    public void Plan_PriorityDemandOnlyReachableThroughHub_WinsOverDirectNeighbour()
    {
        // The neighbour takes the doors in March, directly; the municipal project needs them in September, through
        // the hub (handling and half a year of storage on top of the transport).
        var input = Input(
            [Supply("SLOOP/D1", Doors, 100, At(0), Mar2, Mar13)],
            [Demand("BOUW/NEAR", Doors, 100, At(2), Mar2, Mar13), Demand("GEMEENTE/SEP", Doors, 100, At(30), Sep7, Sep18, priority: 1)],
            [Hub("HUB", At(15), 1000)]);

        var plan = Matcher.Plan(input);

        var match = Assert.Single(plan.Matches);
        Assert.Equal(("GEMEENTE/SEP", "HUB"), (match.DemandLot, match.Hub));
        Assert.Equal(2.5 * 1.0, match.HandlingCo2eKg, 9);
        Assert.Equal(2.5 * match.DistanceKm * 0.078, match.TransportCo2eKg, 9);
        Assert.Equal(plan.Totals.NetCo2eKg - 2.5 * 1000, plan.Totals.ObjectiveCo2eKg, 6);
    }

    [Fact]
    public void Plan_PriorityWithZeroBonus_ChangesNothing()
    {
        var input = TwoDemands(farPriority: 3) with { Rules = new MatchingRules { Vehicle = VehicleClass.Rigid7_5To17t, PriorityBonusCo2eKgPerTonne = 0 } };

        var plan = Matcher.Plan(input);

        Assert.Equal("BOUW/NEAR", Assert.Single(plan.Matches).DemandLot);
        Assert.False(plan.Totals.ObjectiveIncludesPriorities);
    }

    // Gravel saves 0.005 − 0.002 = 0.003 kg CO2e per kg; on a rigid truck (0.43 kg/t·km) every road km costs
    // 0.00043 kg per kg, so any trip over 7 road km emits more than reuse saves.
    static readonly MatchingRules RigidTruck = new() { Vehicle = VehicleClass.Rigid7_5To17t };

    [Fact]
    public void Plan_UneconomicReuseByDefault_IsNotWorthTransporting()
    {
        var input = Input([Supply("A/G", Gravel, 20, At(0), Mar2, Mar13)], [Demand("NEW/G", Gravel, 20, At(40), Mar2, Mar13)], [], RigidTruck);

        var plan = Matcher.Plan(input);

        Assert.Empty(plan.Matches);
        Assert.All(plan.Unmatched, u => Assert.Equal(UnmatchedReason.NotWorthTransporting, u.Reason));
    }

    [Fact]
    public void Plan_UneconomicReuseBeforeRecycling_IsMatchedWithItsPhysicalEmissions()
    {
        // 20 t over 52 road km at 0.43 kg/t·km = 447 kg transport against a saving of 20,000 × 0.003 = 60 kg.
        var input = Input([Supply("A/G", Gravel, 20, At(0), Mar2, Mar13)], [Demand("NEW/G", Gravel, 20, At(40), Mar2, Mar13)], [],
            RigidTruck with { ReuseBeforeRecycling = true });

        var plan = Matcher.Plan(input);

        var match = Assert.Single(plan.Matches);
        Assert.Equal(20_000, match.MassKg, 6);
        double km = Road(At(0), At(40));
        Assert.Equal(20 * km * 0.43, match.TransportCo2eKg, 9);
        double net = 20 * km * 0.43 - 20_000 * 0.005 + 20_000 * 0.002;
        Assert.Equal(net, plan.Totals.NetCo2eKg, 6);
        Assert.True(plan.Totals.NetCo2eKg > 0);
        Assert.Equal(net - 20_000 * MatchingRules.ReuseBonusCo2eKgPerKg, plan.Totals.ObjectiveCo2eKg, 6);
        Assert.True(plan.Totals.ObjectiveIncludesReuseBeforeRecycling);
        Assert.Empty(plan.Unmatched);
    }

    [Fact]
    public void Plan_UneconomicReuseBeforeRecyclingThroughHub_IsMatchedWithPhysicalHandlingAndStorage()
    {
        var input = Input([Supply("A/G", Gravel, 20, At(0), Mar2, Mar13)], [Demand("NEW/G", Gravel, 20, At(30), Sep7, Sep18)],
            [Hub("HUB", At(15), 1000)], RigidTruck with { ReuseBeforeRecycling = true });

        var plan = Matcher.Plan(input);

        var match = Assert.Single(plan.Matches);
        Assert.Equal("HUB", match.Hub);
        Assert.Equal(20 * 1.0, match.HandlingCo2eKg, 9);
        Assert.Equal(20 * 0.01 * (match.DeliveryDate.DayNumber - match.PickupDate.DayNumber), match.StorageCo2eKg, 9);
        Assert.Null(PlanInvariants.Violation(input, plan));
    }

    [Fact]
    public void Plan_ReuseBeforeRecyclingWithTwoUneconomicDemands_PicksTheLowerCo2One()
    {
        var input = Input(
            [Supply("A/G", Gravel, 20, At(0), Mar2, Mar13)],
            [Demand("NEW/FAR", Gravel, 20, At(40), Mar2, Mar13), Demand("NEW/NEAR", Gravel, 20, At(20), Mar2, Mar13)],
            [], RigidTruck with { ReuseBeforeRecycling = true });

        var plan = Matcher.Plan(input);

        Assert.Equal("NEW/NEAR", Assert.Single(plan.Matches).DemandLot);
        Assert.Equal(("NEW/FAR", UnmatchedReason.CounterpartsAlreadyMatched), (Assert.Single(plan.Unmatched).Lot, plan.Unmatched[0].Reason));
    }

    [Fact]
    public void Plan_NegativePriority_Throws()
    {
        var input = Input([Supply("A/D", Doors, 10, At(0), Mar2, Mar13)], [Demand("NEW/D", Doors, 10, At(5), Mar2, Mar13, priority: -1)], []);

        Assert.Throws<ArgumentException>(() => Matcher.Plan(input));
    }

    [Theory]
    [InlineData(-1.0, 1)]
    [InlineData(double.NaN, 1)]
    [InlineData(double.PositiveInfinity, 0)]
    [InlineData(5000.0, 3)]
    public void Plan_PriorityBonusOutOfRange_Throws(double bonus, int priority)
    {
        var input = Input([Supply("A/D", Doors, 10, At(0), Mar2, Mar13)], [Demand("NEW/D", Doors, 10, At(5), Mar2, Mar13, priority: priority)], [],
            new MatchingRules { PriorityBonusCo2eKgPerTonne = bonus });

        Assert.Throws<ArgumentException>(() => Matcher.Plan(input));
    }
}
