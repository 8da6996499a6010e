using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InterimAwards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "PartiallyAwardedOn",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "AdvanceExecutionAmount",
                table: "Cases",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdvanceExecutionClaims",
                table: "Cases",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AdvanceExecutionOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AdvanceExecutionPartyId",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdvanceExecutionReason",
                table: "Cases",
                type: "text",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PartialAwardOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PartialDecision",
                table: "Cases",
                type: "text",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PartialFactsFound",
                table: "Cases",
                type: "text",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PartialPaymentDays",
                table: "Cases",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PartiallyAwardedOn",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "AdvanceExecutionAmount",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AdvanceExecutionClaims",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AdvanceExecutionOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AdvanceExecutionPartyId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AdvanceExecutionReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PartialAwardOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PartialDecision",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PartialFactsFound",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PartialPaymentDays",
                table: "Cases");
        }
    }
}
