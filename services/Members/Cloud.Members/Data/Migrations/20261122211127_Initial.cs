using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cloud.Members.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:ltree", ",,");

            migrationBuilder.CreateTable(
                name: "inbox",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox", x => new { x.tenant_id, x.consumer, x.message_id });
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    national_id_ciphertext = table.Column<byte[]>(type: "bytea", nullable: false),
                    national_id_key_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    national_id_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    national_id_masked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ethnicity = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    education = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    occupation = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    employment_status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    admission_approved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    probation_start_on = table.Column<DateOnly>(type: "date", nullable: true),
                    confirmed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_group_id = table.Column<Guid>(type: "uuid", nullable: true),
                    work_unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_leading_cadre = table.Column<bool>(type: "boolean", nullable: false),
                    post_responsibility = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    state = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "organization_tree",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    domain = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    parent_organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    path = table.Column<string>(type: "ltree", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_tree", x => new { x.tenant_id, x.organization_id });
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    trace_parent = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_received_at",
                table: "inbox",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_members_name",
                table: "members",
                columns: new[] { "tenant_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_members_organization_name",
                table: "members",
                columns: new[] { "tenant_id", "organization_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_members_national_id_hash",
                table: "members",
                columns: new[] { "tenant_id", "national_id_hash" },
                unique: true,
                filter: "state <> 'TransferredOut'");

            migrationBuilder.CreateIndex(
                name: "ix_organization_tree_path",
                table: "organization_tree",
                column: "path")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_sent",
                table: "outbox",
                column: "sent_at",
                filter: "sent_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_unsent",
                table: "outbox",
                column: "next_attempt_at",
                filter: "sent_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "organization_tree");

            migrationBuilder.DropTable(
                name: "outbox");
        }
    }
}
