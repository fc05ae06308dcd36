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
    public DateTime AtUtc { get; set; }
    public int? UserId { get; set; }
    public string? UserName { get; set; }
    /// <summary>"match", "project", "rules", … (<see cref="AuditLog"/> constants).</summary>
    public required string EntityType { get; set; }
    /// <summary>The id of the entity the entry is about.</summary>
    public int EntityId { get; set; }
    public required string Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? Reason { get; set; }
}

/// <summary>EF mapping of the match workflow (schema: migration M0005).</summary>
public static class WorkflowModel
{
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
