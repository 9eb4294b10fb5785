using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cloud.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "development_case_history",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    application_on = table.Column<DateOnly>(type: "date", nullable: false),
                    gender = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    birth_year = table.Column<int>(type: "integer", nullable: false),
                    is_minority = table.Column<bool>(type: "boolean", nullable: false),
                    education_band = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    occupation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    is_league_member = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_development_case_history", x => new { x.tenant_id, x.event_id });
                });

            migrationBuilder.CreateTable(
                name: "member_facts_history",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    gender = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    birth_year = table.Column<int>(type: "integer", nullable: false),
                    is_minority = table.Column<bool>(type: "boolean", nullable: false),
                    education_band = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    occupation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    employment_status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    membership_status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    admission_approved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    confirmed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    is_leading_cadre = table.Column<bool>(type: "boolean", nullable: false),
                    work_unit_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_facts_history", x => new { x.tenant_id, x.event_id });
                });

            migrationBuilder.CreateTable(
                name: "member_state_history",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    aspect = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    value = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_state_history", x => new { x.tenant_id, x.event_id, x.aspect });
                });

            migrationBuilder.CreateTable(
                name: "organization_history",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    aspect = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    value = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_history", x => new { x.tenant_id, x.event_id, x.aspect });
                });

            migrationBuilder.CreateTable(
                name: "organization_records",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    domain = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    township = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    established_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_records", x => new { x.tenant_id, x.organization_id });
                });

            migrationBuilder.CreateIndex(
                name: "IX_development_case_history_tenant_id_case_id_valid_from",
                table: "development_case_history",
                columns: new[] { "tenant_id", "case_id", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_member_facts_history_tenant_id_member_id_valid_from",
                table: "member_facts_history",
                columns: new[] { "tenant_id", "member_id", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_member_state_history_tenant_id_member_id_aspect_valid_from",
                table: "member_state_history",
                columns: new[] { "tenant_id", "member_id", "aspect", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_history_tenant_id_organization_id_aspect_valid~",
                table: "organization_history",
                columns: new[] { "tenant_id", "organization_id", "aspect", "valid_from" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "development_case_history");

            migrationBuilder.DropTable(
                name: "member_facts_history");

            migrationBuilder.DropTable(
                name: "member_state_history");

            migrationBuilder.DropTable(
                name: "organization_history");

            migrationBuilder.DropTable(
                name: "organization_records");
        }
    }
}
