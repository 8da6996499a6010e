using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Cases;
using CaseFlow.Features.Home;
using CaseFlow.Infrastructure;
using CaseFlow.Tests.Support;
using CaseFlow.Workflows;

namespace CaseFlow.Tests.Features.Arbitration;

/// <summary>
/// 集体争议: ten or more workers may, not must, elect representatives (劳动争议调解仲裁法 art. 7); a trade union
/// may apply over a collective contract (劳动合同法 art. 56); collective cases go first in worklists.
/// </summary>
public sealed class CollectiveDisputeTests : HarnessTests
{
    async Task<ActionOutcome> Accept(ArbitrationCase @case, ProcedureTrack track)
    {
        await h.Do(@case, "registrar", "submit-for-review");
        return await h.Take(@case, "registrar", "accept", new AcceptRequest { Track = track });
    }

    [Fact]
    public async Task Art7_ten_workers_without_representatives_are_accepted_as_a_collective_dispute()
    {
        var @case = await h.NewApplication(workers: 12);
        @case.Parties.ForEach(p => p.IsRepresentative = false);
        await h.Db.SaveChangesAsync();

        Assert.IsType<ActionOutcome.Done>(await Accept(@case, ProcedureTrack.Collective));
        Assert.Equal(ProcedureTrack.Collective, @case.Track);
    }

    [Fact]
    public async Task Art7_representatives_if_elected_number_three_to_five_and_nine_workers_are_not_collective()
    {
        var six = await h.NewApplication(workers: 12);
        foreach (var p in six.Parties.Where(p => p.Kind == PartyKind.Worker).Take(6)) p.IsRepresentative = true;
        await h.Db.SaveChangesAsync();
        var refused = Assert.IsType<ActionOutcome.Invalid>(await Accept(six, ProcedureTrack.Collective));
        Assert.Equal("track", refused.Field);
        Assert.Contains("3至5名", refused.Rule);

        var nine = await h.NewApplication(workers: 9);
        Assert.Contains("10名以上", Assert.IsType<ActionOutcome.Invalid>(await Accept(nine, ProcedureTrack.Collective)).Rule);
    }

    async Task<ArbitrationCase> UnionApplication()
    {
        var @case = new ArbitrationCase
        {
            State = ArbitrationState.Applied, OrganisationId = h.Commission.Id, ReceivedOn = h.Clock.Today,
            Parties =
            [
                new Party { Role = PartyRole.Applicant, Kind = PartyKind.TradeUnion, Name = "开平市某建筑工程有限公司工会委员会" },
                new Party { Role = PartyRole.Respondent, Kind = PartyKind.Employer, Name = "开平市某建筑工程有限公司", CreditCode = TestIds.Employer(1) },
            ],
            Claims = [new Claim { Type = ClaimType.CollectiveContract, Description = "按集体合同约定调整2026年度工资" }],
        };
        await h.As("registrar").OpenAsync(@case, "open");
        await h.Db.SaveChangesAsync();
        return @case;
    }

    [Fact]
    public async Task A_trade_union_applies_over_a_collective_contract_and_the_case_runs_as_collective()
    {
        var ordinary = await UnionApplication();
        Assert.Equal("track", Assert.IsType<ActionOutcome.Invalid>(await Accept(ordinary, ProcedureTrack.Ordinary)).Field);

        var collective = await UnionApplication();
        Assert.IsType<ActionOutcome.Done>(await Accept(collective, ProcedureTrack.Collective));
        Assert.True(CollectiveDispute.Is(collective));
    }

    [Fact]
    public void A_trade_union_is_an_applicant_only_and_its_claim_needs_no_amount()
    {
        var intake = new Intake();
        intake.Parties([
            new PartyInput { Role = PartyRole.Respondent, Kind = PartyKind.TradeUnion, Name = "工会委员会" },
            new PartyInput { Role = PartyRole.Respondent, Kind = PartyKind.Employer, Name = "某公司", CreditCode = TestIds.Employer(2) },
        ], applicantRequired: false);
        intake.Claims([new ClaimInput { Type = ClaimType.CollectiveContract, Description = "履行集体合同" }], required: true, new DateOnly(2026, 11, 2));

        Assert.Equal(["parties[0].role"], intake.Errors.Keys);
    }

    CurrentUser Registrar()
    {
        var user = h.User("registrar");
        return new CurrentUser(user.Id, user.DisplayName, user.Role, user.OrganisationId);
    }

    [Fact]
    public async Task Collective_cases_come_first_among_equally_urgent_work()
    {
        var single = await h.NewApplication();
        var collective = await h.NewApplication(workers: 11);
        await h.Db.SaveChangesAsync();

        var services = new CaseServices(h.Db, h.Services);
        var overview = await Worklist.BuildAsync(services, Registrar());

        var order = overview.Items.Select(i => i.CaseId).ToList();
        Assert.True(order.IndexOf(collective.Id) < order.IndexOf(single.Id));
        Assert.True(overview.Items.Single(i => i.CaseId == collective.Id).Collective);
        Assert.False(overview.Items.Single(i => i.CaseId == single.Id).Collective);
    }
}
