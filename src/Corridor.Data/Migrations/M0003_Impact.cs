using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Corridor.Data.Migrations;

/// <summary>
/// Impact accounts and passports: lot status history (filled by triggers from now on, with a baseline row per existing
/// lot), certificates, composition, provenance, corridor targets. See docs/decisions/0007.
/// </summary>
[DbContext(typeof(CorridorDb))]
[Migration("20261122000003_Impact")]
public sealed class M0003_Impact : Migration
{
    /// <summary>Applies the migration on SQLite or PostgreSQL.</summary>
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("lot_status_history", t => new
        {
            id = M0001_Initial.Id(t),
            corridor_id = t.Column<int>(nullable: false),
            lot_id = t.Column<int>(nullable: false),
            kind = t.Column<string>(nullable: false),
            status = t.Column<string>(nullable: false),
            previous_status = t.Column<string>(nullable: true),
            changed_utc = t.Column<DateTime>(nullable: false),
            note = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_lot_status_history", x => x.id);
            t.ForeignKey("fk_lot_status_history_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.NoAction);
            t.ForeignKey("fk_lot_status_history_lot_id", x => x.lot_id, "material_lots", "id", onDelete: ReferentialAction.Cascade);
        });
        LotChildIndexes(m, "lot_status_history");

        m.CreateTable("lot_certificates", t => new
        {
            id = M0001_Initial.Id(t),
            corridor_id = t.Column<int>(nullable: false),
            lot_id = t.Column<int>(nullable: false),
            kind = t.Column<string>(nullable: false),
            reference = t.Column<string>(nullable: false),
            issuer = t.Column<string>(nullable: true),
            issued_on = t.Column<DateOnly>(nullable: true),
            valid_until = t.Column<DateOnly>(nullable: true),
            url = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_lot_certificates", x => x.id);
            t.ForeignKey("fk_lot_certificates_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.NoAction);
            t.ForeignKey("fk_lot_certificates_lot_id", x => x.lot_id, "material_lots", "id", onDelete: ReferentialAction.Cascade);
        });
        LotChildIndexes(m, "lot_certificates");

        m.CreateTable("lot_components", t => new
        {
            id = M0001_Initial.Id(t),
            corridor_id = t.Column<int>(nullable: false),
            lot_id = t.Column<int>(nullable: false),
            position = t.Column<int>(nullable: false),
            material = t.Column<string>(nullable: false),
            mass_share = t.Column<double>(nullable: false),
            is_renewable = t.Column<bool>(nullable: false),
            source = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_lot_components", x => x.id);
            t.ForeignKey("fk_lot_components_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.NoAction);
            t.ForeignKey("fk_lot_components_lot_id", x => x.lot_id, "material_lots", "id", onDelete: ReferentialAction.Cascade);
        });
        LotChildIndexes(m, "lot_components");

        m.CreateTable("lot_provenance", t => new
        {
            id = M0001_Initial.Id(t),
            corridor_id = t.Column<int>(nullable: false),
            lot_id = t.Column<int>(nullable: false),
            origin_project = t.Column<string>(nullable: false),
            origin_project_name = t.Column<string>(nullable: true),
            origin_lot = t.Column<string>(nullable: true),
            mass_kg = t.Column<double>(nullable: false),
            r_step = t.Column<string>(nullable: true),
            status = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_lot_provenance", x => x.id);
            t.ForeignKey("fk_lot_provenance_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.NoAction);
            t.ForeignKey("fk_lot_provenance_lot_id", x => x.lot_id, "material_lots", "id", onDelete: ReferentialAction.Cascade);
        });
        LotChildIndexes(m, "lot_provenance");

        m.CreateTable("corridor_targets", t => new
        {
            id = M0001_Initial.Id(t),
            corridor_id = t.Column<int>(nullable: false),
            metric = t.Column<string>(nullable: false),
            value = t.Column<double>(nullable: false),
            year = t.Column<int>(nullable: true),
            basis = t.Column<string>(nullable: false),
            updated_utc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_corridor_targets", x => x.id);
            t.ForeignKey("fk_corridor_targets_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_corridor_targets_corridor_id_metric", "corridor_targets", ["corridor_id", "metric"], unique: true);

        if (m.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL") PostgreSqlTriggers(m); else SqliteTriggers(m);
    }

    static void LotChildIndexes(MigrationBuilder m, string table)
    {
        m.CreateIndex($"ix_{table}_corridor_id", table, "corridor_id");
        m.CreateIndex($"ix_{table}_lot_id", table, "lot_id");
    }

    const string Columns = "corridor_id, lot_id, kind, status, previous_status, changed_utc, note";
    const string BaselineNote = "'Status when history recording began (migration 20261122000003)'";

    // Statement-level triggers with transition tables: one insert per import statement (COPY included), not one per row.
    static void PostgreSqlTriggers(MigrationBuilder m)
    {
        m.Sql($"INSERT INTO lot_status_history ({Columns}) SELECT corridor_id, id, 'Baseline', status, NULL, now(), {BaselineNote} FROM material_lots;");
        m.Sql($"""
            CREATE FUNCTION lot_status_history_created() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO lot_status_history ({Columns})
                SELECT n.corridor_id, n.id, 'Created', n.status, NULL, now(), NULL FROM new_lots n ORDER BY n.id;
                RETURN NULL;
            END $$;
            """);
        m.Sql($"""
            CREATE FUNCTION lot_status_history_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO lot_status_history ({Columns})
                SELECT n.corridor_id, n.id, 'StatusChanged', n.status, o.status, now(), NULL
                FROM new_lots n JOIN old_lots o ON o.id = n.id
                WHERE n.status IS DISTINCT FROM o.status ORDER BY n.id;
                RETURN NULL;
            END $$;
            """);
        m.Sql("CREATE TRIGGER trg_material_lots_created AFTER INSERT ON material_lots REFERENCING NEW TABLE AS new_lots " +
              "FOR EACH STATEMENT EXECUTE FUNCTION lot_status_history_created();");
        m.Sql("CREATE TRIGGER trg_material_lots_status AFTER UPDATE ON material_lots REFERENCING OLD TABLE AS old_lots NEW TABLE AS new_lots " +
              "FOR EACH STATEMENT EXECUTE FUNCTION lot_status_history_changed();");
    }

    // strftime gives the text form EF's SQLite provider reads as a DateTime ("yyyy-MM-dd HH:mm:ss.fff", UTC).
    static void SqliteTriggers(MigrationBuilder m)
    {
        const string now = "strftime('%Y-%m-%d %H:%M:%f', 'now')";
        m.Sql($"INSERT INTO lot_status_history ({Columns}) SELECT corridor_id, id, 'Baseline', status, NULL, {now}, {BaselineNote} FROM material_lots;");
        m.Sql($"""
            CREATE TRIGGER trg_material_lots_created AFTER INSERT ON material_lots
            BEGIN
                INSERT INTO lot_status_history ({Columns}) VALUES (NEW.corridor_id, NEW.id, 'Created', NEW.status, NULL, {now}, NULL);
            END;
            """);
        m.Sql($"""
            CREATE TRIGGER trg_material_lots_status AFTER UPDATE OF status ON material_lots WHEN NEW.status IS NOT OLD.status
            BEGIN
                INSERT INTO lot_status_history ({Columns}) VALUES (NEW.corridor_id, NEW.id, 'StatusChanged', NEW.status, OLD.status, {now}, NULL);
            END;
            """);
    }

    /// <summary>Reverts the migration.</summary>
    protected override void Down(MigrationBuilder m)
    {
        if (m.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            m.Sql("DROP TRIGGER IF EXISTS trg_material_lots_created ON material_lots; DROP TRIGGER IF EXISTS trg_material_lots_status ON material_lots;");
            m.Sql("DROP FUNCTION IF EXISTS lot_status_history_created(); DROP FUNCTION IF EXISTS lot_status_history_changed();");
        }
        else
        {
            m.Sql("DROP TRIGGER IF EXISTS trg_material_lots_created; DROP TRIGGER IF EXISTS trg_material_lots_status;");
        }
        m.DropTable("corridor_targets");
        m.DropTable("lot_provenance");
        m.DropTable("lot_components");
        m.DropTable("lot_certificates");
        m.DropTable("lot_status_history");
    }
}
