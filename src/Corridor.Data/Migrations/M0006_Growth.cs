using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Corridor.Data.Migrations;

/// <summary>
/// Growth model self-assessments, notifications (unique per addressee and dedupe key), organisations' outgoing webhooks
/// and their deliveries. See docs/decisions/0010.
/// </summary>
[DbContext(typeof(CorridorDb))]
[Migration("20261122000006_Growth")]
public sealed class M0006_Growth : Migration
{
    /// <summary>Applies the migration on SQLite or PostgreSQL.</summary>
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("growth_assessments", t => new
        {
            id = M0001_Initial.Id(t),
            corridor_id = t.Column<int>(nullable: false),
            organisation_id = t.Column<int>(nullable: true),
            element = t.Column<string>(nullable: false),
            level = t.Column<int>(nullable: false),
            evidence = t.Column<string>(nullable: false),
            evidence_link = t.Column<string>(nullable: true),
            assessed_on = t.Column<DateOnly>(nullable: false),
            assessed_by_user_id = t.Column<int>(nullable: true),
            assessed_by = t.Column<string>(nullable: false),
            created_utc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_growth_assessments", x => x.id);
            t.ForeignKey("fk_growth_assessments_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("fk_growth_assessments_organisation_id", x => x.organisation_id, "organisations", "id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_growth_assessments_corridor_id_assessed_on", "growth_assessments", ["corridor_id", "assessed_on"]);
        m.CreateIndex("ix_growth_assessments_organisation_id", "growth_assessments", "organisation_id");

        m.CreateTable("notifications", t => new
        {
            id = M0001_Initial.Id(t),
            corridor_id = t.Column<int>(nullable: false),
            organisation_id = t.Column<int>(nullable: true),
            addressee = t.Column<string>(nullable: false),
            kind = t.Column<string>(nullable: false),
            title = t.Column<string>(nullable: false),
            text = t.Column<string>(nullable: false),
            title_nl = t.Column<string>(nullable: true),
            text_nl = t.Column<string>(nullable: true),
            link = t.Column<string>(nullable: true),
            dedupe_key = t.Column<string>(nullable: false),
            created_utc = t.Column<DateTime>(nullable: false),
            read_utc = t.Column<DateTime>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_notifications", x => x.id);
            t.ForeignKey("fk_notifications_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("fk_notifications_organisation_id", x => x.organisation_id, "organisations", "id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_notifications_corridor_id_addressee_dedupe_key", "notifications", ["corridor_id", "addressee", "dedupe_key"], unique: true);
        m.CreateIndex("ix_notifications_corridor_id_organisation_id_read_utc", "notifications", ["corridor_id", "organisation_id", "read_utc"]);
        m.CreateIndex("ix_notifications_organisation_id", "notifications", "organisation_id");

        m.CreateTable("organisation_webhooks", t => new
        {
            id = M0001_Initial.Id(t),
            corridor_id = t.Column<int>(nullable: false),
            organisation_id = t.Column<int>(nullable: false),
            url = t.Column<string>(nullable: false),
            secret = t.Column<string>(nullable: false),
            updated_utc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_organisation_webhooks", x => x.id);
            t.ForeignKey("fk_organisation_webhooks_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.NoAction);
            t.ForeignKey("fk_organisation_webhooks_organisation_id", x => x.organisation_id, "organisations", "id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_organisation_webhooks_corridor_id", "organisation_webhooks", "corridor_id");
        m.CreateIndex("ix_organisation_webhooks_organisation_id", "organisation_webhooks", "organisation_id", unique: true);

        m.CreateTable("webhook_deliveries", t => new
        {
            id = M0001_Initial.Id(t),
            corridor_id = t.Column<int>(nullable: false),
            notification_id = t.Column<int>(nullable: false),
            organisation_id = t.Column<int>(nullable: false),
            url = t.Column<string>(nullable: false),
            payload = t.Column<string>(nullable: false),
            attempts = t.Column<int>(nullable: false),
            status_code = t.Column<int>(nullable: true),
            last_error = t.Column<string>(nullable: true),
            created_utc = t.Column<DateTime>(nullable: false),
            next_attempt_utc = t.Column<DateTime>(nullable: true),
            delivered_utc = t.Column<DateTime>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_webhook_deliveries", x => x.id);
            t.ForeignKey("fk_webhook_deliveries_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.NoAction);
            t.ForeignKey("fk_webhook_deliveries_notification_id", x => x.notification_id, "notifications", "id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("fk_webhook_deliveries_organisation_id", x => x.organisation_id, "organisations", "id", onDelete: ReferentialAction.NoAction);
        });
        m.CreateIndex("ix_webhook_deliveries_corridor_id", "webhook_deliveries", "corridor_id");
        m.CreateIndex("ix_webhook_deliveries_next_attempt_utc", "webhook_deliveries", "next_attempt_utc");
        m.CreateIndex("ix_webhook_deliveries_notification_id", "webhook_deliveries", "notification_id");
        m.CreateIndex("ix_webhook_deliveries_organisation_id", "webhook_deliveries", "organisation_id");
    }

    /// <summary>Reverts the migration.</summary>
    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("webhook_deliveries");
        m.DropTable("organisation_webhooks");
        m.DropTable("notifications");
        m.DropTable("growth_assessments");
    }
}
