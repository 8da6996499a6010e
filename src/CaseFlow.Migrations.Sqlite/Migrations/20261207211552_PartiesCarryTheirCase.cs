using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "CaseOrganisationId",
                table: "Parties",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // The parties already stored take their case's kind and organisation (PartyCase), before the index is built on them.
            migrationBuilder.Sql("""
                UPDATE Parties SET CaseKind = (SELECT c.Kind FROM Cases c WHERE c.Id = Parties.CaseId),
                               CaseOrganisationId = (SELECT c.OrganisationId FROM Cases c WHERE c.Id = Parties.CaseId)
                WHERE EXISTS (SELECT 1 FROM Cases c WHERE c.Id = Parties.CaseId)
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
