using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

namespace CaseFlow.Data;

/// <summary>
/// What a database holds, in a few figures and one hash: the cases (version, state, number, the head of the
/// history's chain), the number of events, and every document with its PDF, each PDF checked against its
/// stored SHA-256. Two databases with the same digest hold the same cases and the same documents.
/// </summary>
public sealed record BackupDigest(int Cases, int Events, int Documents, long DocumentBytes, IReadOnlyList<string> Problems, string Hash)
{
    public override string ToString() =>
        $"{Cases} cases, {Events} events, {Documents} documents ({DocumentBytes:N0} bytes of PDF); digest {Hash}" +
        (Problems.Count == 0 ? "" : $"; {Problems.Count} problems: {string.Join("; ", Problems)}");

    public static async Task<BackupDigest> ComputeAsync(CaseFlowDbContext db, CancellationToken cancel = default)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string line) => sha.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        var cases = await db.Cases.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Version, c.StateName, c.CaseNumber, c.LastEventHash }).ToListAsync(cancel);
        foreach (var c in cases) Add($"case {c.Id} {c.Version} {c.StateName} {c.CaseNumber} {c.LastEventHash}");
        var events = await db.CaseEvents.CountAsync(cancel);
        Add($"events {events}");
        List<string> problems = [];
        var (documents, bytes) = (0, 0L);
        long after = 0;
        while (true)
        {
            // In batches: the PDFs are the bulk of a database.
            var batch = await db.CaseDocuments.AsNoTracking().Where(d => d.Id > after).OrderBy(d => d.Id).Take(200)
                .Select(d => new { d.Id, d.CaseId, d.Template, d.Version, d.Status, d.Sha256, d.Content }).ToListAsync(cancel);
            if (batch.Count == 0) break;
            foreach (var d in batch)
            {
                documents++;
                bytes += d.Content?.Length ?? 0;
                var actual = d.Content is null ? null : Convert.ToHexStringLower(SHA256.HashData(d.Content));
                if (d.Sha256 is not null && !string.Equals(actual, d.Sha256, StringComparison.OrdinalIgnoreCase))
                    problems.Add($"document {d.Id} of case {d.CaseId}: its PDF does not match its SHA-256");
                Add($"document {d.Id} {d.CaseId} {d.Template} {d.Version} {d.Status} {d.Sha256} {actual}");
            }
            after = batch[^1].Id;
        }
        return new(cases.Count, events, documents, bytes, problems, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }
}

/// <summary>
/// <c>backup FILE</c> and <c>restore FILE</c>: the whole database, the PDFs in it included — SQLite by its
/// online backup (CaseFlow may keep running), MySQL/MariaDB by <c>mariadb-dump --single-transaction</c> (a
/// consistent snapshot without locking writers). Each prints the digest of what it saved or restored.
/// </summary>
public static class BackupCommands
{
    public static async Task<int> BackupAsync(IServiceProvider services, string file, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var digest = await BackupDigest.ComputeAsync(db);
        if (db.Database.IsSqlite())
        {
            var source = (SqliteConnection)db.Database.GetDbConnection();
            await source.OpenAsync();
            File.Delete(file);
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
            await target.OpenAsync();
            source.BackupDatabase(target);
        }
        else
        {
            var connection = new MySqlConnectionStringBuilder(db.Database.GetConnectionString());
            var code = await RunAsync("mariadb-dump", connection, ["--single-transaction", "--quick", "--hex-blob",
                "--no-tablespaces", "--default-character-set=utf8mb4", "--skip-comments", $"--result-file={file}", connection.Database]);
            if (code != 0)
            {
                await output.WriteLineAsync($"mariadb-dump failed ({code}); nothing was saved");
                return 1;
            }
        }
        await output.WriteLineAsync($"Saved to {file}: {digest}");
        return digest.Problems.Count == 0 ? 0 : 1;
    }

    /// <summary>Replaces the configured database's content with the backup's.</summary>
    public static async Task<int> RestoreAsync(IServiceProvider services, string file, TextWriter output)
    {
        if (!File.Exists(file))
        {
            await output.WriteLineAsync($"No backup at {file}");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        if (db.Database.IsSqlite())
        {
            var target = (SqliteConnection)db.Database.GetDbConnection();
            await target.OpenAsync();
            await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await source.OpenAsync();
            source.BackupDatabase(target);
            await target.CloseAsync();
        }
        else
        {
            var connection = new MySqlConnectionStringBuilder(db.Database.GetConnectionString());
            var code = await RunAsync("mariadb", connection, ["--default-character-set=utf8mb4", connection.Database], input: file);
            if (code != 0)
            {
                await output.WriteLineAsync($"mariadb failed ({code}) restoring {file}");
                return 1;
            }
        }
        db.ChangeTracker.Clear();
        var digest = await BackupDigest.ComputeAsync(db);
        await output.WriteLineAsync($"Restored from {file}: {digest}");
        return digest.Problems.Count == 0 ? 0 : 1;
    }

    /// <summary>Runs a MariaDB client tool against the connection's server; the password goes by environment, not the command line.</summary>
    static async Task<int> RunAsync(string tool, MySqlConnectionStringBuilder connection, IEnumerable<string> arguments, string? input = null)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardInput = input is not null, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--no-defaults", $"--host={connection.Server}", $"--port={connection.Port}", $"--user={connection.UserID}" }.Concat(arguments))
            start.ArgumentList.Add(a);
        start.Environment["MYSQL_PWD"] = connection.Password;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await using (var reader = File.OpenRead(input)) await reader.CopyToAsync(process.StandardInput.BaseStream);
            process.StandardInput.Close();
        }
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) Console.Error.WriteLine(await errors);
        return process.ExitCode;
    }
}
