using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Corridor.Data.Migrations;

/// <summary>
/// Match workflow: both sides' acceptances, reservation period and version on matches; reserved quantity and version on
/// lots; the audit log. See docs/decisions/0009.
/// </summary>
[DbContext(typeof(CorridorDb))]
[Migration("20261122000005_Workflow")]
public sealed class M0005_Workflow : Migration
{
    /// <summary>Applies the migration on SQLite or PostgreSQL.</summary>
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<DateTime>("supply_accepted_utc", "plan_matches", nullable: true);
        m.AddColumn<string>("supply_accepted_by", "plan_matches", nullable: true);
        m.AddColumn<DateTime>("demand_accepted_utc", "plan_matches", nullable: true);
        m.AddColumn<string>("demand_accepted_by", "plan_matches", nullable: true);
        m.AddColumn<DateTime>("reserved_until_utc", "plan_matches", nullable: true);
        m.AddColumn<int>("version", "plan_matches", nullable: false, defaultValue: 0);
        m.AddColumn<decimal>("reserved_quantity", "material_lots", precision: 18, scale: 4, nullable: false, defaultValue: 0m);
        m.AddColumn<int>("version", "material_lots", nullable: false, defaultValue: 0);

        m.CreateTable("audit_entries", t => new
        {
            id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            corridor_id = t.Column<int>(nullable: false),
            at_utc = t.Column<DateTime>(nullable: false),
            user_id = t.Column<int>(nullable: true),
            user_name = t.Column<string>(nullable: true),
            entity_type = t.Column<string>(nullable: false),
            entity_id = t.Column<int>(nullable: false),
            action = t.Column<string>(nullable: false),
            before = t.Column<string>(nullable: true),
            after = t.Column<string>(nullable: true),
            reason = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_audit_entries", x => x.id);
            t.ForeignKey("fk_audit_entries_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_audit_entries_corridor_id_entity_type_entity_id", "audit_entries", ["corridor_id", "entity_type", "entity_id"]);
        m.CreateIndex("ix_audit_entries_corridor_id_at_utc", "audit_entries", ["corridor_id", "at_utc"]);
    }

    /// <summary>Reverts the migration.</summary>
    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("audit_entries");
        m.DropColumn("version", "material_lots");
        m.DropColumn("reserved_quantity", "material_lots");
        foreach (var c in new[] { "version", "reserved_until_utc", "demand_accepted_by", "demand_accepted_utc", "supply_accepted_by", "supply_accepted_utc" })
            m.DropColumn(c, "plan_matches");
    }
}
