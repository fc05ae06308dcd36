using Corridor.Engine.Matching;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Corridor.Engine.Tests.Matching;

public sealed class MatcherPropertyTests
{
    [Property(MaxTest = 300)]
    public Property Plan_RandomCorridor_KeepsEveryRuleWindowAndCapacity() =>
        Prop.ForAll(CorridorGenerators.Corridor().ToArbitrary(), corridor =>
        {
            var plan = Matcher.Plan(corridor.Input);

            var violation = PlanInvariants.Violation(corridor.Input, plan);
            return (violation is null).Label(violation ?? "")
                .Classify(plan.Matches.Any(m => m.Hub is not null), "through a hub")
                .Classify(plan.Totals.OptimalityGapPercent > 0, "gap > 0")
                .Classify(plan.Matches.Any(m => m.IsFixed), "fixed flow");
        });

    [Property(MaxTest = 300)]
    public Property Plan_RandomCorridorWithRulesOfTheGame_KeepsEveryRuleWindowAndCapacity() =>
        Prop.ForAll(CorridorGenerators.Corridor(rulesOfTheGame: true).ToArbitrary(), corridor =>
        {
            var plan = Matcher.Plan(corridor.Input);

            var violation = PlanInvariants.Violation(corridor.Input, plan);
            return (violation is null).Label(violation ?? "")
                .Classify(plan.Matches.Any(m => m.Hub is not null), "through a hub")
                .Classify(plan.Totals.OptimalityGapPercent > 0, "gap > 0")
                .Classify(plan.Matches.Any(m => m.NetCo2eKg > 0), "a match emits more than it saves")
                .Classify(plan.Matches.Any(m => corridor.Input.Supply.First(s => s.Id == m.SupplyLot).IsHazardous), "hazardous reused");
        });

    // With reuse before recycling every route within the rules is worth more than the end of life, so with unlimited
    // hubs the plan reuses at least as much as the greedy broker's plan (which only takes routes that save CO2).
    [Property(MaxTest = 200)]
    public Property Plan_ReuseBeforeRecyclingUncapacitated_ReusesAtLeastAsMuchMassAsGreedyAndIsOptimal() =>
        Prop.ForAll(CorridorGenerators.Corridor(uncapacitated: true, rulesOfTheGame: true).ToArbitrary(), corridor =>
        {
            var input = corridor.Input with { Rules = corridor.Input.Rules with { ExcludeHazardous = true } };
            var greedy = GreedyBaseline.Plan(input);

            var plan = Matcher.Plan(input);

            double mass = plan.Matches.Where(m => !m.IsFixed).Sum(m => m.MassKg);
            return (mass >= greedy.ReusedMassKg * (1 - 1e-9) - 1e-6 && plan.Totals.OptimalityGapPercent == 0)
                .Label($"plan {mass} kg, greedy {greedy.ReusedMassKg} kg, gap {plan.Totals.OptimalityGapPercent}");
        });

    // The new rules at their neutral settings are today's engine: a hazardous lot the rules let through is planned as
    // if it were not hazardous, and priorities without a bonus change nothing. Solver statistics and time aside, the
    // plans are equal to the last digit.
    [Property(MaxTest = 200)]
    public Property Plan_RulesOfTheGameAtNeutralSettings_EqualsThePlanWithoutThem() =>
        Prop.ForAll(CorridorGenerators.Corridor().ToArbitrary(), Gen.Choose(0, 3).ArrayOf(10).ToArbitrary(), (corridor, priorities) =>
        {
            var input = corridor.Input;
            var plain = input with
            {
                Supply = input.Supply.Select(s => s with { IsHazardous = false }).ToList(),
                Rules = input.Rules with { ExcludeHazardous = true, PriorityBonusCo2eKgPerTonne = 1000, ReuseBeforeRecycling = false },
            };
            var ruled = input with
            {
                Demand = input.Demand.Select((d, i) => d with { Priority = priorities[i % priorities.Length] }).ToList(),
                Rules = input.Rules with { ExcludeHazardous = false, PriorityBonusCo2eKgPerTonne = 0, ReuseBeforeRecycling = false },
            };

            var expected = Matcher.Plan(plain);
            var actual = Matcher.Plan(ruled);

            string? difference =
                !expected.Matches.SequenceEqual(actual.Matches) ? "matches"
                : !expected.Unmatched.SequenceEqual(actual.Unmatched) ? "unmatched"
                : !expected.HubOccupancy.SequenceEqual(actual.HubOccupancy) ? "hub occupancy"
                : expected.Totals with { SolveSeconds = 0 } != actual.Totals with { SolveSeconds = 0 } ? $"totals {expected.Totals} ≠ {actual.Totals}"
                : null;
            return (difference is null).Label(difference ?? "");
        });

