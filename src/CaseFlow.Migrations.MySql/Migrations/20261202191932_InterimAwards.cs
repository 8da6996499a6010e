using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.MySql.Migrations
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
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "AdvanceExecutionAmount",
                table: "Cases",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdvanceExecutionClaims",
                table: "Cases",
                type: "varchar(400)",
                maxLength: 400,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<DateOnly>(
                name: "AdvanceExecutionOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AdvanceExecutionPartyId",
                table: "Cases",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdvanceExecutionReason",
                table: "Cases",
                type: "text",
                maxLength: 4000,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PartialAwardOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PartialDecision",
                table: "Cases",
                type: "text",
                maxLength: 8000,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "PartialFactsFound",
                table: "Cases",
                type: "text",
                maxLength: 8000,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<int>(
                name: "PartialPaymentDays",
                table: "Cases",
                type: "int",
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
