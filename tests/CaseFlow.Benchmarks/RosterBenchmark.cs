using System.Diagnostics;
using System.Text;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Projects;
using CaseFlow.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Benchmarks;

/// <summary>
/// The real-name roster import (<c>POST /api/projects/{id}/roster</c>'s work): a file of many rows read,
/// every row checked and the workers written in one transaction, from CSV and from XLSX, on SQLite; beside
/// it the bare insert of the same rows through plain ADO.NET in one transaction, timed in the same run.
/// </summary>
public static class RosterBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0]) : 5_000;
        var rounds = args.Length > 1 ? int.Parse(args[1]) : 5;
        var folder = Directory.CreateTempSubdirectory("caseflow-bench-").FullName;
        var connectionString = $"Data Source={Path.Combine(folder, "bench.db")};Pooling=True";
        try
        {
            var options = new DbContextOptionsBuilder<CaseFlowDbContext>()
                .UseSqlite(connectionString, o => o.MigrationsAssembly(DatabaseSetup.SqliteMigrationsAssembly)).Options;
            int brigade;
            await using (var db = new CaseFlowDbContext(options))
            {
                await db.Database.MigrateAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
                await Seeds.Locate(null).LoadOrganisationsAsync(db);
                brigade = (await db.Organisations.SingleAsync(o => o.Code == "brigade")).Id;
            }

            var workers = Enumerable.Range(0, rows).Select(n =>
            {
                var first17 = $"440783{1960 + n / 28_000}{1 + n / 28 % 12:00}{1 + n % 28:00}{n / 336 % 1000:000}";
                return new ProjectWorker
                {
                    Name = $"工人{n}", IdNumber = first17 + ResidentIdNumber.CheckCharacter(first17), Trade = "钢筋工", Crew = $"班组{n % 20}", ContractSigned = true,
                    WageCardBank = "中国农业银行开平支行", WageCardNumber = $"622848{n:0000000000}", EnteredOn = new DateOnly(2026, 3, 1 + n % 28),
                };
            }).ToList();
            if (workers.Select(w => w.IdNumber).Distinct().Count() != rows) throw new InvalidOperationException("the generated identity numbers repeat");
            var xlsx = RosterImport.WriteXlsx(workers);
            var csv = Encoding.UTF8.GetBytes(string.Join("\r\n", workers.Select(w =>
                    $"{w.Name},{w.IdNumber},{w.Trade},{w.Crew},是,{w.WageCardBank},{w.WageCardNumber},{w.EnteredOn:yyyy-MM-dd},")
                .Prepend(string.Join(",", RosterImport.Columns))));
            Console.WriteLine($"a roster of {rows:N0} workers: CSV {csv.Length / 1024:N0} KB, XLSX {xlsx.Length / 1024:N0} KB");

            var user = new CurrentUser(1, "吴国栋", Role.Inspector, brigade);
            async Task<long> NewProject()
            {
                await using var db = new CaseFlowDbContext(options);
                var project = new ConstructionProject { OrganisationId = brigade, Name = "基准项目", DeveloperName = "建设单位", GeneralContractorName = "总包单位", Version = 1 };
                db.ConstructionProjects.Add(project);
                await db.SaveChangesAsync();
                return project.Id;
            }

            async Task<int> Import(Func<Stream, RosterFile> read, byte[] file)
            {
                var id = await NewProject();
                await using var db = new CaseFlowDbContext(options);
                await using var transaction = await db.Database.BeginTransactionAsync();
                var project = await db.ConstructionProjects.SingleAsync(p => p.Id == id);
                var result = await ProjectEndpoints.ImportAsync(db, project, read(new MemoryStream(file)), user, TimeProvider.System);
                if (result is not Microsoft.AspNetCore.Http.IStatusCodeHttpResult { StatusCode: 200 }) throw new InvalidOperationException($"the import was refused: {result}");
                await transaction.CommitAsync();
                return rows;
            }

            async Task<int> Bare()
            {
                var id = await NewProject();
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                await using var transaction = connection.BeginTransaction();
                var insert = connection.CreateCommand();
                insert.CommandText = """
                    INSERT INTO ProjectWorkers (ProjectId, Name, IdNumber, Trade, Crew, ContractSigned, WageCardBank, WageCardNumber, EnteredOn, LeftOn)
                    VALUES ($p, $name, $id, $trade, $crew, 1, $bank, $card, $entered, NULL)
                    """;
                foreach (var w in workers)
                {
                    insert.Parameters.Clear();
                    insert.Parameters.AddWithValue("$p", id);
                    insert.Parameters.AddWithValue("$name", w.Name);
                    insert.Parameters.AddWithValue("$id", w.IdNumber);
                    insert.Parameters.AddWithValue("$trade", w.Trade);
                    insert.Parameters.AddWithValue("$crew", w.Crew);
                    insert.Parameters.AddWithValue("$bank", w.WageCardBank);
                    insert.Parameters.AddWithValue("$card", w.WageCardNumber);
                    insert.Parameters.AddWithValue("$entered", w.EnteredOn.ToString("yyyy-MM-dd"));
                    await insert.ExecuteNonQueryAsync();
                }
                await transaction.CommitAsync();
                return rows;
            }

            var first = Stopwatch.StartNew();
            await Import(RosterImport.ReadXlsx, xlsx);
            Console.WriteLine($"first XLSX import, cold: {first.Elapsed.TotalMilliseconds:N0} ms");
            var fromCsv = await Timing.Median(() => Import(RosterImport.ReadCsv, csv), rounds);
            var fromXlsx = await Timing.Median(() => Import(RosterImport.ReadXlsx, xlsx), rounds);
            var bare = await Timing.Median(Bare, rounds);
            Console.WriteLine($"roster import from CSV, {rows:N0} rows read, checked and written: median {fromCsv:N0} ms over {rounds} rounds");
            Console.WriteLine($"roster import from XLSX:                                median {fromXlsx:N0} ms");
            Console.WriteLine($"bare insert of the same rows (ADO.NET, one transaction): median {bare:N0} ms");
            Console.WriteLine($"ratio CSV import / bare insert: {fromCsv / bare:0.0}; XLSX import / bare insert: {fromXlsx / bare:0.0}");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
