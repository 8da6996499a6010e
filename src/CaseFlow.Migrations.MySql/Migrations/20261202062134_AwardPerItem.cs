using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class AwardPerItem : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Clerk",
                table: "Cases",
                type: "varchar(100)",
                maxLength: 100,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "FactsFound",
                table: "Cases",
                type: "text",
                maxLength: 8000,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<decimal>(
                name: "FinalAwardThreshold",
                table: "Cases",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PaymentDays",
                table: "Cases",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Clerk",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FactsFound",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FinalAwardThreshold",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PaymentDays",
                table: "Cases");
        }
    }
}