    [Property(MaxTest = 200)]
    public Property Plan_UncapacitatedHubs_IsOptimalWithZeroGap() =>
        Prop.ForAll(CorridorGenerators.Corridor(uncapacitated: true).ToArbitrary(), corridor =>
        {
            var plan = Matcher.Plan(corridor.Input);

            var t = plan.Totals;
            return (t.OptimalityGapPercent == 0 && t.NetCo2eKg - t.LowerBoundCo2eKg <= PlanInvariants.RoundingKg(corridor.Input, plan) + 1e-9 * Math.Abs(t.NetCo2eKg))
                .Label($"gap {t.OptimalityGapPercent}, bound {t.LowerBoundCo2eKg}, net {t.NetCo2eKg}");
        });

    // The objective is net CO2 and the greedy plan is feasible in the engine's model, so: the proven lower bound is
    // never above the greedy plan (always asserted), and a plan proven optimal (gap 0: every case without binding
    // hubs, most with) saves at least as much (asserted strictly, up to the engine's whole-milligram rounding). With
    // binding hubs the plan is a heuristic within its reported gap; greedy beats it now and then on these deliberately
    // cramped hubs of 0.5–8 m² (about 1 corridor in 300), which is why that case is not asserted.
    [Property(MaxTest = 300)]
    public Property Plan_RandomCorridor_SavesAtLeastAsMuchCo2AsGreedyNearestFirst() =>
        Prop.ForAll(CorridorGenerators.Corridor().ToArbitrary(), corridor =>
        {
            var greedy = GreedyBaseline.Plan(corridor.Input);

            var plan = Matcher.Plan(corridor.Input);

            var free = plan.Matches.Where(m => !m.IsFixed).ToList();
            double net = free.Sum(m => m.NetCo2eKg), fixedNet = plan.Matches.Where(m => m.IsFixed).Sum(m => m.NetCo2eKg);
            double tolerance = 1e-9 * Math.Max(1, Math.Abs(greedy.NetCo2eKg));
            bool boundHolds = plan.Totals.LowerBoundCo2eKg - fixedNet <= greedy.NetCo2eKg + tolerance;
            bool planHolds = plan.Totals.OptimalityGapPercent > 0 || net <= greedy.NetCo2eKg + tolerance + PlanInvariants.RoundingKg(corridor.Input, plan);
            return (boundHolds && planHolds)
                .Label($"plan {net}, greedy {greedy.NetCo2eKg}, bound {plan.Totals.LowerBoundCo2eKg - fixedNet}, gap {plan.Totals.OptimalityGapPercent}")
                .Classify(greedy.Matches > 0, "greedy matched")
                .Classify(net < greedy.NetCo2eKg - tolerance, "plan strictly better");
        });

    // Mass is not the objective. It follows from it when logistics emit nothing and no hub binds: each category then
    // saves a fixed (embodied + end of life) per kg, categories are independent, and the most CO2 is the most mass.
    [Property(MaxTest = 200)]
    public Property Plan_FreeLogisticsUncapacitated_ReusesAtLeastAsMuchMassAsGreedy() =>
        Prop.ForAll(CorridorGenerators.Corridor(uncapacitated: true, freeLogistics: true).ToArbitrary(), corridor =>
        {
            var greedy = GreedyBaseline.Plan(corridor.Input);

            var plan = Matcher.Plan(corridor.Input);

            double mass = plan.Matches.Where(m => !m.IsFixed).Sum(m => m.MassKg);
            return (mass >= greedy.ReusedMassKg * (1 - 1e-9) - 1e-6).Label($"plan {mass} kg, greedy {greedy.ReusedMassKg} kg");
        });
}
