using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxExtensionDays",
                table: "ClockDefinitions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AtEnterpriseCommittee",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MediationCase_ExtensionDays",
                table: "Cases",
                type: "INTEGER",
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
