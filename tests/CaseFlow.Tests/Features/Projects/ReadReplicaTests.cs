using System.Net;
using System.Net.Http.Json;
using CaseFlow.Data;
using CaseFlow.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Tests.Features.Projects;

/// <summary>
/// Reports read from the replica named by <c>CaseFlow:Database:ReadConnectionString</c>: here a
/// snapshot of the primary that lags behind it until it is refreshed.
/// </summary>
public sealed class ReadReplicaTests : IAsyncLifetime
{
    sealed class App : SqliteApp
    {
        public string Replica { get; } = Path.Combine(Path.GetTempPath(), $"caseflow-replica-{Guid.NewGuid():N}.db");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("CaseFlow:Database:ReadConnectionString", $"Data Source={Replica};Mode=ReadOnly;Pooling=False");
        }

        /// <summary>Copies the primary into the replica, as replication would.</summary>
        public Task Replicate() => Query(async db =>
        {
            if (File.Exists(Replica)) File.Delete(Replica);
            return await db.Database.ExecuteSqlAsync($"VACUUM INTO {Replica}");
        });
    }

    readonly App app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        File.Delete(app.Replica);
    }

    [Fact]
    public async Task The_arrears_report_reads_from_the_replica()
    {
        var inspector = await app.As("inspector");
        await app.Replicate();
        var created = await (await inspector.PostAsJsonAsync("/api/projects", new
        {
            name = "开平市三埠新城道路工程", developerName = "开平市城市建设投资有限公司",
            generalContractorName = "广东某路桥建设有限公司", generalContractorCreditCode = TestIds.Employer(990),
        })).Read(HttpStatusCode.Created);
        var id = created.GetProperty("project").GetProperty("id").GetInt64();

        var beforeReplication = await (await inspector.GetAsync("/api/projects")).Read(HttpStatusCode.OK);
        await app.Replicate();
        var afterReplication = await (await inspector.GetAsync("/api/projects")).Read(HttpStatusCode.OK);

        Assert.Equal(0, beforeReplication.GetArrayLength());
        Assert.Equal(id, Assert.Single(afterReplication.EnumerateArray()).GetProperty("project").GetProperty("id").GetInt64());
        await (await inspector.GetAsync($"/api/projects/{id}")).Read(HttpStatusCode.OK);
    }
}
