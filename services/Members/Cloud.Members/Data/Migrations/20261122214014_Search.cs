using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cloud.Members.Data.Migrations
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_members_organization_name",
                table: "members");

            migrationBuilder.CreateIndex(
                name: "ix_members_organization_name",
                table: "members",
                columns: new[] { "tenant_id", "organization_id", "name", "id" })
                .Annotation("Npgsql:IndexInclude", new[] { "state", "status", "gender", "ethnicity", "birth_date", "education", "occupation", "employment_status", "national_id_masked", "confirmed_on", "is_leading_cadre" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
