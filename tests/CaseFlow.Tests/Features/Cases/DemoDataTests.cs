using System.Net;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Mediation;
using CaseFlow.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Tests.Features.Cases;

public abstract class DemoDataTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{

    [Fact]
    public async Task Every_state_of_every_workflow_has_demo_cases()
    {
        var states = await app.Query(db => db.Cases.Select(c => new { c.Kind, c.StateName }).Distinct().ToListAsync());

        string[] Expected<T>() where T : struct, Enum => Enum.GetNames<T>().Where(s => s != nameof(ArbitrationState.InProceedings)).ToArray();
        Assert.Equal(Expected<ArbitrationState>().Order(), states.Where(s => s.Kind == CaseKind.Arbitration).Select(s => s.StateName).Order());
        Assert.Equal(Expected<MediationState>().Order(), states.Where(s => s.Kind == CaseKind.Mediation).Select(s => s.StateName).Order());
        Assert.Equal(Expected<InspectionState>().Order(), states.Where(s => s.Kind == CaseKind.Inspection).Select(s => s.StateName).Order());
    }

    [Fact]
    public async Task Demo_cases_are_closed_in_many_ways_and_numbered_without_gaps()
    {
        var closures = await app.Query(db => db.Cases.Where(c => c.ClosureType != null).Select(c => c.ClosureType!.Value).Distinct().ToListAsync());
        Assert.Superset(new HashSet<ClosureType>
        {
            ClosureType.Award, ClosureType.MediationStatement, ClosureType.Withdrawal, ClosureType.DeemedWithdrawal, ClosureType.NonAcceptance,
            ClosureType.SettledInPreCaseMediation, ClosureType.MediationAgreement, ClosureType.MediationFailed, ClosureType.NoViolationFound,
            ClosureType.Rectified, ClosureType.AdministrativePenalty,
        }, closures.ToHashSet());

        var numbered = await app.Query(db => db.Cases.Where(c => c.CaseSequence != null)
            .Select(c => new { c.OrganisationId, c.Kind, c.CaseYear, Sequence = c.CaseSequence!.Value }).ToListAsync());
        foreach (var series in numbered.GroupBy(c => (c.OrganisationId, c.Kind, c.CaseYear)))
            Assert.Equal(Enumerable.Range(1, series.Count()), series.Select(c => c.Sequence).Order());
    }

    [Fact]
    public async Task Every_demo_case_was_made_through_its_workflow()
    {
        var cases = await app.Query(db => db.Cases.Select(c => new { c.Id, c.Version, c.StateName, Events = c.Events.Count, Last = c.Events.OrderByDescending(e => e.Sequence).First().ToState }).ToListAsync());
        Assert.InRange(cases.Count, 60, 120);
        Assert.All(cases, c =>
        {
            Assert.Equal(c.Version, c.Events);
            Assert.Equal(c.StateName, c.Last);
        });
    }

    [Fact]
    public async Task The_demo_users_see_their_organisations_demo_cases()
    {
        var list = await (await (await app.As("registrar")).GetAsync("/api/arbitration-cases?pageSize=100")).Read(HttpStatusCode.OK);
        Assert.True(list.GetProperty("total").GetInt32() >= 30);
        var inspections = await (await (await app.As("inspector")).GetAsync("/api/inspection-cases?state=RectificationOrdered")).Read(HttpStatusCode.OK);
        Assert.True(inspections.GetProperty("total").GetInt32() >= 1);
        var projects = await (await (await app.As("inspector")).GetAsync("/api/projects")).Read(HttpStatusCode.OK);
        Assert.Contains(projects.EnumerateArray(), p => p.GetProperty("arrearsOwed").GetDecimal() > 0);
    }
}

public sealed class DemoDataTestsOnSqlite(SqliteDemoApp app) : DemoDataTests<SqliteDemoApp>(app);

[Trait("Database", "MariaDb")]
public sealed class DemoDataTestsOnMariaDb(MariaDbDemoApp app) : DemoDataTests<MariaDbDemoApp>(app);
