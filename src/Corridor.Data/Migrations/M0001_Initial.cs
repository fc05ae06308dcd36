using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Corridor.Data.Migrations;

/// <summary>
/// The first schema. Hand-written (EF Core's design-time package is not available; docs/decisions/0002):
/// provider-neutral column types are inferred by each provider from the CLR types, identity columns carry
/// both providers' annotations, and a test proves the migrated schema equals the one the model describes.
/// </summary>
[DbContext(typeof(CorridorDb))]
[Migration("20261122000001_Initial")]
public sealed class M0001_Initial : Migration
{
    /// <summary>Applies the migration on SQLite or PostgreSQL.</summary>
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("corridors", t => new
        {
            id = Id(t),
            code = t.Column<string>(nullable: false),
            name = t.Column<string>(nullable: false),
            description = t.Column<string>(nullable: true),
            is_demo = t.Column<bool>(nullable: false),
            created_utc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_corridors", x => x.id));
        m.CreateIndex("ix_corridors_code", "corridors", "code", unique: true);

        m.CreateTable("organisations", t => new
        {
            id = Id(t),
            corridor_id = t.Column<int>(nullable: false),
            name = t.Column<string>(nullable: false),
            type = t.Column<string>(nullable: true),
            contact_email = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_organisations", x => x.id);
            t.ForeignKey("fk_organisations_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_organisations_corridor_id_name", "organisations", ["corridor_id", "name"], unique: true);

        m.CreateTable("projects", t => new
        {
            id = Id(t),
            corridor_id = t.Column<int>(nullable: false),
            code = t.Column<string>(nullable: false),
            name = t.Column<string>(nullable: false),
            kind = t.Column<string>(nullable: false),
            organisation_id = t.Column<int>(nullable: true),
            latitude = t.Column<double>(nullable: false),
            longitude = t.Column<double>(nullable: false),
            address = t.Column<string>(nullable: true),
            start = t.Column<DateOnly>(nullable: false),
            end = t.Column<DateOnly>(nullable: false),
            status = t.Column<string>(nullable: false),
            gross_floor_area_m2 = t.Column<double>(nullable: true),
            building_type = t.Column<string>(nullable: true),
            year_built = t.Column<int>(nullable: true),
            structure = t.Column<string>(nullable: true),
            target_circular_input_percent = t.Column<double>(nullable: true),
            target_co2e_kg_per_m2 = t.Column<double>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_projects", x => x.id);
            t.ForeignKey("fk_projects_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("fk_projects_organisation_id", x => x.organisation_id, "organisations", "id", onDelete: ReferentialAction.SetNull);
        });
        m.CreateIndex("ix_projects_corridor_id_code", "projects", ["corridor_id", "code"], unique: true);
        m.CreateIndex("ix_projects_corridor_id_latitude_longitude", "projects", ["corridor_id", "latitude", "longitude"]);
        m.CreateIndex("ix_projects_organisation_id", "projects", "organisation_id");

        m.CreateTable("material_lots", t => new
        {
            id = Id(t),
            corridor_id = t.Column<int>(nullable: false),
            project_id = t.Column<int>(nullable: false),
            code = t.Column<string>(nullable: false),
            direction = t.Column<string>(nullable: false),
            category_key = t.Column<string>(nullable: false),
            description = t.Column<string>(nullable: true),
            nl_sfb = t.Column<string>(nullable: true),
            ewc = t.Column<string>(nullable: true),
            is_hazardous = t.Column<bool>(nullable: false),
            quantity = t.Column<decimal>(precision: 18, scale: 4, nullable: false),
            unit = t.Column<string>(nullable: false),
            mass_kg = t.Column<double>(nullable: false),
            mass_is_estimated = t.Column<bool>(nullable: false),
            mass_kg_low = t.Column<double>(nullable: true),
            mass_kg_high = t.Column<double>(nullable: true),
            length_m = t.Column<double>(nullable: true),
            width_m = t.Column<double>(nullable: true),
            height_m = t.Column<double>(nullable: true),
            quality = t.Column<string>(nullable: true),
            available_from = t.Column<DateOnly>(nullable: false),
            available_to = t.Column<DateOnly>(nullable: false),
            price_eur = t.Column<decimal>(precision: 18, scale: 2, nullable: true),
            status = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_material_lots", x => x.id);
            t.ForeignKey("fk_material_lots_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.NoAction);
            t.ForeignKey("fk_material_lots_project_id", x => x.project_id, "projects", "id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_material_lots_project_id_code", "material_lots", ["project_id", "code"], unique: true);
        m.CreateIndex("ix_material_lots_corridor_id_category_key_available_from", "material_lots", ["corridor_id", "category_key", "available_from"]);
        m.CreateIndex("ix_material_lots_corridor_id_available_from_available_to", "material_lots", ["corridor_id", "available_from", "available_to"]);

        m.CreateTable("hubs", t => new
        {
            id = Id(t),
            corridor_id = t.Column<int>(nullable: false),
            code = t.Column<string>(nullable: false),
            name = t.Column<string>(nullable: false),
            latitude = t.Column<double>(nullable: false),
            longitude = t.Column<double>(nullable: false),
            operator_name = t.Column<string>(nullable: true),
            storage_area_m2 = t.Column<double>(nullable: false),
            accepted_categories = t.Column<string>(nullable: false),
            services = t.Column<string>(nullable: false),
            opens = t.Column<DateOnly>(nullable: true),
            closes = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_hubs", x => x.id);
            t.ForeignKey("fk_hubs_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_hubs_corridor_id_code", "hubs", ["corridor_id", "code"], unique: true);
    }

    /// <summary>Reverts the migration.</summary>
    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("hubs");
        m.DropTable("material_lots");
        m.DropTable("projects");
        m.DropTable("organisations");
        m.DropTable("corridors");
    }

    internal static OperationBuilder<AddColumnOperation> Id(ColumnsBuilder t) =>
        t.Column<int>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
