using Corridor.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Accounts;

/// <summary>Table names for Identity's user tables, memberships and API tokens (created by M0004).</summary>
internal static class AccountModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<CorridorUser>().ToTable("users");
        b.Entity<IdentityUserClaim<int>>().ToTable("user_claims");
        b.Entity<IdentityUserLogin<int>>().ToTable("user_logins");
        b.Entity<IdentityUserToken<int>>().ToTable("user_tokens");
        b.Entity<Membership>(e =>
        {
            e.ToTable("memberships");
            e.HasIndex(x => new { x.UserId, x.CorridorId });
            e.HasIndex(x => x.CorridorId);
            e.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CorridorRegion>().WithMany().HasForeignKey(x => x.CorridorId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Hub>().WithMany().HasForeignKey(x => x.HubId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ApiToken>(e =>
        {
            e.ToTable("api_tokens");
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasIndex(x => x.UserId);
            e.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
