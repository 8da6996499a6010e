using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.MySql.Migrations
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
                type: "varchar(64)",
                maxLength: 64,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "CaseEvents",
                type: "char(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "CaseEvents",
                type: "varchar(64)",
                maxLength: 64,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");
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
