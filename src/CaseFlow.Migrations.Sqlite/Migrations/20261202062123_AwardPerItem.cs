using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FactsFound",
                table: "Cases",
                type: "text",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "FinalAwardThreshold",
                table: "Cases",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PaymentDays",
                table: "Cases",
                type: "INTEGER",
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
