using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HistoryChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LastEventHash",
                table: "Cases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "CaseEvents",
                type: "TEXT",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "CaseEvents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastEventHash",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "CaseEvents");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "CaseEvents");
        }
    }
}
