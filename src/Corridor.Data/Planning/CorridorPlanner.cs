using System.Text.Json;
using System.Text.Json.Serialization;
using Corridor.Data.Entities;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;
using Corridor.Engine.Matching;
using Microsoft.EntityFrameworkCore;
using EngineHub = Corridor.Engine.Matching.Hub;

namespace Corridor.Data.Planning;

/// <summary>Settings a user gives for one matching run; everything has a sensible default.</summary>
public sealed record PlanRequest
{
    /// <summary>Longest leg, km; null: the corridor's rules (100 without rules). Never more than the rules allow.</summary>
    public double? MaxDistanceKm { get; init; }
    /// <summary>all_hgvs, articulated_over_33t, articulated_3_5_to_33t, rigid_over_17t, rigid_7_5_to_17t, rail, electric.</summary>
    public string Vehicle { get; init; } = VehicleClass.Default.Key;
    /// <summary>For the electric class only: its factor in kg CO2e per tonne-km (an estimate; no standard figure exists).</summary>
    public double? ElectricCo2eKgPerTonneKm { get; init; }
    /// <summary>Road km per straight-line km (1–5).</summary>
    public double DetourFactor { get; init; } = 1.3;
    /// <summary>Time step: day or week.</summary>
    public string Resolution { get; init; } = TimeResolution.Week.Key();
    /// <summary>First day planned; null: the earliest lot date.</summary>
    public DateOnly? HorizonStart { get; init; }
    /// <summary>Last day planned; null: the latest end of a lot's window.</summary>
    public DateOnly? HorizonEnd { get; init; }
    /// <summary>Least quality grade (A, B) per category key.</summary>
    public IReadOnlyDictionary<string, string>? MinimumQualityByCategory { get; init; }
}

/// <summary>
/// Runs the matching engine on a stored corridor: loads the open lots, hubs and agreed matches, plans, and stores the
/// plan with its new matches (status proposed). The JSON is the <see cref="PlanDocument"/>.
/// Re-planning (docs/decisions/0009): agreed matches (accepted … at hub) are fixed flows that the plan keeps; they stay in
/// place as the rows of the plan that proposed them (the new plan's document lists them with isFixed, but no row is copied,
/// so nothing is counted twice). Delivered and installed quantities are taken off their lots. Proposals of older plans that
/// are still only proposed are cancelled as "superseded by plan N", each with an audit entry.
/// </summary>
public static class CorridorPlanner
{
    /// <summary>The matching method and its version.</summary>
    public const string Method = "corridor-matching/1 (min-cost flow, Lagrangian hub-area pricing; docs/decisions/0006)";

    /// <summary>The JSON settings of plan documents.</summary>
    public static readonly JsonSerializerOptions Json = CreateJson();


    /// <summary>Validates a request; returns (field, message) pairs, empty when fine.</summary>
    public static IReadOnlyList<(string Field, string Message)> Validate(PlanRequest request)
    {
        var errors = new List<(string, string)>();
        if (request.MaxDistanceKm is { } km && !(km > 0 && double.IsFinite(km))) errors.Add(("maxDistanceKm", "Must be a positive number of km."));
        if (!(request.DetourFactor >= 1 && request.DetourFactor <= 5)) errors.Add(("detourFactor", "Must lie between 1 and 5 (road km per straight-line km)."));
        if (TryVehicle(request, out _) is { } vehicleError) errors.Add(("vehicle", vehicleError));
        if (!TimeResolutionText.TryParse(request.Resolution, out _)) errors.Add(("resolution", "Must be day or week."));
        if (request.HorizonStart is { } s && request.HorizonEnd is { } e && e < s) errors.Add(("horizonEnd", "Must not be before horizonStart."));
        foreach (var (key, grade) in request.MinimumQualityByCategory ?? new Dictionary<string, string>())
        {
            if (!ReferenceCatalog.CategoriesByKey.ContainsKey(key)) errors.Add(("minimumQualityByCategory", $"Unknown category '{key}'."));
            if (!QualityGradeText.TryParse(grade, out _)) errors.Add(("minimumQualityByCategory", $"'{grade}' is not a grade (A, B or C)."));
        }
        return errors;
    }

