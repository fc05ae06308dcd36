using System.Globalization;
using System.Text.Json;
using Corridor.Data.ReferenceData;
using Corridor.Engine.Domain;
using Corridor.Engine.Impact;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Impact;

/// <summary>
/// Reads what impact accounts need from the database: every lot of a corridor, its matches that count (accepted or
/// later, from any plan) and the proposed matches of its latest plan (potential), with the transport rule of each plan.
/// </summary>
public static class ImpactStore
{
    /// <summary>Loads what impact accounts are computed from: the corridor's lots, counted and potential matches, factors.</summary>
    public static async Task<ImpactData> LoadAsync(CorridorDb db, int corridorId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var lots = await db.Lots.AsNoTracking().Where(l => l.CorridorId == corridorId)
            .Select(l => new ImpactLot
            {
                Id = l.Id,
                Label = l.Project!.Code + "/" + l.Code,
                ProjectId = l.ProjectId,
                Direction = l.Direction,
                CategoryKey = l.CategoryKey,
                MassKg = l.MassKg,
                MassIsEstimated = l.MassIsEstimated,
                Quality = l.Quality,
                IsHazardous = l.IsHazardous,
                Status = l.Status,
                AvailableFrom = l.AvailableFrom,
            })
            .ToListAsync(ct);

        var latestPlan = await db.Plans.Where(p => p.CorridorId == corridorId)
            .OrderByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        var matches = await db.Matches.AsNoTracking()
            .Where(m => m.CorridorId == corridorId && m.Status != MatchStatus.Rejected && m.Status != MatchStatus.Cancelled
                        && (m.Status != MatchStatus.Proposed || m.PlanId == latestPlan))
            .Select(m => new { m.Id, m.PlanId, m.SupplyLotId, m.DemandLotId, m.MassKg, m.DeliveryDate, m.DistanceKm, m.TransportCo2eKg, m.Status })
            .ToListAsync(ct);

        var planIds = matches.Select(m => m.PlanId).Distinct().ToList();
        var transport = new Dictionary<int, string>();
        foreach (var plan in await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).Select(p => new { p.Id, p.CreatedUtc, p.Document }).ToListAsync(ct))
            transport[plan.Id] = TransportSource(plan.Id, plan.CreatedUtc, plan.Document);

        var flows = matches
            .Select(m => new ImpactFlow
            {
                Id = m.Id,
                SupplyLotId = m.SupplyLotId,
                DemandLotId = m.DemandLotId,
                MassKg = m.MassKg,
                DeliveryDate = m.DeliveryDate,
                DistanceKm = m.DistanceKm,
                TransportCo2eKg = m.TransportCo2eKg,
                TransportSource = transport[m.PlanId],
                Standing = RLadder.Standing(m.Status)!.Value,
            })
            .ToList();
        return new ImpactData(lots, flows, ImpactFactorTable.For(ReferenceCatalog.Categories), ImpactAssumptions.Default);
    }

    /// <summary>Names the transport rule a plan was made under, from the rules stored in its document.</summary>
    internal static string TransportSource(int planId, DateTime createdUtc, string document)
    {
        var plan = string.Create(CultureInfo.InvariantCulture, $"Match plan {planId} of {createdUtc:yyyy-MM-dd}");
        try
        {
            using var json = JsonDocument.Parse(document);
            if (json.RootElement.TryGetProperty("rules", out var rules)
                && rules.TryGetProperty("vehicleClass", out var vehicle) && vehicle.ValueKind == JsonValueKind.String
                && rules.TryGetProperty("vehicleCo2eKgPerTonneKm", out var factor) && factor.ValueKind == JsonValueKind.Number)
            {
                var estimate = rules.TryGetProperty("vehicleFactorIsEstimate", out var e) && e.ValueKind == JsonValueKind.True ? " (an estimate)" : "";
                var detour = rules.TryGetProperty("detourFactor", out var d) && d.ValueKind == JsonValueKind.Number
                    ? string.Create(CultureInfo.InvariantCulture, $" × road detour factor {d.GetDouble()}") : "";
                return string.Create(CultureInfo.InvariantCulture,
                    $"{plan}: transport (A4/C2) by {vehicle.GetString()}, {factor.GetDouble()} kg CO2e per tonne-km{estimate}{detour} (UK government GHG conversion factors)");
            }
        }
        catch (JsonException)
        {
            // An unreadable document still names its plan below.
        }
        return $"{plan}: transport (A4/C2) as stored with each match by the matching engine";
    }
}
