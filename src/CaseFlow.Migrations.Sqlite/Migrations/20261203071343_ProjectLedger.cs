using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProjectLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RosterSize",
                table: "ConstructionProjects");

            migrationBuilder.AddColumn<DateOnly>(
                name: "CompletedOn",
                table: "ConstructionProjects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ContractValue",
                table: "ConstructionProjects",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "InformationBoardPosted",
                table: "ConstructionProjects",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InformationBoardPostedOn",
                table: "ConstructionProjects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "LabourCostShare",
                table: "ConstructionProjects",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PermitNumber",
                table: "ConstructionProjects",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlannedCompletionOn",
                table: "ConstructionProjects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartedOn",
                table: "ConstructionProjects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "ConstructionProjects",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Town",
                table: "ConstructionProjects",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ConstructionProjects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "WageOfficerName",
                table: "ConstructionProjects",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WageOfficerPhone",
                table: "ConstructionProjects",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProjectEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Changes = table.Column<string>(type: "text", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectEvents_ConstructionProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ConstructionProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectParticipant",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    LeaderName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    LeaderPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectParticipant", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectParticipant_ConstructionProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ConstructionProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectWorkers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Trade = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Crew = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContractSigned = table.Column<bool>(type: "INTEGER", nullable: false),
                    WageCardBank = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WageCardNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    EnteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectWorkers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectWorkers_ConstructionProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ConstructionProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectEvents_ProjectId",
                table: "ProjectEvents",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectParticipant_ProjectId",
                table: "ProjectParticipant",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectWorkers_ProjectId_IdNumber",
                table: "ProjectWorkers",
                columns: new[] { "ProjectId", "IdNumber" },
                unique: true);

            // The subcontractors were one text; they become one participant each project, to be split by hand.
            migrationBuilder.Sql("INSERT INTO \"ProjectParticipant\" (\"ProjectId\", \"Role\", \"Name\") SELECT \"Id\", 0, SUBSTR(\"Subcontractors\", 1, 200) FROM \"ConstructionProjects\" WHERE \"Subcontractors\" IS NOT NULL AND \"Subcontractors\" <> ''");

            migrationBuilder.DropColumn(
                name: "Subcontractors",
                table: "ConstructionProjects");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProjectEvents");

            migrationBuilder.DropTable(
                name: "ProjectParticipant");

            migrationBuilder.DropTable(
                name: "ProjectWorkers");

            migrationBuilder.DropColumn(
                name: "CompletedOn",
                table: "ConstructionProjects");

            migrationBuilder.DropColumn(
                name: "ContractValue",
                table: "ConstructionProjects");

            migrationBuilder.DropColumn(
                name: "InformationBoardPosted",
                table: "ConstructionProjects");

            migrationBuilder.DropColumn(
                name: "InformationBoardPostedOn",
                table: "ConstructionProjects");

            migrationBuilder.DropColumn(
                name: "LabourCostShare",
                table: "ConstructionProjects");

            migrationBuilder.DropColumn(
                name: "PermitNumber",
                table: "ConstructionProjects");

            migrationBuilder.DropColumn(
                name: "PlannedCompletionOn",
                table: "ConstructionProjects");

            migrationBuilder.DropColumn(
                name: "StartedOn",
                table: "ConstructionProjects");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "ConstructionProjects");

            migrationBuilder.DropColumn(
                name: "Town",
                table: "ConstructionProjects");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ConstructionProjects");

            migrationBuilder.DropColumn(
                name: "WageOfficerName",
                table: "ConstructionProjects");

            migrationBuilder.DropColumn(
                name: "WageOfficerPhone",
                table: "ConstructionProjects");

            migrationBuilder.AddColumn<int>(
                name: "RosterSize",
                table: "ConstructionProjects",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Subcontractors",
                table: "ConstructionProjects",
                type: "TEXT",
                maxLength: 400,
                nullable: true);
        }
    }
}
