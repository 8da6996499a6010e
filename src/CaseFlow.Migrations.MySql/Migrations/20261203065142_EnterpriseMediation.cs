using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class EnterpriseMediation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EnterpriseCreditCode",
                table: "Organisations",
                type: "varchar(18)",
                maxLength: 18,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<int>(
                name: "MaxExtensionDays",
                table: "ClockDefinitions",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AtEnterpriseCommittee",
                table: "Cases",
                type: "tinyint(1)",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MediationCase_ExtensionDays",
                table: "Cases",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EnterpriseCreditCode",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "MaxExtensionDays",
                table: "ClockDefinitions");

            migrationBuilder.DropColumn(
                name: "AtEnterpriseCommittee",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MediationCase_ExtensionDays",
                table: "Cases");
        }
    }
}
