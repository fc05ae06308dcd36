using Corridor.Engine.Matching;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Corridor.Engine.Tests.Matching.Corridors;

namespace Corridor.Engine.Tests.Matching;

/// <summary>
/// The k-partner model with pricing (docs/decisions/0014-k-partner-model-with-pricing.md) against the all-pairs model:
/// the same optimum where no hub binds, valid bounds both ways where one does.
/// </summary>
public sealed class MatcherPricingTests
{
    static readonly MatchingOptions AllPairs = new() { CandidatePartners = 0 };

    static MatchingOptions Partners(int k, int rounds = 25) => new() { CandidatePartners = k, PartnerArcThreshold = 0, MaxPricingRounds = rounds };

    // Without binding hubs both plans are exact optima of the same problem: the bounds (integer milligrams summed)
    // are equal to the last digit, the objectives up to float summation order.
    [Property(MaxTest = 300)]
    public Property Plan_KPartnerUncapacitated_HasTheAllPairsOptimum() =>
        Prop.ForAll(CorridorGenerators.Corridor(uncapacitated: true).ToArbitrary(), Gen.Choose(1, 3).ToArbitrary(), (corridor, k) =>
        {
            var expected = Matcher.Plan(corridor.Input, AllPairs);

            var actual = Matcher.Plan(corridor.Input, Partners(k));

            var violation = PlanInvariants.Violation(corridor.Input, actual);
            double tolerance = 1e-6 * Math.Max(1, Math.Abs(expected.Totals.ObjectiveCo2eKg));
            return (violation is null
                    && actual.Totals.LowerBoundCo2eKg == expected.Totals.LowerBoundCo2eKg
                    && Math.Abs(actual.Totals.ObjectiveCo2eKg - expected.Totals.ObjectiveCo2eKg) <= tolerance
                    && actual.Totals.OptimalityGapPercent == 0
                    && !actual.Statistics.PricingCapped)
                .Label($"{violation} all pairs {expected.Totals.ObjectiveCo2eKg} (bound {expected.Totals.LowerBoundCo2eKg}), k={k} {actual.Totals.ObjectiveCo2eKg} (bound {actual.Totals.LowerBoundCo2eKg}), {actual.Statistics}")
                .Classify(actual.Statistics.PricedArcs > 0, "pricing added arcs")
                .Classify(actual.Statistics.CandidatePairs > actual.Statistics.Arcs, "fewer arcs than pairs");
        });

    // With hub area shared, each model's lower bound is a bound for the other's plan.
    [Property(MaxTest = 200)]
    public Property Plan_KPartnerCapacitated_BoundsHoldBothWays() =>
        Prop.ForAll(CorridorGenerators.Corridor(rulesOfTheGame: true).ToArbitrary(), Gen.Choose(1, 3).ToArbitrary(), (corridor, k) =>
        {
            var all = Matcher.Plan(corridor.Input, AllPairs);

            var partner = Matcher.Plan(corridor.Input, Partners(k));

            var violation = PlanInvariants.Violation(corridor.Input, partner);
            double eps = 1e-6 * Math.Max(1, Math.Abs(all.Totals.ObjectiveCo2eKg));
            return (violation is null
                    && partner.Totals.LowerBoundCo2eKg <= all.Totals.ObjectiveCo2eKg + eps
                    && all.Totals.LowerBoundCo2eKg <= partner.Totals.ObjectiveCo2eKg + eps)
                .Label($"{violation} all pairs {all.Totals.ObjectiveCo2eKg} ≥ {all.Totals.LowerBoundCo2eKg}, k={k} {partner.Totals.ObjectiveCo2eKg} ≥ {partner.Totals.LowerBoundCo2eKg}")
                .Classify(partner.Statistics.PricedArcs > 0, "pricing added arcs")
                .Classify(partner.Totals.OptimalityGapPercent > 0, "gap > 0");
        });

    // Supply A (2 doors) is the nearest partner of demand X, supply B (1 door) of demand Y (2 doors); the optimum
    // also needs A → Y, which is nobody's nearest: with k = 1 pricing must add it.
    static MatchingInput Chain() => Input(
        [
            Supply("P1/A", Doors, 2, At(0), Jan1, Jan1.AddDays(30)),
            Supply("P2/B", Doors, 1, At(3), Jan1, Jan1.AddDays(30)),
        ],
        [
            Demand("N1/X", Doors, 1, At(1), Jan1, Jan1.AddDays(30)),
            Demand("N2/Y", Doors, 2, At(2), Jan1, Jan1.AddDays(30)),
        ],
        []);

