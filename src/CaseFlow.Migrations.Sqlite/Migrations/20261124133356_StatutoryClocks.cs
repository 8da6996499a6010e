using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StatutoryClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsCounterclaim",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsFinal",
                table: "Claims",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnsweredOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AwardServedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HearingNoticeOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LimitationNote",
                table: "Cases",
                type: "text",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MinimumWageConfirmed",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MinimumWageSource",
                table: "Cases",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "MinimumWageUsed",
                table: "Cases",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PeriodRestartedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CalendarEntries",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsWorkingDay = table.Column<bool>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarEntries", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "CaseClocks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AssigneeId = table.Column<int>(type: "INTEGER", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ObligedBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MetOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PausedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MissingCalendarYears = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseClocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseClocks_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClockDefinitions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ObligedBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClockDefinitions", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_CaseId_Code",
                table: "CaseClocks",
                columns: new[] { "CaseId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_OrganisationId_Status_DueOn",
                table: "CaseClocks",
                columns: new[] { "OrganisationId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_Status_DueOn",
                table: "CaseClocks",
                columns: new[] { "Status", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarEntries");

            migrationBuilder.DropTable(
                name: "CaseClocks");

            migrationBuilder.DropTable(
                name: "ClockDefinitions");

            migrationBuilder.DropColumn(
                name: "IsCounterclaim",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "IsFinal",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "AnsweredOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AwardServedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HearingNoticeOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "LimitationNote",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MinimumWageConfirmed",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MinimumWageSource",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MinimumWageUsed",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PeriodRestartedOn",
                table: "Cases");
        }
    }
}
