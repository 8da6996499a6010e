using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Cases;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Arbitration;

/// <summary>
/// 仲裁时效 per claim (劳动争议调解仲裁法 art. 27, with 民法典 art. 203 for a last day on a holiday), on
/// the rules of <c>seeds/limitation.json</c> and the State Council's calendar. Dates are worked by hand.
/// </summary>
public sealed class LimitationTests : HarnessTests
{
    static readonly Seeds Seeds = Seeds.Locate(null);
    static readonly LimitationRules Rules = Seeds.LimitationRules();
    static readonly CaseFlow.Calendar.WorkingCalendar Calendar = Seeds.Calendar();

    static LimitationAssessment Known(DateOnly knownOn, DateOnly receivedOn, LimitationInterruption[]? interruptions = null, LimitationSuspension[]? suspensions = null) =>
        Rules.Assess(false, new LimitationFacts(knownOn, interruptions ?? [], suspensions ?? []), receivedOn, null, false, Calendar);

    [Fact]
    public void Art27_para1_one_year_from_the_day_the_right_holder_knew()
    {
        // Known on Monday 10 March 2025: the year ends on Tuesday 10 March 2026, a working day.
        var inTime = Known(new(2025, 3, 10), new(2026, 3, 10));
        Assert.Equal(LimitationStatus.Within, inTime.Status);
        Assert.Equal(new DateOnly(2026, 3, 10), inTime.ExpiresOn);

        var late = Known(new(2025, 3, 10), new(2026, 3, 11));
        Assert.Equal(LimitationStatus.Expired, late.Status);
        Assert.Contains("晚1日", late.Note);
        Assert.Contains("第二十七条第一款", late.Note);
    }

    [Fact]
    public void Art27_para4_remuneration_owed_during_the_employment_is_not_barred_while_it_lasts_then_one_year_from_its_end()
    {
        var facts = new LimitationFacts(new DateOnly(2023, 1, 10), [], []);
        var lasting = Rules.Assess(true, facts, new(2026, 11, 2), null, employmentContinues: true, Calendar);
        Assert.Equal(LimitationStatus.NotRunning, lasting.Status);
        Assert.Null(lasting.ExpiresOn);

        // Employment ended on Sunday 31 August 2025: the year ends on Monday 31 August 2026; received 63 days later.
        var ended = Rules.Assess(true, facts, new(2026, 11, 2), new DateOnly(2025, 8, 31), false, Calendar);
        Assert.Equal(LimitationStatus.Expired, ended.Status);
        Assert.Equal(new DateOnly(2026, 8, 31), ended.ExpiresOn);
        Assert.Contains("晚63日", ended.Note);
        Assert.Contains("第二十七条第四款", ended.Note);
    }

    [Fact]
    public void Art27_para4_covers_only_the_claim_types_the_data_counts_as_remuneration()
    {
        Assert.Contains(ClaimType.UnpaidWages, Rules.Remuneration);
        Assert.Contains(ClaimType.Overtime, Rules.Remuneration);
        Assert.DoesNotContain(ClaimType.DoubleWages, Rules.Remuneration);
        Assert.Contains(Rules.Rules, r => r.Name == "劳动报酬争议的时效" && r.Uncertain!.Contains("二倍工资"));
    }

    [Fact]
    public void Art27_para2_an_interruption_restarts_the_period_but_not_one_that_has_run_out()
    {
        // Known 6 May 2024 (period to 6 May 2025); a demand on 30 April 2025 restarts it to Thursday 30 April 2026.
        var restarted = Known(new(2024, 5, 6), new(2026, 4, 20), [new(new(2025, 4, 30), InterruptionKind.Demand, "催告函")]);
        Assert.Equal(LimitationStatus.Within, restarted.Status);
        Assert.Equal(new DateOnly(2026, 4, 30), restarted.ExpiresOn);
        Assert.Contains("时效中断", restarted.Note);

        // Known 10 January 2024 (period to Friday 10 January 2025); a promise on 1 February 2025 comes too late.
        var tooLate = Known(new(2024, 1, 10), new(2025, 6, 3), [new(new(2025, 2, 1), InterruptionKind.Promise, null)]);
        Assert.Equal(LimitationStatus.Expired, tooLate.Status);
        Assert.Equal(new DateOnly(2025, 1, 10), tooLate.ExpiresOn);
        Assert.Contains("在时效届满之后，不能中断", tooLate.Note);
    }

    [Fact]
    public void Art27_para3_a_suspension_pauses_the_period_for_its_days()
    {
        // Known Monday 6 January 2025; thirty days of June 2025 do not count: Tuesday 6 January 2026 becomes Thursday 5 February 2026.
        LimitationSuspension[] flood = [new(new(2025, 6, 1), new(2025, 6, 30), "洪灾")];
        var inTime = Known(new(2025, 1, 6), new(2026, 2, 5), suspensions: flood);
        Assert.Equal(LimitationStatus.Within, inTime.Status);
        Assert.Equal(new DateOnly(2026, 2, 5), inTime.ExpiresOn);
        Assert.Contains("时效中止30日", inTime.Note);
        Assert.Equal(LimitationStatus.Expired, Known(new(2025, 1, 6), new(2026, 2, 6), suspensions: flood).Status);
    }

    [Fact]
    public void Civil_code_art203_a_last_day_on_a_holiday_moves_to_the_next_working_day()
    {
        // 1 October 2026 is National Day; the holiday runs to the 7th; Thursday 8 October is the last day.
        var national = Known(new(2025, 10, 1), new(2026, 10, 8));
        Assert.Equal(LimitationStatus.Within, national.Status);
        Assert.Equal(new DateOnly(2026, 10, 8), national.ExpiresOn);
        Assert.Contains("民法典第二百零三条", national.Note);
        // A Sunday last day moves to the Monday.
        Assert.Equal(new DateOnly(2026, 11, 2), Known(new(2025, 11, 1), new(2026, 11, 2)).ExpiresOn);
    }

    [Fact]
    public async Task Art27_a_claim_added_later_is_brought_on_the_day_it_is_added_and_warned_about_never_refused()
    {
        var @case = await h.HeardApplication();
        // Known on Tuesday 4 November 2025: in time on the application's day (2 November 2026), not on the day it is added (16 November).
        await h.Do(@case, "arbitrator", "amend-claims", new AmendClaimsRequest
        {
            Claims = [new() { Type = ClaimType.UnlawfulTerminationDamages, Amount = 9_000m, KnownOn = new DateOnly(2025, 11, 4) }],
        });
        var added = @case.Claims.Single(c => c.Type == ClaimType.UnlawfulTerminationDamages);
        Assert.Equal(LimitationStatus.Expired, added.LimitationStatus);
        Assert.Equal(new DateOnly(2026, 11, 4), added.LimitationExpiresOn);
        Assert.Contains("晚12日", added.LimitationNote);
        Assert.Contains("第3项请求（违法解除赔偿金）可能已超过仲裁时效", @case.LimitationNote);
        Assert.Contains(@"""knownOn"":""2025-11-04""", added.LimitationFacts);
    }
}
