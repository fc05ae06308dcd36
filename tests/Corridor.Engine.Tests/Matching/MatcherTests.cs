using Corridor.Engine.Domain;
using Corridor.Engine.Matching;
using static Corridor.Engine.Tests.Matching.Corridors;

namespace Corridor.Engine.Tests.Matching;

public sealed class MatcherTests
{
    static readonly DateOnly Mar2 = new(2026, 3, 2);
    static readonly DateOnly Mar13 = new(2026, 3, 13);
    static readonly DateOnly Sep7 = new(2026, 9, 7);
    static readonly DateOnly Sep18 = new(2026, 9, 18);

    [Fact]
    public void Plan_DoorsReleasedInMarchNeededInSeptember_GoThroughHubAndLeaveTwentyOver()
    {
        // 400 doors of 25 kg released 2–13 March, 380 needed 7–18 September 30 km east, hub halfway (default rules:
        // articulated >33 t 0.078 kg/t·km, detour 1.3, handling 1 kg/t, storage 0.01 kg/t/day, weeks).
        // 380 doors = 9.5 t. Road 2 × 15 km × 1.3 = 39 km → transport 9.5 × 39 × 0.078 = 28.899 kg.
        // Handling 9.5 kg. Picked up the week of 9 March (as late as the window allows), delivered the week of
        // 7 September: 26 weeks = 182 days → storage 9.5 × 0.01 × 182 = 17.29 kg. Avoided 9,500 × 0.395 = 3,752.5 kg;
        // end of life forgone 9,500 × −0.04 = −380 kg. Net = 28.899 + 9.5 + 17.29 − 3,752.5 + 380 = −3,316.811 kg.
        // Hub area 9.5 t × 3.8 m²/t = 36.1 m². The other 20 doors have nowhere to go.
        var input = Input(
            [Supply("SLOOP/D1", Doors, 400, At(0), Mar2, Mar13)],
            [Demand("BOUW/D1", Doors, 380, At(30), Sep7, Sep18)],
            [Hub("HUB", At(15), 1000)]);

        var plan = Matcher.Plan(input);

        var match = Assert.Single(plan.Matches);
        Assert.Equal(("SLOOP/D1", "BOUW/D1", "HUB"), (match.SupplyLot, match.DemandLot, match.Hub));
        Assert.Equal(380, match.Quantity);
        Assert.Equal(9500, match.MassKg, 6);
        Assert.Equal((new DateOnly(2026, 3, 9), Sep7), (match.PickupDate, match.DeliveryDate));
        Assert.Equal(39, match.DistanceKm, 1);
        Assert.Equal(17.29, match.StorageCo2eKg, 6);
        Assert.Equal(-3316.811, plan.Totals.NetCo2eKg, 0.1);
        Assert.Equal(RLadderStep.R3Reuse, match.RStep);
        Assert.Equal(36.1, plan.HubOccupancy.Max(o => o.AreaM2), 6);
        var left = Assert.Single(plan.Unmatched);
        Assert.Equal(("SLOOP/D1", LotDirection.Supply, 20.0, UnmatchedReason.CounterpartsAlreadyMatched), (left.Lot, left.Direction, left.Quantity, left.Reason));
        Assert.Equal(0, plan.Totals.OptimalityGapPercent);
        Assert.Equal(100, plan.Totals.DemandMetPercent, 9);
    }

