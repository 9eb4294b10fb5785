using System;
using Cloud.Organizations.Data.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cloud.Organizations.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecordsAndHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "approval_doc_no",
                table: "organizations",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "approved_on",
                table: "organizations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "dissolution_note",
                table: "organizations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "dissolved_on",
                table: "organizations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "effective_from",
                table: "organizations",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<Guid>(
                name: "host_unit_id",
                table: "organizations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "merged_into_organization_id",
                table: "organizations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "short_name",
                table: "organizations",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "temporary_task_ends_on",
                table: "organizations",
                type: "date",
                nullable: true);

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
                name: "demonstration_sites",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    liaison_leader_id = table.Column<Guid>(type: "uuid", nullable: false),
                    since_year = table.Column<int>(type: "integer", nullable: false),
                    until_year = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_demonstration_sites", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "host_units",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    township = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    employee_count = table.Column<int>(type: "integer", nullable: true),
                    full_member_count = table.Column<int>(type: "integer", nullable: false),
                    full_members_counted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_host_units", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "organization_covered_units",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_covered_units", x => new { x.tenant_id, x.organization_id, x.unit_id });
                });

            migrationBuilder.CreateTable(
                name: "organization_honors",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    award = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    year = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_honors", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "organization_member_counts",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_members = table.Column<int>(type: "integer", nullable: false),
                    probationary_members = table.Column<int>(type: "integer", nullable: false),
                    counted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_member_counts", x => new { x.tenant_id, x.organization_id });
                });

            migrationBuilder.CreateTable(
                name: "organization_versions",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    domain = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    township = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    parent_organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    path = table.Column<string>(type: "ltree", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_versions", x => new { x.tenant_id, x.organization_id, x.valid_from });
                    table.CheckConstraint("ck_organization_versions_period", "valid_to IS NULL OR valid_to > valid_from");
                });

            migrationBuilder.CreateTable(
                name: "pairing_assistances",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    strong_organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    weak_organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_on = table.Column<DateOnly>(type: "date", nullable: false),
                    end_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pairing_assistances", x => new { x.tenant_id, x.id });
                    table.CheckConstraint("ck_pairing_assistances_end", "end_on >= start_on");
                    table.CheckConstraint("ck_pairing_assistances_two_organizations", "strong_organization_id <> weak_organization_id");
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

            migrationBuilder.CreateTable(
                name: "village_ratings",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    star_rating = table.Column<int>(type: "integer", nullable: true),
                    grade = table.Column<int>(type: "integer", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_village_ratings", x => new { x.tenant_id, x.organization_id, x.year });
                    table.CheckConstraint("ck_village_ratings_grade", "grade BETWEEN 1 AND 4");
                    table.CheckConstraint("ck_village_ratings_star_rating", "star_rating BETWEEN 1 AND 5");
                });

            migrationBuilder.CreateTable(
                name: "weak_organization_flags",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    flagged_on = table.Column<DateOnly>(type: "date", nullable: false),
                    rectification_deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    rectified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_weak_organization_flags", x => new { x.tenant_id, x.id });
                    table.CheckConstraint("ck_weak_organization_flags_deadline", "rectification_deadline > flagged_on");
                    table.CheckConstraint("ck_weak_organization_flags_rectified", "rectified_on >= flagged_on");
                });

            migrationBuilder.CreateIndex(
                name: "ix_organizations_name_id",
                table: "organizations",
                columns: new[] { "tenant_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_organizations_temporary_task_ends_on",
                table: "organizations",
                column: "temporary_task_ends_on",
                filter: "kind = 'Temporary' AND status <> 'Dissolved'");

            migrationBuilder.CreateIndex(
                name: "IX_organizations_tenant_id_host_unit_id",
                table: "organizations",
                columns: new[] { "tenant_id", "host_unit_id" });

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
                name: "IX_demonstration_sites_tenant_id_organization_id",
                table: "demonstration_sites",
                columns: new[] { "tenant_id", "organization_id" });

            migrationBuilder.CreateIndex(
                name: "IX_host_units_tenant_id_category",
                table: "host_units",
                columns: new[] { "tenant_id", "category" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_covered_units_tenant_id_unit_id",
                table: "organization_covered_units",
                columns: new[] { "tenant_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_honors_tenant_id_year",
                table: "organization_honors",
                columns: new[] { "tenant_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ux_organization_honors_once",
                table: "organization_honors",
                columns: new[] { "tenant_id", "organization_id", "award", "year", "level", "title" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_organization_versions_path",
                table: "organization_versions",
                column: "path")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "IX_pairing_assistances_tenant_id_strong_organization_id",
                table: "pairing_assistances",
                columns: new[] { "tenant_id", "strong_organization_id" });

            migrationBuilder.CreateIndex(
                name: "IX_pairing_assistances_tenant_id_weak_organization_id",
                table: "pairing_assistances",
                columns: new[] { "tenant_id", "weak_organization_id" });

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

            migrationBuilder.CreateIndex(
                name: "IX_village_ratings_tenant_id_year",
                table: "village_ratings",
                columns: new[] { "tenant_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ux_weak_organization_flags_open",
                table: "weak_organization_flags",
                columns: new[] { "tenant_id", "organization_id" },
                unique: true,
                filter: "rectified_on IS NULL");

            // Composite foreign keys over tenant_id, which EF cannot map without breaking the tenant generator.
            migrationBuilder.Sql(LeadershipSql.Up);

            // The history trigger, after every table and column it reads; it backfills the first version of existing organizations.
            migrationBuilder.Sql(HistorySql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(HistorySql.Down);
            migrationBuilder.Sql(LeadershipSql.Down);

            migrationBuilder.DropTable(
                name: "committee_positions");

            migrationBuilder.DropTable(
                name: "county_settings");

            migrationBuilder.DropTable(
                name: "demonstration_sites");

            migrationBuilder.DropTable(
                name: "host_units");

            migrationBuilder.DropTable(
                name: "organization_covered_units");

            migrationBuilder.DropTable(
                name: "organization_honors");

            migrationBuilder.DropTable(
                name: "organization_member_counts");

            migrationBuilder.DropTable(
                name: "organization_versions");

            migrationBuilder.DropTable(
                name: "pairing_assistances");

            migrationBuilder.DropTable(
                name: "secretary_vacancies");

            migrationBuilder.DropTable(
                name: "terms");

            migrationBuilder.DropTable(
                name: "village_ratings");

            migrationBuilder.DropTable(
                name: "weak_organization_flags");

            migrationBuilder.DropIndex(
                name: "ix_organizations_name_id",
                table: "organizations");

            migrationBuilder.DropIndex(
                name: "ix_organizations_temporary_task_ends_on",
                table: "organizations");

            migrationBuilder.DropIndex(
                name: "IX_organizations_tenant_id_host_unit_id",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "approval_doc_no",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "approved_on",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "dissolution_note",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "dissolved_on",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "effective_from",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "host_unit_id",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "merged_into_organization_id",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "short_name",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "temporary_task_ends_on",
                table: "organizations");
        }
    }
}
