using System.Security.Cryptography;
using System.Text;
using CaseFlow.Data;
using CaseFlow.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Workflows;

/// <summary>
/// The case history as a hash chain: each event carries the SHA-256 of its own content and of the event before
/// it in the same case, and the case carries the hash of its last event. Changing an event's words, dates or
/// actor, removing or inserting one, or cutting the history short breaks a link that <see cref="VerifyAsync"/>
/// names — a change made behind CaseFlow's back, by SQL, shows.
/// </summary>
public static class HistoryChain
{
    /// <summary>Times are kept to the microsecond, which both databases store exactly, so the hash survives the round trip.</summary>
    public static DateTimeOffset Stored(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % 10, TimeSpan.Zero);

    public static string HashOf(CaseEvent e, long caseId)
    {
        var content = string.Join('\u001f',
            caseId, e.Sequence, Stored(e.At).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ"), e.ActorId?.ToString() ?? "", e.ActorName, e.Action,
            e.FromState, e.ToState, e.Parameters ?? "", e.Reason ?? "", e.Documents ?? "", e.PreviousHash ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    /// <summary>Seals the events of <paramref name="case"/> not yet sealed, in order, onto its chain. The case's id must be known.</summary>
    public static void Seal(Case @case, IEnumerable<CaseEvent> added)
    {
        foreach (var e in added.OrderBy(e => e.Sequence))
        {
            e.At = Stored(e.At);
            e.PreviousHash = @case.LastEventHash ?? "";
            e.Hash = HashOf(e, @case.Id);
            @case.LastEventHash = e.Hash;
        }
    }

    /// <summary>A broken link: the case, the event where the chain first fails, and what is wrong there.</summary>
    public sealed record Break(long CaseId, string? CaseNumber, int Sequence, string Problem);

    public sealed record Report(int Cases, int Events, IReadOnlyList<Break> Breaks);

    /// <summary>Checks every case's chain (or those given), reading the cases in batches; names the first broken link of each.</summary>
    public static async Task<Report> VerifyAsync(CaseFlowDbContext db, IReadOnlyCollection<long>? only = null, CancellationToken cancel = default)
    {
        List<Break> breaks = [];
        var (cases, events) = (0, 0);
        long after = 0;
        while (true)
        {
            var query = db.Cases.AsNoTracking().Where(c => c.Id > after);
            if (only is not null) query = query.Where(c => only.Contains(c.Id));
            var batch = await query.OrderBy(c => c.Id).Take(500).Select(c => new { c.Id, c.CaseNumber, c.LastEventHash }).ToListAsync(cancel);
            if (batch.Count == 0) break;
            var ids = batch.Select(c => c.Id).ToList();
            var history = (await db.CaseEvents.AsNoTracking().Where(e => ids.Contains(e.CaseId)).ToListAsync(cancel))
                .ToLookup(e => e.CaseId);
            foreach (var c in batch)
            {
                cases++;
                var chain = history[c.Id].OrderBy(e => e.Sequence).ToList();
                events += chain.Count;
                if (Check(c.Id, c.LastEventHash, chain) is { } problem) breaks.Add(problem with { CaseNumber = c.CaseNumber });
            }
            after = batch[^1].Id;
        }
        return new(cases, events, breaks);
    }

    static Break? Check(long caseId, string? head, IReadOnlyList<CaseEvent> chain)
    {
        var previous = "";
        for (var i = 0; i < chain.Count; i++)
        {
            var e = chain[i];
            if (e.Sequence != i + 1) return new(caseId, null, i + 1, $"事件{i + 1}缺失（下一条是事件{e.Sequence}）：有事件被删除");
            if (e.Hash is null) return new(caseId, null, e.Sequence, "事件未封存（没有哈希值）");
            if ((e.PreviousHash ?? "") != previous) return new(caseId, null, e.Sequence, "与前一事件的链接不符：前面的事件被删除、插入或替换");
            if (HashOf(e, caseId) != e.Hash) return new(caseId, null, e.Sequence, $"内容与哈希值不符：事件“{e.Action}”（{e.At.ToOffset(WorkflowContext.ChinaOffset):yyyy-MM-dd HH:mm}）被改动");
            previous = e.Hash;
        }
        if ((head ?? "") != previous)
            return new(caseId, null, chain.Count + 1, chain.Count == 0 ? "案件没有任何事件" : $"案件记载的最后一个事件不是事件{chain.Count}：末尾的事件被删除");
        return null;
    }

    const string SealedMarker = "history-chain-sealed";

    /// <summary>
    /// Seals the histories recorded before the chain existed (an upgraded database), case by case in order, so
    /// that from now on a change to them shows. What happened to them before cannot be proven.
    /// </summary>
    public static async Task<int> SealUnsealedAsync(CaseFlowDbContext db)
    {
        // Once done, never again: every event since is sealed as it is written, and a scan of every event at
        // each start-up would cost a large database minutes.
        if (await db.ReferenceVersions.AnyAsync(v => v.Name == SealedMarker)) return 0;
        var sealedCases = 0;
        while (true)
        {
            var ids = await db.CaseEvents.Where(e => e.Hash == null).Select(e => e.CaseId).Distinct().OrderBy(id => id).Take(200).ToListAsync();
            if (ids.Count == 0)
            {
                db.ReferenceVersions.Add(new Features.Clocks.ReferenceVersion { Name = SealedMarker, Version = 1 });
                await db.SaveChangesAsync();
                return sealedCases;
            }
            var cases = await db.Cases.Include(c => c.Events).Where(c => ids.Contains(c.Id)).ToListAsync();
            foreach (var @case in cases)
            {
                @case.LastEventHash = null;
                Seal(@case, @case.Events);
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            sealedCases += cases.Count;
        }
    }
}

/// <summary><c>verify-history</c>: every case's chain checked; exit code 1 and each broken link named when any is broken.</summary>
public static class HistoryCommands
{
    public static async Task<int> VerifyAsync(IServiceProvider services, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var report = await HistoryChain.VerifyAsync(db);
        foreach (var b in report.Breaks)
            await output.WriteLineAsync($"BROKEN case {b.CaseId} {b.CaseNumber ?? "（未立案）"}, event {b.Sequence}: {b.Problem}");
        await output.WriteLineAsync($"{report.Cases} cases, {report.Events} events checked; {report.Breaks.Count} broken");
        return report.Breaks.Count == 0 ? 0 : 1;
    }
}
