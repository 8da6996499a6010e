using System.Net;
using System.Net.Http.Json;
using CaseFlow.Tests.Support;
using CaseFlow.Workflows;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Tests.Features.Cases;

/// <summary>
/// The case history is a hash chain: what the workflows record verifies; an event changed, removed from the
/// middle or cut from the end by SQL — behind CaseFlow's back — is named by the verification, with its case
/// and the first broken link, by the service and by the <c>verify-history</c> command.
/// </summary>
public abstract class HistoryChainTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    async Task<long> CaseWithFourEvents(int n)
    {
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
        var registrar = await app.As("registrar");
        var created = await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today, 9400 + n, 9400 + n), CaseFlowApp.Json);
        var url = created.Headers.Location!.ToString();
        await registrar.Act(url, "submit-for-review", new { version = 1 });
        await registrar.Act(url, "accept", new { version = 2, track = "Ordinary" });
        await registrar.Act(url, "serve", new { version = 3, servedOn = "2026-11-02", method = "Post" });
        return long.Parse(url.Split('/')[^1]);
    }

    Task<HistoryChain.Report> Verify(params long[] ids) => app.Query(db => HistoryChain.VerifyAsync(db, ids));

    Task<int> Sql(FormattableString sql) => app.Query(db => db.Database.ExecuteSqlAsync(sql));

    [Fact]
    public async Task The_recorded_history_verifies_and_each_event_links_to_the_one_before()
    {
        var id = await CaseWithFourEvents(1);
        var report = await Verify(id);
        Assert.Equal((1, 4), (report.Cases, report.Events));
        Assert.Empty(report.Breaks);
        var events = await app.Query(db => db.CaseEvents.AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal("", events[0].PreviousHash);
        for (var i = 1; i < events.Count; i++) Assert.Equal(events[i - 1].Hash, events[i].PreviousHash);
        Assert.All(events, e => Assert.Matches("^[0-9a-f]{64}$", e.Hash!));
        Assert.Equal(events[^1].Hash, await app.Query(db => db.Cases.Where(c => c.Id == id).Select(c => c.LastEventHash).SingleAsync()));
    }

    [Fact]
    public async Task An_event_changed_by_sql_is_named_with_its_case_and_sequence()
    {
        var id = await CaseWithFourEvents(2);
        Assert.Equal(1, await Sql($"UPDATE CaseEvents SET ActorName = {"某人"} WHERE CaseId = {id} AND Sequence = 2"));
        var broken = Assert.Single((await Verify(id)).Breaks);
        Assert.Equal((id, 2), (broken.CaseId, broken.Sequence));
        Assert.Contains("被改动", broken.Problem);
        Assert.Contains("submit-for-review", broken.Problem);

        // The command says the same and fails.
        var output = new StringWriter();
        Assert.Equal(1, await HistoryCommands.VerifyAsync(app.Services, output));
        Assert.Contains($"BROKEN case {id}", output.ToString());
        Assert.Contains("event 2", output.ToString());
    }

    [Fact]
    public async Task An_event_removed_from_the_middle_or_the_end_is_named()
    {
        var middle = await CaseWithFourEvents(3);
        Assert.Equal(1, await Sql($"DELETE FROM CaseEvents WHERE CaseId = {middle} AND Sequence = 3"));
        var gap = Assert.Single((await Verify(middle)).Breaks);
        Assert.Equal(3, gap.Sequence);
        Assert.Contains("被删除", gap.Problem);

        // Renumbered to hide the gap: the link to the event before no longer fits.
        Assert.Equal(1, await Sql($"UPDATE CaseEvents SET Sequence = 3 WHERE CaseId = {middle} AND Sequence = 4"));
        var relinked = Assert.Single((await Verify(middle)).Breaks);
        Assert.Equal(3, relinked.Sequence);
        Assert.Contains("链接不符", relinked.Problem);

        var end = await CaseWithFourEvents(4);
        Assert.Equal(1, await Sql($"DELETE FROM CaseEvents WHERE CaseId = {end} AND Sequence = 4"));
        var cut = Assert.Single((await Verify(end)).Breaks);
        Assert.Equal(4, cut.Sequence);
        Assert.Contains("末尾的事件被删除", cut.Problem);
    }

    [Fact]
    public async Task Histories_recorded_before_the_chain_are_sealed_once_at_start_up()
    {
        var id = await CaseWithFourEvents(5);
        // As an upgraded database has them: no hashes, and the one-time sealing not yet done.
        await Sql($"UPDATE CaseEvents SET Hash = NULL, PreviousHash = NULL WHERE CaseId = {id}");
        await Sql($"UPDATE Cases SET LastEventHash = NULL WHERE Id = {id}");
        await Sql($"DELETE FROM ReferenceVersions WHERE Name = {"history-chain-sealed"}");
        Assert.Contains("未封存", Assert.Single((await Verify(id)).Breaks).Problem);

        Assert.True(await app.Query(db => HistoryChain.SealUnsealedAsync(db)) >= 1);
        Assert.Empty((await Verify(id)).Breaks);
        Assert.Equal(0, await app.Query(db => HistoryChain.SealUnsealedAsync(db)));
    }
}

public sealed class HistoryChainTestsOnSqlite(SqliteApp app) : HistoryChainTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class HistoryChainTestsOnMariaDb(MariaDbApp app) : HistoryChainTests<MariaDbApp>(app);
