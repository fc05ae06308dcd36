using Corridor.Data.Entities;
using Corridor.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Data.Growth;

/// <summary>Tables for growth self-assessments, notifications, webhooks and their deliveries (created by M0006).</summary>
internal static class GrowthDataModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<GrowthAssessment>(e =>
        {
            e.ToTable("growth_assessments");
            e.HasIndex(x => new { x.CorridorId, x.AssessedOn });
            e.HasOne<CorridorRegion>().WithMany().HasForeignKey(x => x.CorridorId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Notification>(e =>
        {
            e.ToTable("notifications");
            e.HasIndex(x => new { x.CorridorId, x.Addressee, x.DedupeKey }).IsUnique();
            e.HasIndex(x => new { x.CorridorId, x.OrganisationId, x.ReadUtc });
            e.HasOne<CorridorRegion>().WithMany().HasForeignKey(x => x.CorridorId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<OrganisationWebhook>(e =>
        {
            e.ToTable("organisation_webhooks");
            e.HasIndex(x => x.OrganisationId).IsUnique();
            e.HasOne<CorridorRegion>().WithMany().HasForeignKey(x => x.CorridorId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<WebhookDelivery>(e =>
        {
            e.ToTable("webhook_deliveries");
            e.HasIndex(x => x.NextAttemptUtc);
            e.HasIndex(x => x.NotificationId);
            e.HasIndex(x => x.OrganisationId);
            e.HasOne<CorridorRegion>().WithMany().HasForeignKey(x => x.CorridorId).OnDelete(DeleteBehavior.NoAction);
            e.HasOne<Notification>().WithMany().HasForeignKey(x => x.NotificationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.NoAction);
        });
    }
}
