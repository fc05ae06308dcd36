using System.Globalization;
using Corridor.Data.Planning;
using Corridor.Engine.Domain;
using Corridor.Engine.Matching;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Rules;

/// <summary>
/// Maps the corridor's rules of the game onto a matching run. Rule-governed settings come from the rules; a
/// <see cref="PlanRequest"/> may only be stricter: a shorter distance, a higher minimum grade. A longer distance than
/// the rules allow is refused by <see cref="Check"/>; emission-free transport replaces the requested vehicle by the
/// electric truck (at the rules' factor unless the request gives its own electric factor). Hazardous materials,
/// municipal priority and reuse before recycling are the rules' alone (docs/decisions/0011).
/// </summary>
public static class RulePlanning
{
    /// <summary>Priority of the demand lots of municipal projects when the rules put them first.</summary>
    public const int MunicipalPriority = 1;

    /// <summary>Where a request asks for more than the rules allow: (field, message) pairs, empty when fine.</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(PlanRequest request, CorridorRuleSet? ruleSet)
    {
        if (ruleSet is null) return [];
        var errors = new List<(string, string)>();
        if (request.MaxDistanceKm is { } km && km > ruleSet.MaxDistanceKm)
            errors.Add(("maxDistanceKm", string.Create(CultureInfo.InvariantCulture,
                $"The corridor's rules (version {ruleSet.Version}) allow at most {ruleSet.MaxDistanceKm:0.##} km per leg; ask for that or less, or leave it out.")));
        return errors;
    }

    /// <summary>The engine's input with the rules applied to its <see cref="MatchingRules"/> and demand priorities.</summary>
    public static async Task<MatchingInput> ApplyAsync(CorridorDb db, int corridorId, MatchingInput input, PlanRequest request,
        RuleSettings? settings, CancellationToken ct = default)
    {
        var s = settings ?? RuleSettings.Default;
        var municipal = s.MunicipalProjectsFirst
            ? (await db.Lots.AsNoTracking()
                .Where(l => l.CorridorId == corridorId && l.Direction == LotDirection.Demand && l.Project!.Organisation!.Type == OrganisationType.Municipality)
                .Select(l => l.Project!.Code + "/" + l.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal)
            : [];
        return Apply(input, request, s, municipal);
    }

    /// <summary>The pure mapping: rules + request → engine rules and demand priorities.</summary>
    public static MatchingInput Apply(MatchingInput input, PlanRequest request, RuleSettings s, IReadOnlySet<string> municipalDemandLots)
    {
        var r = input.Rules;
        var grades = new Dictionary<string, QualityGrade>(r.MinimumGradeByCategory, StringComparer.Ordinal);
        foreach (var (category, grade) in s.MinimumGrades())
            grades[category] = grades.TryGetValue(category, out var asked) && asked < grade ? asked : grade; // A < B: the stricter wins
        var vehicle = r.Vehicle;
        if (s.EmissionFreeTransport && !(request.Vehicle == VehicleClass.ElectricKey && request.ElectricCo2eKgPerTonneKm is not null))
            vehicle = VehicleClass.Electric(s.ElectricCo2eKgPerTonneKm);
        var rules = r with
        {
            MaxDistanceKm = Math.Min(request.MaxDistanceKm ?? s.MaxDistanceKm, s.MaxDistanceKm),
            Vehicle = vehicle,
            MinimumGradeByCategory = grades,
            ExcludeHazardous = s.ExcludeHazardous,
            ReuseBeforeRecycling = s.ReuseBeforeRecycling,
        };
        var demand = municipalDemandLots.Count == 0 ? input.Demand
            : input.Demand.Select(d => municipalDemandLots.Contains(d.Id) ? d with { Priority = MunicipalPriority } : d).ToList();
        return input with { Rules = rules, Demand = demand };
    }
}
