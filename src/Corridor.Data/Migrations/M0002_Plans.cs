using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Corridor.Data.Migrations;

/// <summary>Stored matching plans and their matches (docs/decisions/0002 for how migrations are written).</summary>
[DbContext(typeof(CorridorDb))]
[Migration("20261122000002_Plans")]
public sealed class M0002_Plans : Migration
{
    /// <summary>Applies the migration on SQLite or PostgreSQL.</summary>
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("plans", t => new
        {
            id = M0001_Initial.Id(t),
            corridor_id = t.Column<int>(nullable: false),
            created_utc = t.Column<DateTime>(nullable: false),
            document = t.Column<string>(nullable: false),
            match_count = t.Column<int>(nullable: false),
            reused_mass_kg = t.Column<double>(nullable: false),
            avoided_co2e_kg = t.Column<double>(nullable: false),
            net_co2e_kg = t.Column<double>(nullable: false),
            optimality_gap_percent = t.Column<double>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_plans", x => x.id);
            t.ForeignKey("fk_plans_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_plans_corridor_id_created_utc", "plans", ["corridor_id", "created_utc"]);

        m.CreateTable("plan_matches", t => new
        {
            id = M0001_Initial.Id(t),
            corridor_id = t.Column<int>(nullable: false),
            plan_id = t.Column<int>(nullable: false),
            supply_lot_id = t.Column<int>(nullable: false),
            demand_lot_id = t.Column<int>(nullable: false),
            hub_id = t.Column<int>(nullable: true),
            quantity = t.Column<decimal>(precision: 18, scale: 4, nullable: false),
            mass_kg = t.Column<double>(nullable: false),
            pickup_date = t.Column<DateOnly>(nullable: false),
            delivery_date = t.Column<DateOnly>(nullable: false),
            distance_km = t.Column<double>(nullable: false),
            transport_co2e_kg = t.Column<double>(nullable: false),
            avoided_co2e_kg = t.Column<double>(nullable: false),
            status = t.Column<string>(nullable: false),
            status_reason = t.Column<string>(nullable: true),
            updated_utc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_plan_matches", x => x.id);
            t.ForeignKey("fk_plan_matches_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.NoAction);
            t.ForeignKey("fk_plan_matches_plan_id", x => x.plan_id, "plans", "id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("fk_plan_matches_supply_lot_id", x => x.supply_lot_id, "material_lots", "id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("fk_plan_matches_demand_lot_id", x => x.demand_lot_id, "material_lots", "id", onDelete: ReferentialAction.NoAction);
            t.ForeignKey("fk_plan_matches_hub_id", x => x.hub_id, "hubs", "id", onDelete: ReferentialAction.SetNull);
        });
        m.CreateIndex("ix_plan_matches_plan_id", "plan_matches", "plan_id");
        m.CreateIndex("ix_plan_matches_supply_lot_id", "plan_matches", "supply_lot_id");
        m.CreateIndex("ix_plan_matches_demand_lot_id", "plan_matches", "demand_lot_id");
        m.CreateIndex("ix_plan_matches_hub_id", "plan_matches", "hub_id");
        m.CreateIndex("ix_plan_matches_corridor_id", "plan_matches", "corridor_id");
    }

    /// <summary>Reverts the migration.</summary>
    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("plan_matches");
        m.DropTable("plans");
    }
}
