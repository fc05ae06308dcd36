using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Corridor.Data.Migrations;

/// <summary>
/// The ASP.NET Core Data Protection key ring in the database (data_protection_keys), so that every node of the app
/// reads and writes the same keys: a sign-in cookie or antiforgery token issued by one node is valid on the others.
/// </summary>
[DbContext(typeof(CorridorDb))]
[Migration("20261204000008_DataProtectionKeys")]
public sealed class M0008_DataProtectionKeys : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("data_protection_keys", t => new
        {
            id = M0001_Initial.Id(t),
            friendly_name = t.Column<string>(nullable: true),
            xml = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_data_protection_keys", x => x.id));
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder m) => m.DropTable("data_protection_keys");
}
