using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using CaseFlow.Data;
using CaseFlow.Features.Documents;
using CaseFlow.Tests.Support;
using CaseFlow.Workflows;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Tests.Features.Security;

/// <summary>
/// Backup and restore, round trip: the <c>backup</c> command saves a database holding cases, their hash-chained
/// histories and stored PDFs; <c>restore</c> loads it into another, empty installation; every case, event count
/// and document (its PDF checked against its hash) is the same there, the histories verify, and the API serves
/// the cases.
/// </summary>
public abstract class BackupTests<TApp>(TApp app, Func<TApp> fresh, string extension) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    [Fact]
    public async Task A_backup_restored_into_an_empty_installation_holds_every_case_event_and_document_byte_for_byte()
    {
        var registrar = await app.As("registrar");
        List<string> urls = [];
        for (var n = 0; n < 3; n++)
        {
            var created = await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today, 9600 + n, 9600 + n), CaseFlowApp.Json);
            var url = created.Headers.Location!.ToString();
            await registrar.Act(url, "submit-for-review", new { version = 1 });
            await registrar.Act(url, "accept", new { version = 2, track = "Ordinary" });
            urls.Add(url);
        }
        // The acceptance notices stand for printed PDFs: 300 KB of bytes each, with their hash.
        await app.Query(async db =>
        {
            foreach (var document in await db.CaseDocuments.ToListAsync())
            {
                document.Content = RandomNumberGenerator.GetBytes(300_000);
                (document.Sha256, document.Status, document.Pages) = (Convert.ToHexStringLower(SHA256.HashData(document.Content)), DocumentStatus.Issued, 1);
            }
            return await db.SaveChangesAsync();
        });
        var before = await app.Query(db => BackupDigest.ComputeAsync(db));
        Assert.True(before.Documents >= 3 && before.DocumentBytes >= 900_000, before.ToString());

        var file = Path.Combine(Path.GetTempPath(), $"caseflow-backup-{Guid.NewGuid():N}.{extension}");
        await using var restored = fresh();
        try
        {
            var said = new StringWriter();
            Assert.True(await BackupCommands.BackupAsync(app.Services, file, said) == 0, said.ToString());
            Assert.Contains(before.Hash, said.ToString());
            Assert.True(new FileInfo(file).Length > 900_000);

            said = new StringWriter();
            Assert.True(await BackupCommands.RestoreAsync(restored.Services, file, said) == 0, said.ToString());
            var after = await restored.Query(db => BackupDigest.ComputeAsync(db));
            Assert.Equal(before, after with { Problems = before.Problems });
            Assert.Empty(after.Problems);
            Assert.Empty((await restored.Query(db => HistoryChain.VerifyAsync(db))).Breaks);

            var there = await restored.As("registrar");
            foreach (var url in urls)
                Assert.Equal(3, (await (await there.GetAsync(url)).Read(HttpStatusCode.OK)).Version());
            var document = (await (await there.GetAsync($"{urls[0]}/documents")).Read(HttpStatusCode.OK))[0];
            var pdf = await (await there.GetAsync($"{urls[0]}/documents/{document.GetProperty("id").GetInt64()}")).Content.ReadAsByteArrayAsync();
            Assert.Equal(document.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(pdf)));
        }
        finally
        {
            File.Delete(file);
        }
    }
}

public sealed class BackupTestsOnSqlite(SqliteApp app) : BackupTests<SqliteApp>(app, () => new SqliteApp(), "db");

[Trait("Database", "MariaDb")]
public sealed class BackupTestsOnMariaDb(MariaDbApp app) : BackupTests<MariaDbApp>(app, () => new MariaDbApp(), "sql");
