using System;
using Cloud.Organizations.Data.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cloud.Organizations.Data.Migrations
{
    /// <inheritdoc />
    public partial class Leadership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "committee_positions",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term_id = table.Column<Guid>(type: "uuid", nullable: true),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    is_dual_role = table.Column<bool>(type: "boolean", nullable: false),
                    heads_host_unit = table.Column<bool>(type: "boolean", nullable: false),
                    sending_unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_committee_positions", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "county_settings",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    village_community_township_term_years = table.Column<int>(type: "integer", nullable: false),
                    committee_term_years = table.Column<int>(type: "integer", nullable: false),
                    other_term_years = table.Column<int>(type: "integer", nullable: false),
                    term_due_soon_months = table.Column<int>(type: "integer", nullable: false),
                    max_term_adjustment_months = table.Column<int>(type: "integer", nullable: false),
                    secretary_vacancy_advisory_days = table.Column<int>(type: "integer", nullable: false),
                    candidate_surplus_percent = table.Column<int>(type: "integer", nullable: false),
                    joint_branch_below_full_members = table.Column<int>(type: "integer", nullable: false),
                    general_branch_above_members = table.Column<int>(type: "integer", nullable: false),
                    committee_required_full_members = table.Column<int>(type: "integer", nullable: false),
                    village_committee_members = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_county_settings", x => x.tenant_id);
                });

            migrationBuilder.CreateTable(
                name: "secretary_vacancies",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vacant_since = table.Column<DateOnly>(type: "date", nullable: false),
                    filled_on = table.Column<DateOnly>(type: "date", nullable: true),
                    filled_by = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_secretary_vacancies", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "terms",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term_number = table.Column<int>(type: "integer", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    term_length_years = table.Column<int>(type: "integer", nullable: false),
                    planned_end_on = table.Column<DateOnly>(type: "date", nullable: false),
                    extension_approved_until = table.Column<DateOnly>(type: "date", nullable: true),
                    extension_approved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    extension_approval_doc_no = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    early_election = table.Column<bool>(type: "boolean", nullable: false),
                    approval_doc_no = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    election_method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    nomination_method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    eligible_voters = table.Column<int>(type: "integer", nullable: true),
                    voters_present = table.Column<int>(type: "integer", nullable: true),
                    seats_to_elect = table.Column<int>(type: "integer", nullable: true),
                    candidates = table.Column<int>(type: "integer", nullable: true),
                    results = table.Column<string>(type: "jsonb", nullable: false),
                    superior_approval_on = table.Column<DateOnly>(type: "date", nullable: true),
                    filing_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_terms", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateIndex(
                name: "IX_committee_positions_tenant_id_organization_id_ended_on",
                table: "committee_positions",
                columns: new[] { "tenant_id", "organization_id", "ended_on" });

            migrationBuilder.CreateIndex(
                name: "ux_committee_positions_one_holder",
                table: "committee_positions",
                columns: new[] { "tenant_id", "organization_id", "role" },
                unique: true,
                filter: "ended_on IS NULL AND role IN ('Secretary', 'GroupLeader', 'FirstSecretary')");

            migrationBuilder.CreateIndex(
                name: "ux_secretary_vacancies_open",
                table: "secretary_vacancies",
                columns: new[] { "tenant_id", "organization_id" },
                unique: true,
                filter: "filled_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_terms_tenant_id_organization_id_term_number",
                table: "terms",
                columns: new[] { "tenant_id", "organization_id", "term_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_terms_open",
                table: "terms",
                columns: new[] { "tenant_id", "organization_id" },
                unique: true,
                filter: "closed_on IS NULL");

            migrationBuilder.Sql(LeadershipSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(LeadershipSql.Down);

            migrationBuilder.DropTable(
                name: "committee_positions");

            migrationBuilder.DropTable(
                name: "county_settings");

            migrationBuilder.DropTable(
                name: "secretary_vacancies");

            migrationBuilder.DropTable(
                name: "terms");
        }
    }
}
