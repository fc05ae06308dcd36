using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Corridor.Data.Migrations;

/// <summary>
/// German notification titles and texts (notifications.title_de, text_de), stored next to the English and Dutch ones
/// so the pages and webhooks show each reader's language (docs/decisions/0013).
/// </summary>
[DbContext(typeof(CorridorDb))]
[Migration("20261204000009_NotificationsGerman")]
public sealed class M0009_NotificationsGerman : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("title_de", "notifications", nullable: true);
        m.AddColumn<string>("text_de", "notifications", nullable: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("text_de", "notifications");
        m.DropColumn("title_de", "notifications");
    }
}
