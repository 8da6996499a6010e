using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MySqlConnector;

namespace CaseFlow.Tests.Features.Cases;

/// <summary>
/// The migration that adds the suffixes of party names (the case list's search by any part of a name) fills them for
/// the parties already stored, by characters, once per distinct name.
/// </summary>
public abstract class PartyNameSuffixMigrationTests(DatabaseProvider provider) : IAsyncLifetime
{
    const string Before = "ConclusionsOfFiledCasesOnEffectDate";
    readonly string folder = Directory.CreateTempSubdirectory("caseflow-migration-").FullName;
    readonly string database = $"caseflow_m{Guid.NewGuid():N}"[..24];
    string Server => Environment.GetEnvironmentVariable(MariaDbApp.ServerVariable)
        ?? throw new InvalidOperationException($"{MariaDbApp.ServerVariable} is not set: run ./tests/run.sh, which starts a MariaDB server");

    CaseFlowDbContext Context()
    {
        var builder = new DbContextOptionsBuilder<CaseFlowDbContext>();
        DatabaseSetup.Configure(builder, new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = provider == DatabaseProvider.MySql
                ? new MySqlConnectionStringBuilder(Server) { Database = database }.ConnectionString
                : $"Data Source={Path.Combine(folder, "migration.db")}",
        }, folder);
        return new CaseFlowDbContext(builder.Options);
    }

    [Fact]
    public async Task The_names_already_stored_are_indexed_by_their_suffixes()
    {
        await using (var db = Context())
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            // Parties of cases that are not there: the foreign keys are off for this connection, the rows are all that matters.
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.MySql ? "SET foreign_key_checks = 0" : "PRAGMA foreign_keys = OFF");
            foreach (var (caseId, name) in new[] { (1L, "开平市恒达建筑有限公司"), (2L, "开平市恒达建筑有限公司"), (3L, "𠮷田一郎") })
                await db.Database.ExecuteSqlAsync($"INSERT INTO Parties (CaseId, Role, Kind, Name, IsRepresentative) VALUES ({caseId}, 'Respondent', 'Employer', {name}, 0)");
            await db.Database.CloseConnectionAsync();
        }

        await using (var db = Context())
        {
            await db.Database.MigrateAsync();
            var suffixes = await db.PartyNameSuffixes.AsNoTracking().ToListAsync();
            Assert.Equal(PartyNameSuffix.Of("开平市恒达建筑有限公司").Order(), suffixes.Where(s => s.Name == "开平市恒达建筑有限公司").Select(s => s.Suffix).Order());
            Assert.Equal(11, suffixes.Count(s => s.Name == "开平市恒达建筑有限公司"));
            // A character beyond the basic plane is one character, in the database as in CaseFlow.
            Assert.Equal(["一郎", "田一郎", "郎", "𠮷田一郎"], suffixes.Where(s => s.Name == "𠮷田一郎").Select(s => s.Suffix).Order(StringComparer.Ordinal));
            Assert.Equal(PartyNameSuffix.Of("𠮷田一郎").Order(StringComparer.Ordinal), suffixes.Where(s => s.Name == "𠮷田一郎").Select(s => s.Suffix).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task A_party_carries_its_cases_kind_and_organisation_from_the_day_it_is_added_and_the_stored_ones_are_filled_in()
    {
        const string BeforeCarrying = "BlacklistIncident";
        long caseId;
        int organisationId;
        await using (var db = Context())
        {
            await db.Database.MigrateAsync();
            var town = new Organisation { Code = "sanbu", Name = "开平市三埠街道劳动争议调解委员会", Kind = OrganisationKind.MediationCommittee };
            db.Organisations.Add(town);
            await db.SaveChangesAsync();
            var @case = new CaseFlow.Features.Mediation.MediationCase
            {
                State = CaseFlow.Features.Mediation.MediationState.Registered, OrganisationId = town.Id, ReceivedOn = new DateOnly(2026, 11, 2),
                Parties =
                [
                    new Party { Role = PartyRole.Applicant, Kind = PartyKind.Worker, Name = "黄永坚" },
                    new Party { Role = PartyRole.Respondent, Kind = PartyKind.Employer, Name = "开平市恒达建筑有限公司" },
                ],
            };
            db.Cases.Add(@case);
            await db.SaveChangesAsync();
            (caseId, organisationId) = (@case.Id, town.Id);
            // Added later, to a case already stored.
            @case.Parties.Add(new Party { Role = PartyRole.ThirdParty, Kind = PartyKind.Employer, Name = "开平市长城建筑劳务有限公司" });
            await db.SaveChangesAsync();
        }
        await AssertCarried();

        // Back to the schema before the columns, and forward again: the migration fills them from the cases.
        await using (var db = Context()) await db.GetService<IMigrator>().MigrateAsync(BeforeCarrying);
        await using (var db = Context()) await db.Database.MigrateAsync();
        await AssertCarried();

        async Task AssertCarried()
        {
            await using var db = Context();
            var carried = await db.Parties.AsNoTracking().Where(p => p.CaseId == caseId)
                .Select(p => new { Kind = EF.Property<CaseKind>(p, PartyCase.Kind), Organisation = EF.Property<int>(p, PartyCase.Organisation) }).ToListAsync();
            Assert.Equal(3, carried.Count);
            Assert.All(carried, p => Assert.Equal((CaseKind.Mediation, organisationId), (p.Kind, p.Organisation)));
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        if (provider != DatabaseProvider.MySql) return;
        MySqlConnection.ClearAllPools();
        await Sql.DropDatabaseAsync(Server, database);
    }
}

public sealed class PartyNameSuffixMigrationTestsOnSqlite() : PartyNameSuffixMigrationTests(DatabaseProvider.Sqlite);

[Trait("Database", "MariaDb")]
public sealed class PartyNameSuffixMigrationTestsOnMariaDb() : PartyNameSuffixMigrationTests(DatabaseProvider.MySql);
