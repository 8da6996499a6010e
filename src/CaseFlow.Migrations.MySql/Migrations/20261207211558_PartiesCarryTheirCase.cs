using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class PartiesCarryTheirCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Parties_Name_CaseId",
                table: "Parties");

            migrationBuilder.AddColumn<string>(
                name: "CaseKind",
                table: "Parties",
                type: "varchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "",
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<int>(
                name: "CaseOrganisationId",
                table: "Parties",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // The parties already stored take their case's kind and organisation (PartyCase), before the index is built on them.
            migrationBuilder.Sql("""
                UPDATE Parties p JOIN Cases c ON c.Id = p.CaseId SET p.CaseKind = c.Kind, p.CaseOrganisationId = c.OrganisationId
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Parties_Name_CaseKind_CaseOrganisationId_CaseId",
                table: "Parties",
                columns: new[] { "Name", "CaseKind", "CaseOrganisationId", "CaseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Parties_Name_CaseKind_CaseOrganisationId_CaseId",
                table: "Parties");

            migrationBuilder.DropColumn(
                name: "CaseKind",
                table: "Parties");

            migrationBuilder.DropColumn(
                name: "CaseOrganisationId",
                table: "Parties");

            migrationBuilder.CreateIndex(
                name: "IX_Parties_Name_CaseId",
                table: "Parties",
                columns: new[] { "Name", "CaseId" });
        }
    }
}
