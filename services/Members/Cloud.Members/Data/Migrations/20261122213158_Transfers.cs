using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cloud.Members.Data.Migrations
{
    /// <inheritdoc />
    public partial class Transfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "affiliation_history",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    direction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    from_organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    to_organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    other_county = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    other_organization_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    letter_no = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    transferred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_affiliation_history", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "incoming_transfers",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_county = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    national_id_masked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    national_id_hash = table.Column<byte[]>(type: "bytea", nullable: true),
                    reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    letter_no = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    suggested_organization_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    receiving_organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    accepted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    member_id = table.Column<Guid>(type: "uuid", nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    facts_admission_approved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    facts_birth_year = table.Column<int>(type: "integer", nullable: false),
                    facts_confirmed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    facts_education_band = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    facts_gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    facts_is_minority = table.Column<bool>(type: "boolean", nullable: false),
                    facts_membership_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incoming_transfers", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "outgoing_transfers",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_county = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    to_organization_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    letter_no = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    rejection_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outgoing_transfers", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "transfer_settings",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    overdue_after_days = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_settings", x => x.tenant_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_affiliation_history_member",
                table: "affiliation_history",
                columns: new[] { "tenant_id", "member_id", "transferred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_incoming_transfers_status",
                table: "incoming_transfers",
                columns: new[] { "tenant_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_outgoing_transfers_issued_on",
                table: "outgoing_transfers",
                columns: new[] { "tenant_id", "issued_on" });

            migrationBuilder.CreateIndex(
                name: "ux_outgoing_transfers_in_transit",
                table: "outgoing_transfers",
                columns: new[] { "tenant_id", "member_id" },
                unique: true,
                filter: "status = 'InTransit'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "affiliation_history");

            migrationBuilder.DropTable(
                name: "incoming_transfers");

            migrationBuilder.DropTable(
                name: "outgoing_transfers");

            migrationBuilder.DropTable(
                name: "transfer_settings");
        }
    }
}
