using Corridor.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Workflow;

/// <summary>One change to a record, kept for accountability: who did what, when, and how the record looked before and after.</summary>
public sealed class AuditEntry
{
    /// <summary>The audit entry's key.</summary>
    public long Id { get; set; }
    /// <summary>The corridor the audit entry belongs to.</summary>
    public int CorridorId { get; set; }
    /// <summary>When it happened (UTC).</summary>
    public DateTime AtUtc { get; set; }
    /// <summary>Who did it; null for the system.</summary>
    public int? UserId { get; set; }
    /// <summary>The name shown for who did it.</summary>
    public string? UserName { get; set; }
    /// <summary>"match", "project", "rules", … (<see cref="AuditLog"/> constants).</summary>
    public required string EntityType { get; set; }
    /// <summary>The id of the entity the entry is about.</summary>
    public int EntityId { get; set; }
    /// <summary>What was done (snake case, e.g. <c>accept_supply</c>).</summary>
    public required string Action { get; set; }
    /// <summary>The state before, as JSON.</summary>
    public string? Before { get; set; }
    /// <summary>The state after, as JSON.</summary>
    public string? After { get; set; }
    /// <summary>Why, when a reason was given.</summary>
    public string? Reason { get; set; }
}

/// <summary>EF mapping of the match workflow (schema: migration M0005).</summary>
public static class WorkflowModel
{
    /// <summary>The audit table's keys and indexes.</summary>
    public static void Configure(ModelBuilder b)
    {
        b.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entries");
            e.HasIndex(x => new { x.CorridorId, x.EntityType, x.EntityId });
            e.HasIndex(x => new { x.CorridorId, x.AtUtc });
            e.HasOne<CorridorRegion>().WithMany().HasForeignKey(x => x.CorridorId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<PlannedMatch>(e => e.Property(x => x.Version).IsConcurrencyToken());
        b.Entity<MaterialLot>(e =>
        {
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Property(x => x.ReservedQuantity).HasPrecision(18, 4);
        });
    }
}
