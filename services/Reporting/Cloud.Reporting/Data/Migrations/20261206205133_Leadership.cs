using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cloud.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class Leadership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "position_records",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    position_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    is_dual_role = table.Column<bool>(type: "boolean", nullable: false),
                    heads_host_unit = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_position_records", x => new { x.tenant_id, x.position_id });
                });

            migrationBuilder.CreateTable(
                name: "term_records",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    term_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term_number = table.Column<int>(type: "integer", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    planned_end_on = table.Column<DateOnly>(type: "date", nullable: true),
                    extended_until = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_term_records", x => new { x.tenant_id, x.term_id });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "position_records");

            migrationBuilder.DropTable(
                name: "term_records");
        }
    }
}
