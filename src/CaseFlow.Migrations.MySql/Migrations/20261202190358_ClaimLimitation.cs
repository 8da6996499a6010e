using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class ClaimLimitation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LimitationExpiresOn",
                table: "Claims",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LimitationFacts",
                table: "Claims",
                type: "text",
                maxLength: 20000,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "LimitationNote",
                table: "Claims",
                type: "text",
                maxLength: 4000,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "LimitationStatus",
                table: "Claims",
                type: "varchar(40)",
                maxLength: 40,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<bool>(
                name: "EmploymentContinues",
                table: "Cases",
                type: "tinyint(1)",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EmploymentEndedOn",
                table: "Cases",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LimitationExpiresOn",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "LimitationFacts",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "LimitationNote",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "LimitationStatus",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "EmploymentContinues",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EmploymentEndedOn",
                table: "Cases");
        }
    }
}
