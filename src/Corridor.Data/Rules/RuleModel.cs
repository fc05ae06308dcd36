using Corridor.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Rules;

/// <summary>EF mapping of the rules of the game (schema: migration M0007).</summary>
internal static class RuleModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<CorridorRuleSet>(e =>
        {
            e.ToTable("corridor_rules");
            e.HasIndex(x => new { x.CorridorId, x.Version }).IsUnique();
            e.HasOne<CorridorRegion>().WithMany().HasForeignKey(x => x.CorridorId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.PriceCapEurPerTonne).HasPrecision(18, 2);
        });
    }
}
