using System;
using Cloud.Organizations.Data.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cloud.Organizations.Data.Migrations
{
    /// <inheritdoc />
    public partial class History : Migration
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
                name: "ix_organization_versions_path",
                table: "organization_versions",
                column: "path")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.Sql(HistorySql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(HistorySql.Down);

            migrationBuilder.DropTable(
                name: "organization_versions");

            migrationBuilder.DropIndex(
                name: "ix_organizations_name_id",
                table: "organizations");

            migrationBuilder.DropIndex(
                name: "ix_organizations_temporary_task_ends_on",
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
