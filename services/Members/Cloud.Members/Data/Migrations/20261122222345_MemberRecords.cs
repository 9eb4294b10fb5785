using System;
using Cloud.Members.Data.Sql;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Cloud.Members.Data.Migrations
{
    /// <inheritdoc />
    public partial class MemberRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_members_organization_name",
                table: "members");

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
                name: "development_cases",
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
                    is_league_member = table.Column<bool>(type: "boolean", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_on = table.Column<DateOnly>(type: "date", nullable: false),
                    rule_set_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    stage_since = table.Column<DateOnly>(type: "date", nullable: false),
                    probation_ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    probation_round = table.Column<int>(type: "integer", nullable: false),
                    confirmed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    member_id = table.Column<Guid>(type: "uuid", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closing_body = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    closing_document_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    closing_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    archived_on = table.Column<DateOnly>(type: "date", nullable: true),
                    next_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_development_cases", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "development_settings",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    public_notice_working_days = table.Column<int>(type: "integer", nullable: false),
                    league_recommendation_max_age = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_development_settings", x => x.tenant_id);
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
                name: "member_imports",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    phase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    started_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    skip_existing = table.Column<bool>(type: "boolean", nullable: false),
                    rows_total = table.Column<int>(type: "integer", nullable: false),
                    rows_done = table.Column<int>(type: "integer", nullable: false),
                    imported = table.Column<int>(type: "integer", nullable: false),
                    skipped = table.Column<int>(type: "integer", nullable: false),
                    error_count = table.Column<int>(type: "integer", nullable: false),
                    errors = table.Column<string>(type: "jsonb", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_imports", x => new { x.tenant_id, x.id });
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

            migrationBuilder.CreateTable(
                name: "development_decisions",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    deciding_body = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    document_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    member_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    recommendation_method = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    political_review_result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    training_days = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    class_hours = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: true),
                    public_notice_from = table.Column<DateOnly>(type: "date", nullable: true),
                    public_notice_to = table.Column<DateOnly>(type: "date", nullable: true),
                    eligible_voters = table.Column<int>(type: "integer", nullable: true),
                    votes_for = table.Column<int>(type: "integer", nullable: true),
                    votes_against = table.Column<int>(type: "integer", nullable: true),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    extension_months = table.Column<int>(type: "integer", nullable: true),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_development_decisions", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "FK_development_decisions_development_cases_tenant_id_case_id",
                        columns: x => new { x.tenant_id, x.case_id },
                        principalTable: "development_cases",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_members_organization_name",
                table: "members",
                columns: new[] { "tenant_id", "organization_id", "name", "id" })
                .Annotation("Npgsql:IndexInclude", new[] { "state", "status", "gender", "ethnicity", "birth_date", "education", "occupation", "employment_status", "national_id_masked", "confirmed_on", "is_leading_cadre" });

            migrationBuilder.CreateIndex(
                name: "ix_affiliation_history_member",
                table: "affiliation_history",
                columns: new[] { "tenant_id", "member_id", "transferred_on" });

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
                name: "ix_development_cases_next_due_on",
                table: "development_cases",
                columns: new[] { "tenant_id", "next_due_on" },
                filter: "next_due_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_development_cases_organization_stage",
                table: "development_cases",
                columns: new[] { "tenant_id", "organization_id", "stage" });

            migrationBuilder.CreateIndex(
                name: "ux_development_cases_open_national_id_hash",
                table: "development_cases",
                columns: new[] { "tenant_id", "national_id_hash" },
                unique: true,
                filter: "stage IN ('Applicant', 'Activist', 'Candidate', 'Probationary', 'ProbationExtended')");

            migrationBuilder.CreateIndex(
                name: "ix_development_decisions_case",
                table: "development_decisions",
                columns: new[] { "tenant_id", "case_id" });

            migrationBuilder.CreateIndex(
                name: "ix_incoming_transfers_status",
                table: "incoming_transfers",
                columns: new[] { "tenant_id", "status" });

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

            // The app role stages a roster import in a temporary table (COPY cannot write through row-level security).
            migrationBuilder.Sql(BulkInsertSql.GrantTemporaryTables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(BulkInsertSql.RevokeTemporaryTables);

            migrationBuilder.DropTable(
                name: "affiliation_history");

            migrationBuilder.DropTable(
                name: "correction_periods");

            migrationBuilder.DropTable(
                name: "development_decisions");

            migrationBuilder.DropTable(
                name: "development_settings");

            migrationBuilder.DropTable(
                name: "incoming_transfers");

            migrationBuilder.DropTable(
                name: "lost_contact_records");

            migrationBuilder.DropTable(
                name: "member_access_log");

            migrationBuilder.DropTable(
                name: "member_imports");

            migrationBuilder.DropTable(
                name: "member_sanctions");

            migrationBuilder.DropTable(
                name: "membership_decisions");

            migrationBuilder.DropTable(
                name: "mobile_member_records");

            migrationBuilder.DropTable(
                name: "outgoing_transfers");

            migrationBuilder.DropTable(
                name: "transfer_settings");

            migrationBuilder.DropTable(
                name: "development_cases");

            migrationBuilder.DropIndex(
                name: "ix_members_organization_name",
                table: "members");

            migrationBuilder.CreateIndex(
                name: "ix_members_organization_name",
                table: "members",
                columns: new[] { "tenant_id", "organization_id", "name", "id" });
        }
    }
}
