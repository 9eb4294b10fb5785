using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cloud.Organizations.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrganizationTree : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:ltree", ",,");

            migrationBuilder.AddColumn<string>(
                name: "domain",
                table: "organizations",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "organizations",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "path",
                table: "organizations",
                type: "ltree",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "organizations",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Active");

            migrationBuilder.AddColumn<string>(
                name: "township",
                table: "organizations",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            // Existing rows get their path from the parent links. The owner is bound by the forced tenant policy,
            // so it is lifted for the backfill only; --migrate forces it again afterwards in any case.
            migrationBuilder.Sql("ALTER TABLE organizations NO FORCE ROW LEVEL SECURITY;");
            migrationBuilder.Sql(
                """
                WITH RECURSIVE tree AS (
                    SELECT o.tenant_id, o.id, text2ltree(replace(o.id::text, '-', '')) AS path
                    FROM organizations o
                    WHERE o.parent_organization_id IS NULL
                       OR NOT EXISTS (SELECT 1 FROM organizations p WHERE p.tenant_id = o.tenant_id AND p.id = o.parent_organization_id)
                    UNION ALL
                    SELECT c.tenant_id, c.id, t.path || text2ltree(replace(c.id::text, '-', ''))
                    FROM organizations c JOIN tree t ON c.tenant_id = t.tenant_id AND c.parent_organization_id = t.id
                )
                UPDATE organizations o SET path = tree.path FROM tree WHERE o.tenant_id = tree.tenant_id AND o.id = tree.id;
                """);
            migrationBuilder.Sql("ALTER TABLE organizations FORCE ROW LEVEL SECURITY;");
            migrationBuilder.Sql("ALTER TABLE organizations ALTER COLUMN path SET NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_path",
                table: "organizations",
                column: "path")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "ux_organizations_county_committee",
                table: "organizations",
                column: "tenant_id",
                unique: true,
                filter: "type = 'CountyCommittee'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_organizations_path",
                table: "organizations");

            migrationBuilder.DropIndex(
                name: "ux_organizations_county_committee",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "domain",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "path",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "status",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "township",
                table: "organizations");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:ltree", ",,");
        }
    }
}
