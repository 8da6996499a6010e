using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class ConclusionsOfFiledCasesOnEffectDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A complaint refused or withdrawn before it was filed is not an inspection case: its conclusion goes.
            migrationBuilder.Sql("""
                DELETE FROM CaseConclusions
                WHERE Kind = 'Inspection' AND CaseId IN (SELECT Id FROM Cases WHERE Kind = 'Inspection' AND AcceptedOn IS NULL)
                """);
            // A 调解书 concludes its case on the day the last party signed for it, not the day that was recorded.
            migrationBuilder.Sql("""
                UPDATE CaseConclusions
                SET ConcludedOn = (SELECT c.ClosedOn FROM Cases c WHERE c.Id = CaseConclusions.CaseId)
                WHERE Kind = 'Arbitration' AND Outcome = 'MediationStatement'
                  AND EXISTS (SELECT 1 FROM Cases c WHERE c.Id = CaseConclusions.CaseId AND c.ClosedOn IS NOT NULL)
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The removed conclusions counted what was not a case and the old dates were the days of recording: neither comes back.
        }
    }
}
