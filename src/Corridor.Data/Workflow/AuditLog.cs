using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Workflow;

/// <summary>Who made a change: a user (id and name) or the system (both null).</summary>
public sealed record AuditActor(int? UserId, string? Name)
{
    /// <summary>The actor of automatic steps (expiry, re-planning).</summary>
    public static AuditActor System { get; } = new(null, "system");
}

/// <summary>
/// The audit log: one <see cref="AuditEntry"/> per change, added to the caller's unit of work so that it is saved in the
/// same transaction as the change itself. Reusable for any record (rules changes, project edits, match transitions).
/// </summary>
public static class AuditLog
{
    /// <summary>The entity type of match entries.</summary>
    public const string Match = "match";
    /// <summary>The entity type of project entries.</summary>
    public const string Project = "project";
    /// <summary>A lot's window extended or the lot closed (<see cref="Lots.LotWindows"/>).</summary>
    public const string Lot = "lot";

    static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>Adds an entry; <paramref name="before"/> and <paramref name="after"/> are serialised as camelCase JSON.</summary>
    public static AuditEntry Add(CorridorDb db, int corridorId, AuditActor who, string entityType, int entityId, string action,
        object? before, object? after, string? reason, DateTime nowUtc)
    {
        var entry = new AuditEntry
        {
            CorridorId = corridorId, AtUtc = nowUtc, UserId = who.UserId, UserName = who.Name, EntityType = entityType, EntityId = entityId,
            Action = action, Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json), Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>A record's entries, oldest first.</summary>
    public static Task<List<AuditEntry>> ForAsync(CorridorDb db, int corridorId, string entityType, int entityId, CancellationToken ct) =>
        db.AuditEntries.AsNoTracking().Where(e => e.CorridorId == corridorId && e.EntityType == entityType && e.EntityId == entityId)
            .OrderBy(e => e.Id).ToListAsync(ct);

    /// <summary>
    /// A page of a corridor's entries, newest first. <paramref name="organisationIds"/> null: all (the chain director);
    /// otherwise only entries about matches one of whose lots, or projects or lots, belong to those organisations (or matches through
    /// <paramref name="hubIds"/>).
    /// </summary>
    public static async Task<(int Total, List<AuditEntry> Entries)> PageAsync(CorridorDb db, int corridorId, IReadOnlyCollection<int>? organisationIds,
        IReadOnlyCollection<int> hubIds, string? entityType, int? entityId, int skip, int take, CancellationToken ct)
    {
        var q = db.AuditEntries.AsNoTracking().Where(e => e.CorridorId == corridorId);
        if (entityType is not null) q = q.Where(e => e.EntityType == entityType);
        if (entityId is not null) q = q.Where(e => e.EntityId == entityId);
        if (organisationIds is not null)
        {
            var orgs = organisationIds.ToList();
            var hubs = hubIds.ToList();
            var matches = db.Matches.Where(m => m.CorridorId == corridorId && (orgs.Contains(m.SupplyLot!.Project!.OrganisationId ?? -1)
                || orgs.Contains(m.DemandLot!.Project!.OrganisationId ?? -1) || hubs.Contains(m.HubId ?? -1))).Select(m => m.Id);
            var projects = db.Projects.Where(p => p.CorridorId == corridorId && orgs.Contains(p.OrganisationId ?? -1)).Select(p => p.Id);
            var lots = db.Lots.Where(l => l.CorridorId == corridorId && orgs.Contains(l.Project!.OrganisationId ?? -1)).Select(l => l.Id);
            q = q.Where(e => (e.EntityType == Match && matches.Contains(e.EntityId)) || (e.EntityType == Project && projects.Contains(e.EntityId))
                || (e.EntityType == Lot && lots.Contains(e.EntityId)));
        }
        var total = await q.CountAsync(ct);
        var entries = await q.OrderByDescending(e => e.Id).Skip(skip).Take(take).ToListAsync(ct);
        return (total, entries);
    }

    static JsonSerializerOptions CreateJson()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        return o;
    }
}
