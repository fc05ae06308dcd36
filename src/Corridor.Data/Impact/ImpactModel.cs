using Corridor.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Impact;

/// <summary>EF mapping of the impact and passport tables (schema: migration M0003).</summary>
internal static class ImpactModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<LotStatusEvent>(e =>
        {
            e.ToTable("lot_status_history");
            LotChild(e);
        });
        b.Entity<LotCertificate>(e =>
        {
            e.ToTable("lot_certificates");
            LotChild(e);
        });
        b.Entity<LotComponent>(e =>
        {
            e.ToTable("lot_components");
            LotChild(e);
        });
        b.Entity<LotProvenance>(e =>
        {
            e.ToTable("lot_provenance");
            LotChild(e);
        });
        b.Entity<CorridorTarget>(e =>
        {
            e.ToTable("corridor_targets");
            e.HasIndex(x => new { x.CorridorId, x.Metric }).IsUnique();
            e.HasOne<CorridorRegion>().WithMany().HasForeignKey(x => x.CorridorId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    static void LotChild<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> e) where T : class
    {
        e.HasOne<CorridorRegion>().WithMany().HasForeignKey("CorridorId").OnDelete(DeleteBehavior.NoAction);
        e.HasOne(typeof(MaterialLot), "Lot").WithMany().HasForeignKey("LotId").OnDelete(DeleteBehavior.Cascade);
    }
}
