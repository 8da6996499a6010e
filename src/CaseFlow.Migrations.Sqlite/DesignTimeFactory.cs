using CaseFlow.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseFlow.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the application.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CaseFlowDbContext>
{
    public CaseFlowDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CaseFlowDbContext>();
        DatabaseSetup.Configure(builder, new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design-time.db" }, ".");
        return new CaseFlowDbContext(builder.Options);
    }
}
