using Corridor.Engine.Domain;
using Corridor.Engine.Flow;
using Corridor.Engine.Flow.Dimacs;
using Corridor.Engine.Matching;
using static Corridor.Engine.Tests.Matching.Corridors;

namespace Corridor.Engine.Tests.Matching;

public sealed class MatcherRulesTests
{
    static readonly DateOnly Mar2 = new(2026, 3, 2);
    static readonly DateOnly Mar13 = new(2026, 3, 13);
    static readonly DateOnly Sep7 = new(2026, 9, 7);
    static readonly DateOnly Sep18 = new(2026, 9, 18);

    [Fact]
    public void Plan_TwoSuppliesForOneDemand_NearerWinsAndOtherIsOutcompeted()
    {
        var input = Input(
            [Supply("A/NEAR", Doors, 50, At(5), Mar2, Mar13), Supply("B/FAR", Doors, 50, At(40), Mar2, Mar13)],
            [Demand("NEW/D", Doors, 50, At(0), Mar2, Mar13)],
            []);

        var plan = Matcher.Plan(input);

        Assert.Equal("A/NEAR", Assert.Single(plan.Matches).SupplyLot);
        Assert.Equal(UnmatchedReason.CounterpartsAlreadyMatched, Assert.Single(plan.Unmatched).Reason);
    }

    [Fact]
    public void Plan_GravelBehindRigidTruck_IsNotWorthTransporting()
    {
        // Gravel saves 0.005 − 0.002 = 0.003 kg CO2e per kg; 40 km × 1.3 = 52 km on a 0.43 kg/t·km truck costs
        // 0.43 × 52 / 1000 = 0.0224 kg per kg. Better to leave it.
        var rules = new MatchingRules { Vehicle = VehicleClass.Rigid7_5To17t };
        var input = Input(
            [Supply("A/G", Gravel, 20, At(0), Mar2, Mar13)],
            [Demand("NEW/G", Gravel, 20, At(40), Mar2, Mar13)],
            [], rules);

        var plan = Matcher.Plan(input);

        Assert.Empty(plan.Matches);
        Assert.All(plan.Unmatched, u => Assert.Equal(UnmatchedReason.NotWorthTransporting, u.Reason));
    }

    [Fact]
    public void Plan_MassCategoryInMetres_ReportsQuantityInTheSupplyUnit()
    {
        // 100 m of beams at 40 kg/m = 4,000 kg; the demand needs 2,500 kg (62.5 m).
        var input = Input(
            [Supply("A/S", SteelBeams, 100, At(0), Mar2, Mar13)],
            [Demand("NEW/S", SteelBeams, 62.5m, At(10), Mar2, Mar13)],
            []);

        var plan = Matcher.Plan(input);

        var match = Assert.Single(plan.Matches);
        Assert.Equal((2500.0, 62.5, QuantityUnit.M), (match.MassKg, match.Quantity, match.Unit));
        var left = Assert.Single(plan.Unmatched);
        Assert.Equal((37.5, 1500.0), (left.Quantity, left.MassKg));
    }

    [Fact]
    public void Plan_FixedFlowThroughSmallHub_IsKeptAndItsAreaIsNotGivenAway()
    {
        // The hub holds 20 m² = 5.26 t of doors (3.8 m²/t). The agreed 150 doors (3.75 t, 14.25 m²) stay there from
        // March to September, leaving 5.75 m² = 60 more doors for the free part of the plan.
        var agreed = new FixedFlow("SLOOP/D1", "BOUW/D1", "HUB", 150, new DateOnly(2026, 3, 9), Sep7);
        var input = Input(
            [Supply("SLOOP/D1", Doors, 400, At(0), Mar2, Mar13)],
            [Demand("BOUW/D1", Doors, 380, At(30), Sep7, Sep18)],
            [Hub("HUB", At(15), 20)],
            new MatchingRules { FixedFlows = [agreed] });

        var plan = Matcher.Plan(input);

        var kept = Assert.Single(plan.Matches, m => m.IsFixed);
        Assert.Equal((150.0, "HUB", Sep7), (kept.Quantity, kept.Hub, kept.DeliveryDate));
        Assert.Equal(60, plan.Matches.Where(m => !m.IsFixed).Sum(m => m.Quantity));
        Assert.All(plan.HubOccupancy, o => Assert.True(o.AreaM2 <= o.CapacityM2 + 1e-9));
        Assert.Contains(plan.Unmatched, u => u.Lot == "SLOOP/D1" && u.Quantity == 190 && u.Reason == UnmatchedReason.HubFull);
    }

