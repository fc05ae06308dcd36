using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Corridor.Data.Migrations;

/// <summary>
/// Rules of the game: versioned rule sets per corridor (corridor_rules) and the version each plan was made under
/// (plans.rule_version). See docs/decisions/0011.
/// </summary>
[DbContext(typeof(CorridorDb))]
[Migration("20261122000007_Rules")]
public sealed class M0007_Rules : Migration
{
    /// <summary>Applies the migration on SQLite or PostgreSQL.</summary>
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("corridor_rules", t => new
        {
            id = M0001_Initial.Id(t),
            corridor_id = t.Column<int>(nullable: false),
            version = t.Column<int>(nullable: false),
            created_utc = t.Column<DateTime>(nullable: false),
            created_by = t.Column<string>(nullable: false),
            note = t.Column<string>(nullable: true),
            max_distance_km = t.Column<double>(nullable: false),
            emission_free_transport = t.Column<bool>(nullable: false),
            electric_co2e_kg_per_tonne_km = t.Column<double>(nullable: false),
            minimum_quality = t.Column<string>(nullable: false),
            exclude_hazardous = t.Column<bool>(nullable: false),
            municipal_projects_first = t.Column<bool>(nullable: false),
            reuse_before_recycling = t.Column<bool>(nullable: false),
            reservation_days = t.Column<int>(nullable: false),
            pricing = t.Column<string>(nullable: false),
            price_cap_eur_per_tonne = t.Column<decimal>(precision: 18, scale: 2, nullable: true),
            share_prices_with_partners = t.Column<bool>(nullable: false),
            plans_public = t.Column<bool>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_corridor_rules", x => x.id);
            t.ForeignKey("fk_corridor_rules_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_corridor_rules_corridor_id_version", "corridor_rules", ["corridor_id", "version"], unique: true);

        m.AddColumn<int>("rule_version", "plans", nullable: true);
    }

    /// <summary>Reverts the migration.</summary>
    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("rule_version", "plans");
        m.DropTable("corridor_rules");
    }
}