    [Fact]
    public void Plan_WindowsOverlap_MatchesDirectlyWithoutHub()
    {
        // Both lots can move in the week of 9 March: direct, 30 km × 1.3 = 39 km, no handling or storage.
        var input = Input(
            [Supply("SLOOP/D1", Doors, 100, At(0), Mar2, Mar13)],
            [Demand("BOUW/D1", Doors, 100, At(30), new DateOnly(2026, 3, 11), new DateOnly(2026, 3, 20))],
            [Hub("HUB", At(15), 1000)]);

        var plan = Matcher.Plan(input);

        var match = Assert.Single(plan.Matches);
        Assert.Null(match.Hub);
        Assert.Equal((new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 11)), (match.PickupDate, match.DeliveryDate));
        Assert.Equal(0, match.HandlingCo2eKg + match.StorageCo2eKg);
        Assert.Empty(plan.Unmatched);
    }

    [Fact]
    public void Plan_DemandBeyondMaximumDistance_LeavesBothTooFar()
    {
        // 200 km × 1.3 = 260 km > 100 km; the hub halfway still leaves legs of 130 km.
        var input = Input(
            [Supply("SLOOP/D1", Doors, 100, At(0), Mar2, Mar13)],
            [Demand("BOUW/D1", Doors, 100, At(200), Mar2, Mar13)],
            [Hub("HUB", At(100), 1000)]);

        var plan = Matcher.Plan(input);

        Assert.Empty(plan.Matches);
        Assert.All(plan.Unmatched, u => Assert.Equal(UnmatchedReason.TooFar, u.Reason));
        Assert.Equal(2, plan.Unmatched.Count);
    }

    [Fact]
    public void Plan_HazardousSupply_IsNeverMatched()
    {
        var input = Input(
            [Supply("SLOOP/ASB", Doors, 100, At(0), Mar2, Mar13, hazardous: true)],
            [Demand("BOUW/D1", Doors, 100, At(5), Mar2, Mar13)],
            []);

        var plan = Matcher.Plan(input);

        Assert.Empty(plan.Matches);
        Assert.Contains(plan.Unmatched, u => u.Lot == "SLOOP/ASB" && u.Reason == UnmatchedReason.Hazardous);
        Assert.Contains(plan.Unmatched, u => u.Lot == "BOUW/D1" && u.Reason == UnmatchedReason.NoCompatibleInWindow);
    }

    [Fact]
    public void Plan_GradeC_IsNeverReused()
    {
        var input = Input(
            [Supply("SLOOP/C", Doors, 100, At(0), Mar2, Mar13, grade: QualityGrade.C)],
            [Demand("BOUW/D1", Doors, 100, At(5), Mar2, Mar13, minimum: QualityGrade.C)],
            []);

        var plan = Matcher.Plan(input);

        Assert.Empty(plan.Matches);
        Assert.Contains(plan.Unmatched, u => u.Lot == "SLOOP/C" && u.Reason == UnmatchedReason.QualityTooLow);
    }

    [Fact]
    public void Plan_GradeBForDemandWantingA_StaysUnmatched()
    {
        var input = Input(
            [Supply("SLOOP/B", Doors, 100, At(0), Mar2, Mar13, grade: QualityGrade.B)],
            [Demand("BOUW/A", Doors, 100, At(5), Mar2, Mar13, minimum: QualityGrade.A)],
            []);

        var plan = Matcher.Plan(input);

        Assert.Empty(plan.Matches);
        Assert.Contains(plan.Unmatched, u => u.Lot == "SLOOP/B" && u.Reason == UnmatchedReason.NoCompatibleInWindow);
    }

    [Fact]
    public void Plan_ElectricTruckAndGradeB_RecordsRepairStepAndNoTransportCo2()
    {
        var rules = new MatchingRules { Vehicle = VehicleClass.Electric() };
        var input = Input(
            [Supply("SLOOP/B", Doors, 10, At(0), Mar2, Mar13, grade: QualityGrade.B)],
            [Demand("BOUW/D1", Doors, 10, At(5), Mar2, Mar13)],
            [], rules);

        var plan = Matcher.Plan(input);

        var match = Assert.Single(plan.Matches);
        Assert.Equal((RLadderStep.R4Repair, 0.0), (match.RStep, match.TransportCo2eKg));
        Assert.True(rules.Vehicle.IsEstimate);
    }

    [Fact]
    public void Plan_HubTooSmallForBoth_KeepsCapacityAndStoresDenserSavingsFirst()
    {
        // Hub of 20 m². Steel beams: 125 m × 40 kg = 5 t need 6.5 m² and save (1.53 − 0.99) × 1,000 / 1.3 ≈ 415 kg
        // CO2e per m²; doors save (0.395 + 0.04) × 1,000 / 3.8 ≈ 114 kg per m². Best use: all steel (6.5 m²), then
        // doors in the 13.5 m² left: 13.5 / 3.8 = 3.553 t = 142 doors (142.1 if doors could be split, which is what
        // the lower bound may count). The remaining 238 doors are unmatched because the hub is full.
        var input = new MatchingInput(
            [Supply("SLOOP/D1", Doors, 380, At(0), Mar2, Mar13), Supply("SLOOP/S1", SteelBeams, 125, At(0), Mar2, Mar13)],
            [Demand("BOUW/D1", Doors, 380, At(30), Sep7, Sep18), Demand("BOUW/S1", SteelBeams, 125, At(30), Sep7, Sep18)],
            [Hub("HUB", At(15), 20)],
            All, new MatchingRules(), new PlanningHorizon(Jan1, new DateOnly(2026, 12, 31)));

        var plan = Matcher.Plan(input);

        Assert.All(plan.HubOccupancy, o => Assert.True(o.AreaM2 <= o.CapacityM2 + 1e-9, $"{o.PeriodStart}: {o.AreaM2} m²"));
        Assert.Equal(5000, plan.Matches.Where(m => m.Category == "steel_beams").Sum(m => m.MassKg), 6);
        Assert.Equal(142, plan.Matches.Where(m => m.Category == "doors").Sum(m => m.Quantity));
        Assert.Contains(plan.Unmatched, u => u.Lot == "SLOOP/D1" && u.Quantity == 238 && u.Reason == UnmatchedReason.HubFull);
        Assert.True(plan.Totals.LowerBoundCo2eKg <= plan.Totals.NetCo2eKg + 1e-6);
        Assert.InRange(plan.Totals.OptimalityGapPercent, 0, 0.5);
    }
}
