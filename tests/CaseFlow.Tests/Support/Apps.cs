using CaseFlow.Data;
using MySqlConnector;

namespace CaseFlow.Tests.Support;

/// <summary>CaseFlow on a SQLite file of its own.</summary>
public class SqliteApp : CaseFlowApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

/// <summary>
/// CaseFlow on a database of its own in the MariaDB server that <c>tests/run.sh</c> starts; the
/// server's address comes from <c>CASEFLOW_TEST_MARIADB</c>. Without it these tests fail rather than
/// skip, so that a run cannot silently leave out the MariaDB half.
/// </summary>
public class MariaDbApp : CaseFlowApp
{
    public const string ServerVariable = "CASEFLOW_TEST_MARIADB";
    readonly string database;

    public MariaDbApp() : this("caseflow_t") { }

    /// <summary>A database named <paramref name="prefix"/> and a random suffix (the read replica applies only <c>caseflow_r*</c>).</summary>
    protected MariaDbApp(string prefix) => database = $"{prefix}{Guid.NewGuid():N}"[..24];

    protected string Database => database;

    /// <summary>A second instance of CaseFlow on the database of <paramref name="first"/>, as a cluster of instances runs.</summary>
    protected MariaDbApp(MariaDbApp first) => database = first.database;

    public override DatabaseProvider Provider => DatabaseProvider.MySql;

    protected virtual string Server => Environment.GetEnvironmentVariable(ServerVariable)
        ?? throw new InvalidOperationException(
            $"{ServerVariable} is not set: the MariaDB tests need a server. Run ./tests/run.sh, which starts one, " +
            "or leave them out with --filter Database!=MariaDb.");

    // A minute to connect: at the start of a run every test class opens its database at once, and on two cores
    // the server has been seen to take over fifteen seconds (the default) to answer them all.
    protected override string? ConnectionString => new MySqlConnectionStringBuilder(Server) { Database = database, ConnectionTimeout = 60 }.ConnectionString;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            await Sql.DropDatabaseAsync(Server, database);
        }
        catch (MySqlException)
        {
            // The server is gone (the outage test stops its own); its folder is removed with it.
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>Another instance on the same MariaDB database, looking at the reference data's versions five times a second.</summary>
public sealed class SecondMariaDbInstance(MariaDbApp first) : MariaDbApp(first)
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaseFlow:ReferenceData:PollSeconds", "0.2");
    }
}

public sealed class SqliteDemoApp : SqliteApp
{
    protected override bool DemoCases => true;
}

public sealed class MariaDbDemoApp : MariaDbApp
{
    protected override bool DemoCases => true;
}

/// <summary>A fresh installation on SQLite: no demo users, nobody able to sign in.</summary>
public sealed class SqliteFreshApp : SqliteApp
{
    protected override bool Demo => false;
}

/// <summary>A fresh installation on MariaDB.</summary>
public sealed class MariaDbFreshApp : MariaDbApp
{
    protected override bool Demo => false;
}
