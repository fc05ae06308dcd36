using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Corridor.Data.Migrations;

/// <summary>
/// Accounts: ASP.NET Core Identity's user tables (schema version 2, without global roles), memberships (a user's role in
/// a corridor), API tokens (hashes only), and a private notes field on lots. See docs/decisions/0008.
/// </summary>
[DbContext(typeof(CorridorDb))]
[Migration("20261122000004_Accounts")]
public sealed class M0004_Accounts : Migration
{
    /// <summary>Applies the migration on SQLite or PostgreSQL.</summary>
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("notes", "material_lots", nullable: true);

        m.CreateTable("users", t => new
        {
            id = M0001_Initial.Id(t),
            display_name = t.Column<string>(nullable: true),
            created_utc = t.Column<DateTime>(nullable: false),
            user_name = t.Column<string>(maxLength: 256, nullable: true),
            normalized_user_name = t.Column<string>(maxLength: 256, nullable: true),
            email = t.Column<string>(maxLength: 256, nullable: true),
            normalized_email = t.Column<string>(maxLength: 256, nullable: true),
            email_confirmed = t.Column<bool>(nullable: false),
            password_hash = t.Column<string>(nullable: true),
            security_stamp = t.Column<string>(nullable: true),
            concurrency_stamp = t.Column<string>(nullable: true),
            phone_number = t.Column<string>(nullable: true),
            phone_number_confirmed = t.Column<bool>(nullable: false),
            two_factor_enabled = t.Column<bool>(nullable: false),
            lockout_end = t.Column<DateTimeOffset>(nullable: true),
            lockout_enabled = t.Column<bool>(nullable: false),
            access_failed_count = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_users", x => x.id));
        m.CreateIndex("ix_users_normalized_email", "users", "normalized_email");
        m.CreateIndex("ix_users_normalized_user_name", "users", "normalized_user_name", unique: true);

        m.CreateTable("user_claims", t => new
        {
            id = M0001_Initial.Id(t),
            user_id = t.Column<int>(nullable: false),
            claim_type = t.Column<string>(nullable: true),
            claim_value = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_user_claims", x => x.id);
            t.ForeignKey("fk_user_claims_user_id", x => x.user_id, "users", "id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_user_claims_user_id", "user_claims", "user_id");

        m.CreateTable("user_logins", t => new
        {
            login_provider = t.Column<string>(nullable: false),
            provider_key = t.Column<string>(nullable: false),
            provider_display_name = t.Column<string>(nullable: true),
            user_id = t.Column<int>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_user_logins", x => new { x.login_provider, x.provider_key });
            t.ForeignKey("fk_user_logins_user_id", x => x.user_id, "users", "id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_user_logins_user_id", "user_logins", "user_id");

        m.CreateTable("user_tokens", t => new
        {
            user_id = t.Column<int>(nullable: false),
            login_provider = t.Column<string>(nullable: false),
            name = t.Column<string>(nullable: false),
            value = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_user_tokens", x => new { x.user_id, x.login_provider, x.name });
            t.ForeignKey("fk_user_tokens_user_id", x => x.user_id, "users", "id", onDelete: ReferentialAction.Cascade);
        });

        m.CreateTable("memberships", t => new
        {
            id = M0001_Initial.Id(t),
            user_id = t.Column<int>(nullable: false),
            corridor_id = t.Column<int>(nullable: false),
            role = t.Column<string>(nullable: false),
            organisation_id = t.Column<int>(nullable: true),
            hub_id = t.Column<int>(nullable: true),
            created_utc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_memberships", x => x.id);
            t.ForeignKey("fk_memberships_corridor_id", x => x.corridor_id, "corridors", "id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("fk_memberships_hub_id", x => x.hub_id, "hubs", "id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("fk_memberships_organisation_id", x => x.organisation_id, "organisations", "id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("fk_memberships_user_id", x => x.user_id, "users", "id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_memberships_corridor_id", "memberships", "corridor_id");
        m.CreateIndex("ix_memberships_hub_id", "memberships", "hub_id");
        m.CreateIndex("ix_memberships_organisation_id", "memberships", "organisation_id");
        m.CreateIndex("ix_memberships_user_id_corridor_id", "memberships", ["user_id", "corridor_id"]);

        m.CreateTable("api_tokens", t => new
        {
            id = M0001_Initial.Id(t),
            user_id = t.Column<int>(nullable: false),
            name = t.Column<string>(nullable: false),
            token_hash = t.Column<string>(nullable: false),
            prefix = t.Column<string>(nullable: false),
            created_utc = t.Column<DateTime>(nullable: false),
            expires_utc = t.Column<DateTime>(nullable: true),
            last_used_utc = t.Column<DateTime>(nullable: true),
            revoked_utc = t.Column<DateTime>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_api_tokens", x => x.id);
            t.ForeignKey("fk_api_tokens_user_id", x => x.user_id, "users", "id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("ix_api_tokens_token_hash", "api_tokens", "token_hash", unique: true);
        m.CreateIndex("ix_api_tokens_user_id", "api_tokens", "user_id");
    }

    /// <summary>Reverts the migration.</summary>
    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("api_tokens");
        m.DropTable("memberships");
        m.DropTable("user_tokens");
        m.DropTable("user_logins");
        m.DropTable("user_claims");
        m.DropTable("users");
        m.DropColumn("notes", "material_lots");
    }
}
