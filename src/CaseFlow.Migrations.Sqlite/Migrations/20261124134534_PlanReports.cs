using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PlanReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseConclusions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsMediatedSettlement = table.Column<bool>(type: "INTEGER", nullable: false),
                    Track = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    IsPreCaseMediation = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsComplaint = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReopenedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseConclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseConclusions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanIndicators",
                columns: table => new
                {
                    Plan = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanIndicators", x => new { x.Plan, x.Number });
                });

            migrationBuilder.CreateTable(
                name: "PlanTargets",
                columns: table => new
                {
                    Plan = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Comparison = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Cumulative = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsActual = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTargets", x => new { x.Plan, x.Number, x.Year });
                    table.ForeignKey(
                        name: "FK_PlanTargets_PlanIndicators_Plan_Number",
                        columns: x => new { x.Plan, x.Number },
                        principalTable: "PlanIndicators",
                        principalColumns: new[] { "Plan", "Number" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Kind_AcceptedOn_OrganisationId_Track",
                table: "Cases",
                columns: new[] { "Kind", "AcceptedOn", "OrganisationId", "Track" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Kind_ReceivedOn_OrganisationId_Source",
                table: "Cases",
                columns: new[] { "Kind", "ReceivedOn", "OrganisationId", "Source" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseConclusions_CaseId",
                table: "CaseConclusions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseConclusions_Kind_ConcludedOn_OrganisationId_Track_IsMediatedSettlement_IsPreCaseMediation_IsComplaint",
                table: "CaseConclusions",
                columns: new[] { "Kind", "ConcludedOn", "OrganisationId", "Track", "IsMediatedSettlement", "IsPreCaseMediation", "IsComplaint" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseConclusions_Kind_ReopenedOn_OrganisationId_IsComplaint",
                table: "CaseConclusions",
                columns: new[] { "Kind", "ReopenedOn", "OrganisationId", "IsComplaint" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseConclusions");

            migrationBuilder.DropTable(
                name: "PlanTargets");

            migrationBuilder.DropTable(
                name: "PlanIndicators");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Kind_AcceptedOn_OrganisationId_Track",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Kind_ReceivedOn_OrganisationId_Source",
                table: "Cases");
        }
    }
}