    /// <summary>Plans the corridor and stores the plan; returns it stored, as document and as the engine's plan.</summary>
    public static async Task<(MatchPlan Stored, PlanDocument Document, MatchingPlan Plan)> RunAsync(
        CorridorDb db, int corridorId, PlanRequest request, TimeProvider time,
        IProgress<MatchingProgress>? progress = null, MatchingOptions? options = null, CancellationToken ct = default, Workflow.AuditActor? by = null)
    {
        var corridor = await db.Corridors.SingleAsync(c => c.Id == corridorId, ct);
        var ruleSet = await Rules.RuleSets.CurrentAsync(db, corridorId, ct);
        var (input, ids) = await LoadAsync(db, corridorId, request, ct, CorridorClock.Today(time));
        input = await Rules.RulePlanning.ApplyAsync(db, corridorId, input, request, ruleSet?.ToSettings(), ct);
        // Agreed matches are fixed flows: a plan that cannot keep one is a conflict to resolve, never a server error.
        if (PlanConflicts.Find(ids.Agreed, input.Supply, input.Demand) is { Count: > 0 } conflicts) throw new PlanConflictException(conflicts);
        MatchingPlan plan;
        try
        {
            plan = await Task.Run(() => Matcher.Plan(input, options ?? new MatchingOptions(), progress, time, ct), ct);
        }
        catch (FixedFlowConflictException e)
        {
            throw new PlanConflictException([PlanConflicts.From(e, ids.Agreed)]);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var document = PlanMapping.ToDocument(null, corridor.Code, now, input, plan) with { RuleVersion = ruleSet?.Version };
        var stored = new MatchPlan
        {
            CorridorId = corridorId, CreatedUtc = now, Document = "", MatchCount = plan.Matches.Count,
            ReusedMassKg = plan.Totals.ReusedMassKg, AvoidedCo2eKg = plan.Totals.AvoidedCo2eKg, NetCo2eKg = plan.Totals.NetCo2eKg,
            OptimalityGapPercent = plan.Totals.OptimalityGapPercent, RuleVersion = ruleSet?.Version,
        };
        foreach (var m in plan.Matches.Where(m => !m.IsFixed))
        {
            stored.Matches.Add(new PlannedMatch
            {
                CorridorId = corridorId, SupplyLotId = ids.Lots[m.SupplyLot], DemandLotId = ids.Lots[m.DemandLot],
                HubId = m.Hub is null ? null : ids.Hubs[m.Hub], Quantity = (decimal)m.Quantity, MassKg = m.MassKg,
                PickupDate = m.PickupDate, DeliveryDate = m.DeliveryDate, DistanceKm = m.DistanceKm,
                TransportCo2eKg = m.TransportCo2eKg, AvoidedCo2eKg = m.AvoidedCo2eKg,
                Status = MatchStatus.Proposed, UpdatedUtc = now,
            });
        }
        db.Plans.Add(stored);
        await db.SaveChangesAsync(ct);
        document = document with { Id = stored.Id };
        stored.Document = JsonSerializer.Serialize(document, Json);
        var superseded = await db.Matches.Where(m => m.CorridorId == corridorId && m.PlanId != stored.Id && m.Status == MatchStatus.Proposed).ToListAsync(ct);
        foreach (var old in superseded)
        {
            var before = Workflow.MatchTransitions.Snapshot(old);
            old.Status = MatchStatus.Cancelled;
            old.StatusReason = $"superseded by plan {stored.Id}";
            old.Version++;
            old.UpdatedUtc = now;
            Workflow.AuditLog.Add(db, corridorId, by ?? Workflow.AuditActor.System, Workflow.AuditLog.Match, old.Id, "supersede",
                before, Workflow.MatchTransitions.Snapshot(old), old.StatusReason, now);
        }
        await db.SaveChangesAsync(ct);
        await Notifications.Notifier.ProposalsAsync(db, stored, time, ct);
        return (stored, document, plan);
    }

    internal sealed record IdMaps(Dictionary<string, int> Lots, Dictionary<string, int> Hubs, IReadOnlyList<PlanConflicts.Agreed> Agreed);

    /// <remarks>
    /// With <paramref name="today"/>, expired lots (<see cref="LotStates.IsExpired(LotDirection, LotStatus, DateOnly, DateOnly)"/>: window
    /// ended before today) are left out, unless an agreed match holds them (it stays a fixed flow of the plan).
    /// </remarks>
    internal static async Task<(MatchingInput Input, IdMaps Ids)> LoadAsync(CorridorDb db, int corridorId, PlanRequest request, CancellationToken ct, DateOnly? today = null)
    {
        var lots = await db.Lots.AsNoTracking().Where(l => l.CorridorId == corridorId)
            .Select(l => new
            {
                l.Id, Key = l.Project!.Code + "/" + l.Code, l.Direction, l.CategoryKey, l.Quantity, l.Unit, l.MassKg, l.Quality,
                l.IsHazardous, l.Project.Latitude, l.Project.Longitude, l.AvailableFrom, l.AvailableTo, l.Status,
            }).ToListAsync(ct);
        var hubs = await db.Hubs.AsNoTracking().Where(h => h.CorridorId == corridorId).ToListAsync(ct);
        var done = (await db.Matches.AsNoTracking().Where(m => m.CorridorId == corridorId && (m.Status == MatchStatus.Delivered || m.Status == MatchStatus.Installed))
            .Select(m => new { m.SupplyLotId, m.DemandLotId, m.Quantity }).ToListAsync(ct))
            .SelectMany(m => new[] { (Lot: m.SupplyLotId, m.Quantity), (Lot: m.DemandLotId, m.Quantity) })
            .GroupBy(x => x.Lot).ToDictionary(g => g.Key, g => g.Sum(x => x.Quantity));
        // Delivered and installed quantities are no longer supply or demand: the lots shrink by them (mass in proportion).
        lots = lots.Select(l => done.TryGetValue(l.Id, out var used) && l.Quantity > 0
                ? l with { Quantity = Math.Max(0, l.Quantity - used), MassKg = l.MassKg * (double)(Math.Max(0, l.Quantity - used) / l.Quantity) }
                : l)
            .Where(l => !(done.ContainsKey(l.Id) && l.Quantity <= 0)).ToList();
        var agreed = await db.Matches.AsNoTracking().Where(m => m.CorridorId == corridorId && MatchStates.Agreed.Contains(m.Status))
            .Select(m => new { m.Id, Supply = m.SupplyLot!.Project!.Code + "/" + m.SupplyLot.Code, Demand = m.DemandLot!.Project!.Code + "/" + m.DemandLot.Code,
                Hub = m.Hub != null ? m.Hub.Code : null, m.Quantity, m.PickupDate, m.DeliveryDate })
            .ToListAsync(ct);
        if (today is { } day)
        {
            var held = agreed.SelectMany(a => new[] { a.Supply, a.Demand }).ToHashSet(StringComparer.Ordinal);
            lots = lots.Where(l => !LotStates.IsExpired(l.Direction, l.Status, l.AvailableTo, day) || held.Contains(l.Key)).ToList();
        }

        // Unsurveyed supply has no grade yet: planned as B (reusable after checking), never as A.
        var supply = lots.Where(l => l.Direction == LotDirection.Supply && LotStates.IsPlannable(l.Direction, l.Status))
            .Select(l => new SupplyLot
            {
                Id = l.Key,
                CategoryKey = l.CategoryKey,
                Quantity = l.Quantity,
                Unit = l.Unit,
                MassKg = l.MassKg,
                Grade = l.Quality ?? QualityGrade.B,
                IsHazardous = l.IsHazardous,
                Location = new GeoPoint(l.Latitude, l.Longitude),
                AvailableFrom = l.AvailableFrom,
                AvailableTo = l.AvailableTo,
            }).ToList();
        var demand = lots.Where(l => l.Direction == LotDirection.Demand && LotStates.IsPlannable(l.Direction, l.Status))
            .Select(l => new DemandLot
            {
                Id = l.Key,
                CategoryKey = l.CategoryKey,
                Quantity = l.Quantity,
                Unit = l.Unit,
                MassKg = l.MassKg,
                MinimumGrade = l.Quality,
                Location = new GeoPoint(l.Latitude, l.Longitude),
                NeededFrom = l.AvailableFrom,
                NeededTo = l.AvailableTo,
            }).ToList();
        var engineHubs = hubs.Select(h => new EngineHub(h.Code, new GeoPoint(h.Latitude, h.Longitude), h.StorageAreaM2,
            h.AcceptedCategories, h.Opens, h.Closes)).ToList();

        var dates = supply.Select(s => s.AvailableFrom).Concat(demand.Select(d => d.NeededFrom)).DefaultIfEmpty(DateOnly.FromDateTime(DateTime.UnixEpoch)).ToList();
        var ends = supply.Select(s => s.AvailableTo).Concat(demand.Select(d => d.NeededTo)).DefaultIfEmpty(dates.Min()).ToList();
        var horizon = new PlanningHorizon(request.HorizonStart ?? dates.Min(), request.HorizonEnd ?? ends.Max());

        TryVehicle(request, out var vehicle);
        var rules = new MatchingRules
        {
            MaxDistanceKm = request.MaxDistanceKm ?? Rules.RuleSettings.Default.MaxDistanceKm,
            Vehicle = vehicle,
            DetourFactor = request.DetourFactor,
            Resolution = TimeResolutionText.TryParse(request.Resolution, out var resolution) ? resolution : TimeResolution.Week,
            MinimumGradeByCategory = (request.MinimumQualityByCategory ?? new Dictionary<string, string>())
                .ToDictionary(kv => kv.Key, kv => QualityGradeText.TryParse(kv.Value, out var g) ? g : QualityGrade.B),
            FixedFlows = agreed.Select(a => new FixedFlow(a.Supply, a.Demand, a.Hub, a.Quantity, a.PickupDate, a.DeliveryDate)).ToList(),
        };
        var input = new MatchingInput(supply, demand, engineHubs, ReferenceCatalog.Categories, rules, horizon);
        return (input, new IdMaps(lots.ToDictionary(l => l.Key, l => l.Id, StringComparer.Ordinal), hubs.ToDictionary(h => h.Code, h => h.Id, StringComparer.Ordinal),
            agreed.Select(a => new PlanConflicts.Agreed(a.Id, a.Supply, a.Demand, a.Quantity)).ToList()));
    }

    static string? TryVehicle(PlanRequest request, out VehicleClass vehicle)
    {
        if (VehicleClass.TryParse(request.Vehicle, out vehicle, request.ElectricCo2eKgPerTonneKm ?? 0)) return null;
        return request.Vehicle == VehicleClass.ElectricKey
            ? "The electric factor must be a non-negative number of kg CO2e per tonne-km."
            : $"Unknown vehicle class; use {VehicleClass.KeyList}.";
    }

    static JsonSerializerOptions CreateJson()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        return o;
    }
}