    [Fact]
    public void Plan_DayResolution_StoresWholeDays()
    {
        // Released Monday 2 March, needed from Thursday 5 March: three days in the hub.
        var rules = new MatchingRules { Resolution = TimeResolution.Day, StorageCo2eKgPerTonneDay = 1 };
        var input = Input(
            [Supply("A/D", Doors, 40, At(0), Mar2, Mar2)],
            [Demand("NEW/D", Doors, 40, At(30), new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 6))],
            [Hub("HUB", At(15), 1000)], rules);

        var plan = Matcher.Plan(input);

        var match = Assert.Single(plan.Matches);
        Assert.Equal((Mar2, new DateOnly(2026, 3, 5)), (match.PickupDate, match.DeliveryDate));
        Assert.Equal(1.0 * 3, match.StorageCo2eKg, 9);
    }

    [Fact]
    public void Plan_HubClosedWhenNeeded_CannotBridgeTheWindows()
    {
        var closed = new Hub("HUB", At(15), 1000, [], Closes: new DateOnly(2026, 6, 30));
        var input = Input(
            [Supply("SLOOP/D1", Doors, 400, At(0), Mar2, Mar13)],
            [Demand("BOUW/D1", Doors, 380, At(30), Sep7, Sep18)],
            [closed]);

        var plan = Matcher.Plan(input);

        Assert.Empty(plan.Matches);
        Assert.All(plan.Unmatched, u => Assert.Equal(UnmatchedReason.TooFar, u.Reason));
    }

    [Fact]
    public void Plan_WithProgressAndFakeClock_ReportsStagesAndClockTime()
    {
        var stages = new List<MatchingStage>();
        var clock = new SteppingClock(TimeSpan.FromMilliseconds(250));
        var input = Input([Supply("A/D", Doors, 10, At(0), Mar2, Mar13)], [Demand("NEW/D", Doors, 10, At(5), Mar2, Mar13)], []);

        var plan = Matcher.Plan(input, progress: new Recorder(p => stages.Add(p.Stage)), timeProvider: clock);

        Assert.Equal(MatchingStage.Preparing, stages[0]);
        Assert.Equal(MatchingStage.Done, stages[^1]);
        Assert.Contains(MatchingStage.Solving, stages);
        Assert.True(plan.Totals.SolveSeconds > 0);
        Assert.Equal(0, plan.Totals.SolveSeconds % 0.25, 12);
    }

    [Fact]
    public void Plan_Cancelled_Throws()
    {
        var input = Input([Supply("A/D", Doors, 10, At(0), Mar2, Mar13)], [Demand("NEW/D", Doors, 10, At(5), Mar2, Mar13)], []);

        Assert.ThrowsAny<OperationCanceledException>(() => Matcher.Plan(input, cancellationToken: new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Plan_Networks_AreTheSolvedOnesAndExportAsDimacs()
    {
        var input = Input(
            [Supply("SLOOP/D1", Doors, 400, At(0), Mar2, Mar13), Supply("SLOOP/S1", SteelBeams, 125, At(0), Mar2, Mar13)],
            [Demand("BOUW/D1", Doors, 380, At(30), Sep7, Sep18), Demand("BOUW/S1", SteelBeams, 125, At(30), Sep7, Sep18)],
            [Hub("HUB", At(15), 1000)]);

        var plan = Matcher.Plan(input);

        Assert.Equal(["doors", "steel_beams"], plan.Networks.Select(n => n.Category).Order());
        Assert.Equal(plan.Statistics.Arcs, plan.Networks.Sum(n => (long)n.Network.ArcCount));
        Assert.All(plan.Networks, n => Assert.Equal(FlowStatus.Optimal, NetworkSimplex.Solve(n.Network).Status));
        using var text = new StringWriter();
        DimacsWriter.WriteProblem(plan.Networks[0].Network, text);
        Assert.StartsWith("p min", text.ToString().Split('\n').First(l => l.StartsWith('p')), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_LandNeed_SumsHubPeaksInHectaresAndShowsAssumptions()
    {
        var input = Input(
            [Supply("SLOOP/D1", Doors, 400, At(0), Mar2, Mar13)],
            [Demand("BOUW/D1", Doors, 380, At(30), Sep7, Sep18)],
            [Hub("HUB", At(15), 1000), Hub("IDLE", At(200), 500)]);

        var plan = Matcher.Plan(input);

        var hub = Assert.Single(plan.Land.Hubs, h => h.Hub == "HUB");
        Assert.Equal(36.1, hub.PeakAreaM2, 9);
        Assert.InRange(hub.AverageAreaM2, 0.1, 36.1);
        Assert.Equal(0, Assert.Single(plan.Land.Hubs, h => h.Hub == "IDLE").PeakAreaM2);
        Assert.Equal(36.1 / 10_000, plan.Land.TotalPeakHectares, 12);
        Assert.Contains(plan.Land.Assumptions, a => a.Category == "doors" && a.StorageM2PerTonne == 3.8);
    }

    [Fact]
    public void Plan_FullSmallHubNextToHugeOne_RepairsWithoutOverflow()
    {
        // The near hub is too small, so the plan is repaired; the far one's area in bricks would overflow 64 bits.
        var input = Input(
            [Supply("A/B", Bricks, 5000, At(0), Mar2, Mar13), Supply("A/D", Doors, 400, At(0), Mar2, Mar13)],
            [Demand("NEW/B", Bricks, 5000, At(30), Sep7, Sep18), Demand("NEW/D", Doors, 400, At(30), Sep7, Sep18)],
            [Hub("NEAR", At(15), 2), Hub("HUGE", At(15, 20), 1e18)]);

        var plan = Matcher.Plan(input);

        Assert.Null(PlanInvariants.Violation(input, plan));
        Assert.Equal(5400, plan.Matches.Sum(m => m.Quantity));
    }

    [Fact]
    public void Plan_AsCamelCaseJson_HasTheIssueFieldsAndNoNetworks()
    {
        var input = Input([Supply("A/D", Doors, 10, At(0), Mar2, Mar13)], [Demand("NEW/D", Doors, 10, At(5), Mar2, Mar13)], []);
        var plan = Matcher.Plan(input);

        var json = System.Text.Json.JsonSerializer.Serialize(plan, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));

        foreach (var field in new[] { "\"matches\"", "\"supplyLot\"", "\"demandLot\"", "\"hub\"", "\"pickupDate\":\"2026-03-02\"", "\"transportCo2eKg\"", "\"avoidedCo2eKg\"", "\"hubOccupancy\"", "\"unmatched\"", "\"lowerBoundCo2eKg\"", "\"optimalityGapPercent\"" })
            Assert.Contains(field, json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"networks\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_DuplicateLotIds_Throws()
    {
        var lot = Supply("A/D", Doors, 10, At(0), Mar2, Mar13);

        Assert.Throws<ArgumentException>(() => Matcher.Plan(Input([lot, lot], [], [])));
    }

    [Fact]
    public void Plan_FixedFlowForUnknownLot_Throws()
    {
        var rules = new MatchingRules { FixedFlows = [new FixedFlow("A/D", "NOPE/X", null, 1, Mar2, Mar2)] };

        Assert.Throws<FixedFlowConflictException>(() => Matcher.Plan(Input([Supply("A/D", Doors, 10, At(0), Mar2, Mar13)], [], [], rules)));
    }

    [Fact]
    public void Plan_ReportsNetworksBuiltAndSolvedWithCounts_ThenTheArcsAtTheEnd()
    {
        var input = Input(
            [Supply("A/D", Doors, 10, At(0), Mar2, Mar13), Supply("A/B", Bricks, 5000, At(0), Mar2, Mar13)],
            [Demand("NEW/D", Doors, 10, At(5), Mar2, Mar13), Demand("NEW/B", Bricks, 5000, At(5), Mar2, Mar13)], []);
        var reports = new List<MatchingProgress>();

        var plan = Matcher.Plan(input, new MatchingOptions { MaxDegreeOfParallelism = 1 }, new Recorder(reports.Add), new SteppingClock(TimeSpan.FromSeconds(1)));

        var built = reports.Where(r => r.Stage == MatchingStage.Building).ToList();
        Assert.Equal([0, 1, 2], built.Select(r => r.Done));
        Assert.All(built, r => Assert.Equal(2, r.Total));
        Assert.Equal(plan.Statistics.Arcs, built[^1].Arcs);
        Assert.Equal([0, 1, 2], reports.Where(r => r.Stage == MatchingStage.Solving).Select(r => r.Done));
        var done = reports[^1];
        Assert.Equal(MatchingStage.Done, done.Stage);
        Assert.Equal(plan.Statistics.Arcs, done.Arcs);
        Assert.True(done.Elapsed > TimeSpan.Zero);
        Assert.StartsWith("building networks 1/2 · ", built[1].Describe(), StringComparison.Ordinal);
        Assert.Contains("left", built[1].Describe(), StringComparison.Ordinal); // one of two done: an estimate for the other
        Assert.Contains("gap 0.00 %", done.Describe(), StringComparison.Ordinal);
    }

    sealed class Recorder(Action<MatchingProgress> action) : IProgress<MatchingProgress>
    {
        public void Report(MatchingProgress value) => action(value);
    }

    // Every reading of the clock moves it on by one step.
    sealed class SteppingClock(TimeSpan step) : TimeProvider
    {
        long readings;
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => step.Ticks * readings++;
    }
}
