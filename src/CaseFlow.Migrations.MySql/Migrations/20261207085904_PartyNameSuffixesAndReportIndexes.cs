using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class PartyNameSuffixesAndReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Parties_Name",
                table: "Parties");

            migrationBuilder.DropIndex(
                name: "IX_CaseConclusions_Kind_ConcludedOn_OrganisationId_Track_IsMedi~",
                table: "CaseConclusions");

            migrationBuilder.DropIndex(
                name: "IX_CaseClocks_OrganisationId_Status_DueOn",
                table: "CaseClocks");

            migrationBuilder.DropIndex(
                name: "IX_CaseClocks_Status_DueOn",
                table: "CaseClocks");

            migrationBuilder.CreateTable(
                name: "PartyNameSuffixes",
                columns: table => new
                {
                    Suffix = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Name = table.Column<string>(type: "varchar(400)", maxLength: 400, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyNameSuffixes", x => new { x.Suffix, x.Name });
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateIndex(
                name: "IX_Parties_Name_CaseId",
                table: "Parties",
                columns: new[] { "Name", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Kind_AcceptedOn_OrganisationId_Source",
                table: "Cases",
                columns: new[] { "Kind", "AcceptedOn", "OrganisationId", "Source" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Kind_ClosedOn_AcceptedOn_OrganisationId_Track",
                table: "Cases",
                columns: new[] { "Kind", "ClosedOn", "AcceptedOn", "OrganisationId", "Track" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseConclusions_Kind_ConcludedOn_OrganisationId_Track_IsMedi~",
                table: "CaseConclusions",
                columns: new[] { "Kind", "ConcludedOn", "OrganisationId", "Track", "IsMediatedSettlement", "IsPreCaseMediation", "IsComplaint", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_OrganisationId_Status_ObligedBy_DueOn_CaseId",
                table: "CaseClocks",
                columns: new[] { "OrganisationId", "Status", "ObligedBy", "DueOn", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_Status_DueOn_Code_OrganisationId",
                table: "CaseClocks",
                columns: new[] { "Status", "DueOn", "Code", "OrganisationId" });

            // The suffixes of the names the parties already bear (PartyNameSuffix), by characters; last, so that the
            // distinct names are read from the new (Name, CaseId) index.
            migrationBuilder.Sql("""
                INSERT IGNORE INTO PartyNameSuffixes (Suffix, Name)
                WITH RECURSIVE suffixes (Pos, Name) AS (
                  SELECT 1, Name FROM (SELECT DISTINCT Name FROM Parties) AS names
                  UNION ALL SELECT Pos + 1, Name FROM suffixes WHERE Pos < CHAR_LENGTH(Name))
                SELECT SUBSTRING(Name, Pos, 100), Name FROM suffixes;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartyNameSuffixes");

            migrationBuilder.DropIndex(
                name: "IX_Parties_Name_CaseId",
                table: "Parties");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Kind_AcceptedOn_OrganisationId_Source",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Kind_ClosedOn_AcceptedOn_OrganisationId_Track",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseConclusions_Kind_ConcludedOn_OrganisationId_Track_IsMedi~",
                table: "CaseConclusions");

            migrationBuilder.DropIndex(
                name: "IX_CaseClocks_OrganisationId_Status_ObligedBy_DueOn_CaseId",
                table: "CaseClocks");

            migrationBuilder.DropIndex(
                name: "IX_CaseClocks_Status_DueOn_Code_OrganisationId",
                table: "CaseClocks");

            migrationBuilder.CreateIndex(
                name: "IX_Parties_Name",
                table: "Parties",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_CaseConclusions_Kind_ConcludedOn_OrganisationId_Track_IsMedi~",
                table: "CaseConclusions",
                columns: new[] { "Kind", "ConcludedOn", "OrganisationId", "Track", "IsMediatedSettlement", "IsPreCaseMediation", "IsComplaint" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_OrganisationId_Status_DueOn",
                table: "CaseClocks",
                columns: new[] { "OrganisationId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_Status_DueOn",
                table: "CaseClocks",
                columns: new[] { "Status", "DueOn" });
        }
    }
}
