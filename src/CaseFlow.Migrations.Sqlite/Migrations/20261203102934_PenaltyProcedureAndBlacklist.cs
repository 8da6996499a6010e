using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PenaltyProcedureAndBlacklist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BlacklistDecisionNumber",
                table: "Cases",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "BlacklistDefenceEndsOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BlacklistGrounds",
                table: "Cases",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "BlacklistNoticeOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BlacklistTerms",
                table: "Cases",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DefenceEndsOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DefenceOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DefenceStatement",
                table: "Cases",
                type: "text",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HearingHeldOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HearingRecord",
                table: "Cases",
                type: "text",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HearingRequestEndsOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HearingRequestedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HearingRight",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LegalReviewApproved",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LegalReviewOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalReviewOpinion",
                table: "Cases",
                type: "text",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalReviewer",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrderedViolations",
                table: "Cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PenaltyBasis",
                table: "Cases",
                type: "text",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PenaltyDecisionNumber",
                table: "Cases",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PenaltyFiledOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PenaltyNoticeAmount",
                table: "Cases",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PenaltyNoticeOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PenaltyServedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PenaltyServiceMethod",
                table: "Cases",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PenaltyTerms",
                table: "Cases",
                type: "text",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PenaltyViolations",
                table: "Cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BlacklistEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Unpaid = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Workers = table.Column<int>(type: "INTEGER", nullable: false),
                    ListedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RemovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RemovalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Pledge = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BlacklistEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BlacklistEntries_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DecisionNumberSequences",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionNumberSequences", x => new { x.OrganisationId, x.Series, x.Year });
                });

            migrationBuilder.CreateIndex(
                name: "IX_BlacklistEntries_CaseId",
                table: "BlacklistEntries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_BlacklistEntries_ExpiresOn_RemovedOn",
                table: "BlacklistEntries",
                columns: new[] { "ExpiresOn", "RemovedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BlacklistEntries");

            migrationBuilder.DropTable(
                name: "DecisionNumberSequences");

            migrationBuilder.DropColumn(
                name: "BlacklistDecisionNumber",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "BlacklistDefenceEndsOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "BlacklistGrounds",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "BlacklistNoticeOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "BlacklistTerms",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DefenceEndsOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DefenceOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DefenceStatement",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HearingHeldOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HearingRecord",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HearingRequestEndsOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HearingRequestedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HearingRight",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "LegalReviewApproved",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "LegalReviewOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "LegalReviewOpinion",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "LegalReviewer",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "OrderedViolations",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PenaltyBasis",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PenaltyDecisionNumber",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PenaltyFiledOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PenaltyNoticeAmount",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PenaltyNoticeOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PenaltyServedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PenaltyServiceMethod",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PenaltyTerms",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PenaltyViolations",
                table: "Cases");
        }
    }
}
