using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Cloud.Members.Data.Migrations
{
    /// <inheritdoc />
    public partial class Records : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "correction_periods",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    outcome_on = table.Column<DateOnly>(type: "date", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_correction_periods", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "lost_contact_records",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    since = table.Column<DateOnly>(type: "date", nullable: false),
                    situation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    suspended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lost_contact_records", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "member_access_log",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    viewer_subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    viewer_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    viewer_role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    fields = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_access_log", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "member_sanctions",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    until = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_sanctions", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "membership_decisions",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    document_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_membership_decisions", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "mobile_member_records",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    destination = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    departed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    expected_return_on = table.Column<DateOnly>(type: "date", nullable: true),
                    liaison_person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    destination_org_id = table.Column<Guid>(type: "uuid", nullable: true),
                    last_contact_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobile_member_records", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateIndex(
                name: "IX_correction_periods_tenant_id_member_id_starts_on",
                table: "correction_periods",
                columns: new[] { "tenant_id", "member_id", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ux_correction_periods_open",
                table: "correction_periods",
                columns: new[] { "tenant_id", "member_id" },
                unique: true,
                filter: "outcome IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_lost_contact_records_tenant_id_member_id_since",
                table: "lost_contact_records",
                columns: new[] { "tenant_id", "member_id", "since" });

            migrationBuilder.CreateIndex(
                name: "ux_lost_contact_records_open",
                table: "lost_contact_records",
                columns: new[] { "tenant_id", "member_id" },
                unique: true,
                filter: "closed_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_member_access_log_tenant_id_member_id_id",
                table: "member_access_log",
                columns: new[] { "tenant_id", "member_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_member_access_log_tenant_id_viewer_subject_id",
                table: "member_access_log",
                columns: new[] { "tenant_id", "viewer_subject", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_member_sanctions_tenant_id_member_id_decided_on",
                table: "member_sanctions",
                columns: new[] { "tenant_id", "member_id", "decided_on" });

            migrationBuilder.CreateIndex(
                name: "IX_membership_decisions_tenant_id_member_id_id",
                table: "membership_decisions",
                columns: new[] { "tenant_id", "member_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_mobile_member_records_tenant_id_member_id_departed_on",
                table: "mobile_member_records",
                columns: new[] { "tenant_id", "member_id", "departed_on" });

            migrationBuilder.CreateIndex(
                name: "ux_mobile_member_records_open",
                table: "mobile_member_records",
                columns: new[] { "tenant_id", "member_id" },
                unique: true,
                filter: "ended_on IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "correction_periods");

            migrationBuilder.DropTable(
                name: "lost_contact_records");

            migrationBuilder.DropTable(
                name: "member_access_log");

            migrationBuilder.DropTable(
                name: "member_sanctions");

            migrationBuilder.DropTable(
                name: "membership_decisions");

            migrationBuilder.DropTable(
                name: "mobile_member_records");
        }
    }
}
