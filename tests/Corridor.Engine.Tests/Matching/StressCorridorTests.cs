using Corridor.Bench;
using Corridor.Engine.Matching;

namespace Corridor.Engine.Tests.Matching;

/// <summary>The plan validator over small corridors of the issue-14 stress generator, all pairs and k-partner.</summary>
public sealed class StressCorridorTests
{
    public static TheoryData<string, int> Cases() => new()
    {
        { "national", 1 }, { "national", 2 }, { "dense", 1 }, { "dense", 2 }, { "extreme", 1 }, { "extreme", 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Plan_SmallStressCorridor_KeepsEveryRuleAndMatchesAllPairs(string shape, int seed)
    {
        var input = new StressCorridorGenerator(seed).Generate(400, StressShape.Parse(shape) with { Weeks = 26 }, Corridors.All,
            new MatchingRules { MaxDistanceKm = 75 });
        var all = Matcher.Plan(input, new MatchingOptions { CandidatePartners = 0 });

        var partner = Matcher.Plan(input, new MatchingOptions { CandidatePartners = 2, PartnerArcThreshold = 0 });

        Assert.Null(PlanInvariants.Violation(input, all));
        Assert.Null(PlanInvariants.Violation(input, partner));
        Assert.False(partner.Statistics.PricingCapped);
        Assert.True(partner.Statistics.Arcs < all.Statistics.Arcs, $"{partner.Statistics.Arcs} ≥ {all.Statistics.Arcs}");
        double eps = 1e-6 * Math.Max(1, Math.Abs(all.Totals.ObjectiveCo2eKg));
        Assert.True(partner.Totals.LowerBoundCo2eKg <= all.Totals.ObjectiveCo2eKg + eps, $"k bound {partner.Totals.LowerBoundCo2eKg} > all {all.Totals.ObjectiveCo2eKg}");
        Assert.True(all.Totals.LowerBoundCo2eKg <= partner.Totals.ObjectiveCo2eKg + eps, $"all bound {all.Totals.LowerBoundCo2eKg} > k {partner.Totals.ObjectiveCo2eKg}");
        if (all.Totals.OptimalityGapPercent == 0 && partner.Totals.OptimalityGapPercent == 0)
            Assert.Equal(all.Totals.LowerBoundCo2eKg, partner.Totals.LowerBoundCo2eKg);
    }
}