    [Fact]
    public void Plan_KOneMissingNeededPair_PricingAddsItAndConverges()
    {
        var expected = Matcher.Plan(Chain(), AllPairs);

        var actual = Matcher.Plan(Chain(), Partners(1));

        Assert.Null(PlanInvariants.Violation(Chain(), actual));
        Assert.True(actual.Statistics.PricedArcs > 0, actual.Statistics.ToString());
        Assert.True(actual.Statistics.PricingRounds > 0);
        Assert.False(actual.Statistics.PricingCapped);
        Assert.Equal(expected.Totals.LowerBoundCo2eKg, actual.Totals.LowerBoundCo2eKg);
        Assert.Equal(expected.Totals.NetCo2eKg, actual.Totals.NetCo2eKg, 6);
        Assert.Contains(actual.Matches, m => m.SupplyLot == "P1/A" && m.DemandLot == "N2/Y");
        Assert.Equal(4, actual.Statistics.CandidatePairs);
    }

    // No pricing rounds allowed: the plan misses A → Y, and the bound says so honestly (it is corrected by the
    // negative reduced cost of the pair left out, so it stays below the optimum).
    [Fact]
    public void Plan_PricingCapHit_ReportsItAndKeepsTheBoundBelowTheOptimum()
    {
        var optimum = Matcher.Plan(Chain(), AllPairs).Totals.NetCo2eKg;

        var capped = Matcher.Plan(Chain(), Partners(1, rounds: 0));

        Assert.Null(PlanInvariants.Violation(Chain(), capped));
        Assert.True(capped.Statistics.PricingCapped);
        Assert.Equal(0, capped.Statistics.PricedArcs);
        Assert.True(capped.Totals.LowerBoundCo2eKg <= optimum + 1e-9, $"{capped.Totals.LowerBoundCo2eKg} > {optimum}");
        Assert.True(capped.Totals.NetCo2eKg > optimum);
        Assert.True(capped.Totals.OptimalityGapPercent > 0);
    }

    [Fact]
    public void Plan_NegativePartners_Throws() =>
        Assert.Throws<ArgumentException>(() => Matcher.Plan(Chain(), new MatchingOptions { CandidatePartners = -1 }));
}

/// <summary>Network level: a k-partner category network priced to the end has the all-pairs network's optimum.</summary>
public sealed class DirectPricerTests
{
    static IEnumerable<(CategoryModel All, CategoryModel Partner)> Networks(MatchingInput input, int k)
    {
        var prepared = new PreparedInput(input);
        for (int c = 0; c < prepared.Categories.Count; c++)
        {
            int[] s = [.. Enumerable.Range(0, prepared.Supply.Length).Where(i => prepared.Supply[i].Category == c && prepared.Supply[i].Excluded is null && prepared.Supply[i].Remaining > 0)];
            int[] d = [.. Enumerable.Range(0, prepared.Demand.Length).Where(j => prepared.Demand[j].Category == c && prepared.Demand[j].Excluded is null && prepared.Demand[j].Remaining > 0)];
            if (s.Length == 0 || d.Length == 0) continue;
            yield return (new CategoryBuilder(prepared, c, s, d, new MatchingOptions { CandidatePartners = 0 }).Build(default),
                new CategoryBuilder(prepared, c, s, d, new MatchingOptions { CandidatePartners = k, PartnerArcThreshold = 0 }).Build(default));
        }
    }

    // Every category network of random corridors (hub area plays no part here: no prices on the stock arcs), k = 1
    // and one pair per supply and round, the slowest pricing there is: the same optimal cost to the milligram.
    [Property(MaxTest = 300)]
    public Property Price_UntilNoneNegative_ReachesTheAllPairsOptimum() =>
        Prop.ForAll(CorridorGenerators.Corridor(rulesOfTheGame: true).ToArbitrary(), corridor =>
        {
            int rounds = 0, added = 0;
            foreach (var (all, partner) in Networks(corridor.Input, 1))
            {
                var expected = Corridor.Engine.Flow.NetworkSimplex.Solve(all.Network);
                var solver = new Corridor.Engine.Flow.NetworkSimplex(partner.Network);
                var solution = solver.Solve();
                var found = new List<CategoryBuilder.Candidate>();
                // No pricer: no compatible pair at all, nothing was left out.
                while (partner.Pricer is not null)
                {
                    found.Clear();
                    partner.Pricer.Price(solution.Potentials, found, perSupply: 1);
                    if (found.Count == 0) break;
                    partner.AppendDirect(found);
                    solver.AppendArcs(partner.Network);
                    solution = solver.Solve();
                    rounds++;
                    added += found.Count;
                    if (rounds > 10_000) return false.Label("pricing does not converge");
                }
                if (solution.TotalCost != expected.TotalCost)
                    return false.Label($"category {all.Category}: priced {solution.TotalCost}, all pairs {expected.TotalCost}");
                if (partner.Network.ArcCount > all.Network.ArcCount)
                    return false.Label($"k-partner network has {partner.Network.ArcCount} arcs, all pairs {all.Network.ArcCount}");
            }
            return true.Label("").Classify(added > 0, "pricing added arcs").Classify(rounds > 1, "several rounds");
        });
}
