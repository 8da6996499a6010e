using CaseFlow.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseFlow.Migrations.MySql;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the MySQL model without a running server: the server
/// version is fixed instead of detected.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CaseFlowDbContext>
{
    public CaseFlowDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CaseFlowDbContext>();
        DatabaseSetup.Configure(builder, new DatabaseOptions
        {
            Provider = DatabaseProvider.MySql,
            ConnectionString = "Server=127.0.0.1;Database=caseflow_design;User=design;Password=design",
        }, ".");
        return new CaseFlowDbContext(builder.Options);
    }
}
