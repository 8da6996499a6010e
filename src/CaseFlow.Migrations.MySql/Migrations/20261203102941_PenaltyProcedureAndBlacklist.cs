using System;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.MySql.Migrations
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
                type: "varchar(60)",
                maxLength: 60,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<DateOnly>(
                name: "BlacklistDefenceEndsOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BlacklistGrounds",
                table: "Cases",
                type: "varchar(1000)",
                maxLength: 1000,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<DateOnly>(
                name: "BlacklistNoticeOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BlacklistTerms",
                table: "Cases",
                type: "varchar(1000)",
                maxLength: 1000,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DefenceEndsOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DefenceOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DefenceStatement",
                table: "Cases",
                type: "text",
                maxLength: 4000,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<DateOnly>(
                name: "HearingHeldOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HearingRecord",
                table: "Cases",
                type: "text",
                maxLength: 4000,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<DateOnly>(
                name: "HearingRequestEndsOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HearingRequestedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HearingRight",
                table: "Cases",
                type: "tinyint(1)",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LegalReviewApproved",
                table: "Cases",
                type: "tinyint(1)",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LegalReviewOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalReviewOpinion",
                table: "Cases",
                type: "text",
                maxLength: 2000,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "LegalReviewer",
                table: "Cases",
                type: "varchar(100)",
                maxLength: 100,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "OrderedViolations",
                table: "Cases",
                type: "varchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "PenaltyBasis",
                table: "Cases",
                type: "text",
                maxLength: 2000,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "PenaltyDecisionNumber",
                table: "Cases",
                type: "varchar(60)",
                maxLength: 60,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PenaltyFiledOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PenaltyNoticeAmount",
                table: "Cases",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PenaltyNoticeOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PenaltyServedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PenaltyServiceMethod",
                table: "Cases",
                type: "varchar(40)",
                maxLength: 40,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "PenaltyTerms",
                table: "Cases",
                type: "text",
                maxLength: 2000,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "PenaltyViolations",
                table: "Cases",
                type: "varchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "BlacklistEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    EmployerName = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreditCode = table.Column<string>(type: "varchar(18)", maxLength: 18, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DecisionNumber = table.Column<string>(type: "varchar(60)", maxLength: 60, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Grounds = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Unpaid = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Workers = table.Column<int>(type: "int", nullable: false),
                    ListedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RemovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RemovalReason = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Pledge = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: true, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4")
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
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateTable(
                name: "DecisionNumberSequences",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    Series = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    LastNumber = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionNumberSequences", x => new { x.OrganisationId, x.Series, x.Year });
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

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
