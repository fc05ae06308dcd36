using Corridor.Engine.Domain;
using Corridor.Engine.Impact;

namespace Corridor.Engine.Tests.Impact;

public class RLadderAndTargetTests
{
    static CategoryFactors F(string key, bool recycling = false) =>
        new(key, 1, "ice", 0, "ren", EndOfLifeRoute.Recycle, "eol", recycling);

    [Theory]
    [InlineData("doors", "doors", QualityGrade.A, false, RStep.R3Reuse)]
    [InlineData("doors", "doors", null, false, RStep.R3Reuse)]
    [InlineData("bricks", "bricks", QualityGrade.B, false, RStep.R4Repair)]
    [InlineData("timber_beams", "sheet_timber", QualityGrade.A, false, RStep.R7Repurpose)]
    [InlineData("bricks", "bricks", QualityGrade.C, false, RStep.R8Recycle)]
    [InlineData("crushed_concrete_aggregate", "crushed_concrete_aggregate", QualityGrade.A, true, RStep.R8Recycle)]
    public void Of_SupplyDemandAndGrade_GivesTheStep(string supply, string demand, QualityGrade? grade, bool recycling, RStep expected)
    {
        var step = RLadder.Of(F(supply, recycling), F(demand, recycling), grade);

        Assert.Equal(expected, step);
    }

    [Theory]
    [InlineData(MatchStatus.Proposed, FlowStanding.Potential)]
    [InlineData(MatchStatus.Accepted, FlowStanding.Agreed)]
    [InlineData(MatchStatus.AtHub, FlowStanding.Agreed)]
    [InlineData(MatchStatus.Delivered, FlowStanding.Realised)]
    [InlineData(MatchStatus.Installed, FlowStanding.Realised)]
    [InlineData(MatchStatus.Rejected, null)]
    [InlineData(MatchStatus.Cancelled, null)]
    public void Standing_MatchStatus_CountsAcceptedOrLater(MatchStatus status, FlowStanding? expected)
    {
        Assert.Equal(expected, RLadder.Standing(status));
    }

    [Fact]
    public void Label_Step_ReadsAsNumberAndWord()
    {
        Assert.Equal("R3 Reuse", RLadder.Label(RStep.R3Reuse));
        Assert.Equal("R8 Recycle", RLadder.Label(RStep.R8Recycle));
    }

    [Theory]
    [InlineData("rijwoning", 25, 200)]
    [InlineData("R_MFH_low", 20, 240)]
    public void HetNieuweNormaal_Housing_GivesOriginAndCarbonTargets(string type, double origin, double co2)
    {
        var targets = ImpactTargets.HetNieuweNormaal(type);

        Assert.Equal(origin, targets.Single(t => t.Metric == TargetMetric.CircularInputPercent).Value);
        Assert.Equal(co2, targets.Single(t => t.Metric == TargetMetric.MaterialCo2eKgPerM2).Value);
    }

    [Fact]
    public void HetNieuweNormaal_OfficeAndUnknown_OfficeHasOriginOnly()
    {
        Assert.Equal([TargetMetric.CircularInputPercent], ImpactTargets.HetNieuweNormaal("kantoor").Select(t => t.Metric));
        Assert.Empty(ImpactTargets.HetNieuweNormaal("windmill"));
    }

    [Fact]
    public void Evaluate_CarbonPerM2_DividesByFloorAreaAndChecksAtMost()
    {
        // 800 kg doors needed, 600 reused: material-bound 200 × 0.5 + transport 10 = 110 kg CO2e over 0.5 m² = 220 per m².
        var factors = new Dictionary<string, CategoryFactors> { ["doors"] = new("doors", 0.5, "ice", 0, "ren", EndOfLifeRoute.Recycle, "eol") };
        ImpactLot[] lots =
        [
            new()
            {
                Id = 1,
                Label = "S/1",
                ProjectId = 1,
                Direction = LotDirection.Supply,
                CategoryKey = "doors",
                MassKg = 1000,
                MassIsEstimated = false,
                Quality = QualityGrade.A,
                IsHazardous = false,
                Status = LotStatus.Inventoried,
                AvailableFrom = new DateOnly(2027, 1, 1),
            },
            new()
            {
                Id = 2,
                Label = "D/2",
                ProjectId = 2,
                Direction = LotDirection.Demand,
                CategoryKey = "doors",
                MassKg = 800,
                MassIsEstimated = false,
                Quality = null,
                IsHazardous = false,
                Status = LotStatus.Inventoried,
                AvailableFrom = new DateOnly(2027, 2, 1),
            },
        ];
        var account = ImpactCalculator.Account(
            new ImpactData(lots, [new()
            {
                Id = 5,
                SupplyLotId = 1,
                DemandLotId = 2,
                MassKg = 600,
                DeliveryDate = new DateOnly(2027, 2, 1),
                DistanceKm = 10,
                TransportCo2eKg = 10,
                TransportSource = "t",
                Standing = FlowStanding.Agreed,
            }], factors, ImpactAssumptions.Default),
            ImpactScope.Project(2));

        var stacked = ImpactTargets.Evaluate(new ImpactTarget(TargetMetric.MaterialCo2eKgPerM2, 240, null, "HNN"), account, 0.5, isDefault: true);
        var ground = ImpactTargets.Evaluate(new ImpactTarget(TargetMetric.MaterialCo2eKgPerM2, 200, null, "HNN"), account, 0.5, isDefault: true);
        var noArea = ImpactTargets.Evaluate(new ImpactTarget(TargetMetric.MaterialCo2eKgPerM2, 200, null, "HNN"), account, null, isDefault: true);
        var origin = ImpactTargets.Evaluate(new ImpactTarget(TargetMetric.CircularInputPercent, 25, null, "HNN"), account, null, isDefault: false);

        Assert.Equal(220, stacked.Actual.Value!.Value, 9);
        Assert.True(stacked.Met);
        Assert.False(ground.Met);
        Assert.Equal(110, ground.ActualOfTargetPercent!.Value, 9);
        Assert.Null(noArea.Met);
        Assert.Equal(TargetDirection.AtMost, ground.Direction);
        // Circular input 600 / 800 = 75% against 25%: met, 300% of target.
        Assert.True(origin.Met);
        Assert.Equal(300, origin.ActualOfTargetPercent!.Value, 9);
    }

    [Fact]
    public void Evaluate_NegativeTarget_Throws()
    {
        var account = ImpactCalculator.Account(new ImpactData([], [], new Dictionary<string, CategoryFactors>(), ImpactAssumptions.Default), ImpactScope.Corridor());

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ImpactTargets.Evaluate(new ImpactTarget(TargetMetric.SecondaryInputKg, -1, null, "x"), account, null, false));
    }
}
