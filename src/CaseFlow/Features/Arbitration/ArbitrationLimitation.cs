using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Calendar;
using CaseFlow.Domain;

namespace CaseFlow.Features.Arbitration;

/// <summary>A fact that restarts the period from its day.</summary>
public sealed record LimitationInterruption(DateOnly On, InterruptionKind Kind, string? Note);

/// <summary>A stretch during which the period does not run (force majeure or another good reason); open-ended until the application when <see cref="To"/> is absent.</summary>
public sealed record LimitationSuspension(DateOnly From, DateOnly? To, string Reason);

/// <summary>The facts of one claim the limitation is computed from.</summary>
public sealed record LimitationFacts(DateOnly? KnownOn, IReadOnlyList<LimitationInterruption> Interruptions, IReadOnlyList<LimitationSuspension> Suspensions)
{
    public static LimitationFacts None { get; } = new(null, [], []);
}

/// <summary>The outcome for one claim, with every step of the computation in words.</summary>
public sealed record LimitationAssessment(LimitationStatus Status, DateOnly? ExpiresOn, string Note);

/// <summary>
/// 仲裁时效 per claim (劳动争议调解仲裁法 art. 27): one year from when the right-holder knew or ought to
/// have known; remuneration owed during the employment not barred while it lasts and then one year from
/// its end; interruption restarts the period, suspension pauses it; a last day falling on a holiday moves
/// to the next working day (民法典 art. 203). The periods, the claim types counted as remuneration and
/// the sources are data (<c>seeds/limitation.json</c>).
/// </summary>
public sealed class LimitationRules(int years, IReadOnlySet<ClaimType> remuneration, bool holidayExtends, IReadOnlyList<LegalRule> rules)
{
    /// <summary>For describing workflows without the seeds: the statute's year, no holiday shift.</summary>
    public static LimitationRules Statute { get; } = new(1, new HashSet<ClaimType> { ClaimType.UnpaidWages, ClaimType.Overtime }, false, []);

    public int Years => years;
    public IReadOnlySet<ClaimType> Remuneration => remuneration;
    public bool HolidayExtends => holidayExtends;

    /// <summary>The rules with their sources, as <c>seeds/limitation.json</c> states them.</summary>
    public IReadOnlyList<LegalRule> Rules => rules;

    static readonly JsonSerializerOptions FactsJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// Assesses <paramref name="claim"/>, brought on <paramref name="broughtOn"/> (the application, or the
    /// day a claim is added), and keeps the outcome and its facts on it.
    /// </summary>
    public void Mark(Claim claim, LimitationFacts facts, DateOnly broughtOn, ArbitrationCase @case, WorkingCalendar calendar)
    {
        // The remuneration rule protects the worker; an employer's counterclaim runs from when it knew.
        var remunerationRule = !claim.IsCounterclaim && remuneration.Contains(claim.Type);
        var assessment = Assess(remunerationRule, facts, broughtOn, @case.EmploymentEndedOn, @case.EmploymentContinues, calendar);
        claim.LimitationStatus = assessment.Status;
        claim.LimitationExpiresOn = assessment.ExpiresOn;
        claim.LimitationNote = assessment.Note;
        claim.LimitationFacts = JsonSerializer.Serialize(facts, FactsJson);
    }

    /// <summary>
    /// Assesses the claims just brought, each from its input, on <paramref name="broughtOn"/>, and
    /// restates the case's warning over all its claims.
    /// </summary>
    public void Mark(ArbitrationCase @case, IReadOnlyList<Claim> claims, IReadOnlyList<Cases.ClaimInput> inputs, DateOnly broughtOn, WorkingCalendar calendar)
    {
        for (var i = 0; i < claims.Count; i++) Mark(claims[i], Cases.Intake.FactsOf(inputs[i]), broughtOn, @case, calendar);
        @case.LimitationNote = Warning(@case);
    }

    /// <summary>The claims of the case that may be out of time, in one sentence for the case's header; null when none is.</summary>
    static string? Warning(ArbitrationCase @case)
    {
        var late = @case.Claims.Select((c, i) => (Claim: c, Number: i + 1)).Where(x => x.Claim.LimitationStatus == LimitationStatus.Expired).ToList();
        return late.Count == 0 ? null
            : string.Join("；", late.Select(x => $"第{x.Number}项请求（{Labels.Of(x.Claim.Type)}）可能已超过仲裁时效（{x.Claim.LimitationExpiresOn:yyyy-MM-dd}届满）"))
              + "。时效是被申请人的抗辩事由，不影响受理（劳动争议调解仲裁法第二十七条；办案规则第三十条）";
    }

    public LimitationAssessment Assess(bool remunerationRule, LimitationFacts facts, DateOnly receivedOn, DateOnly? employmentEndedOn, bool employmentContinues, WorkingCalendar calendar)
    {
        var steps = new List<string>();
        DateOnly start;
        if (remunerationRule && employmentContinues)
            return new(LimitationStatus.NotRunning, null, "劳动关系存续期间拖欠劳动报酬，不受一年仲裁时效的限制（劳动争议调解仲裁法第二十七条第四款）");
        if (remunerationRule && employmentEndedOn is { } ended)
        {
            start = ended;
            steps.Add($"劳动关系于{ended:yyyy-MM-dd}终止，劳动报酬争议自该日起算（第二十七条第四款）");
        }
        else if (facts.KnownOn is { } known)
        {
            start = known;
            steps.Add($"自知道或者应当知道权利被侵害之日{known:yyyy-MM-dd}起算（第二十七条第一款）");
        }
        else return new(LimitationStatus.Unknown, null, "未填知道或者应当知道权利被侵害之日，时效未能计算");

        var expires = Expiry(start, facts.Suspensions, receivedOn, calendar, steps);
        foreach (var interruption in facts.Interruptions.OrderBy(i => i.On))
        {
            var what = $"{interruption.On:yyyy-MM-dd}{Labels.Of(interruption.Kind)}";
            if (interruption.On <= start) steps.Add($"{what}，不晚于起算日，不影响计算");
            else if (interruption.On > expires) steps.Add($"{what}，在时效届满之后，不能中断已届满的时效");
            else
            {
                start = interruption.On;
                steps.Add($"{what}，时效中断，自该日重新计算（第二十七条第二款）");
                expires = Expiry(start, facts.Suspensions, receivedOn, calendar, steps);
            }
        }
        var status = receivedOn > expires ? LimitationStatus.Expired : LimitationStatus.Within;
        steps.Add(status == LimitationStatus.Expired
            ? $"时效于{expires:yyyy-MM-dd}届满，申请于{receivedOn:yyyy-MM-dd}收到，晚{receivedOn.DayNumber - expires.DayNumber}日；时效是被申请人的抗辩事由，照常登记，由仲裁庭审查"
            : $"时效至{expires:yyyy-MM-dd}，申请于{receivedOn:yyyy-MM-dd}收到，在时效内");
        return new(status, expires, string.Join("；", steps));
    }

    /// <summary>The last day of a period running from <paramref name="start"/>, paused by the suspensions that overlap it.</summary>
    DateOnly Expiry(DateOnly start, IReadOnlyList<LimitationSuspension> suspensions, DateOnly receivedOn, WorkingCalendar calendar, List<string> steps)
    {
        var end = start.AddYears(years);
        foreach (var suspension in suspensions.OrderBy(s => s.From))
        {
            var from = suspension.From > start ? suspension.From : start.AddDays(1);
            var to = suspension.To ?? receivedOn;
            if (from > end || to < from) continue;
            var days = to.DayNumber - from.DayNumber + 1;
            end = end.AddDays(days);
            steps.Add($"{from:yyyy-MM-dd}至{to:yyyy-MM-dd}因{suspension.Reason}时效中止{days}日，不计入时效期间（第二十七条第三款）");
        }
        if (!holidayExtends || calendar.IsWorkingDay(end)) return end;
        var last = end;
        while (!calendar.IsWorkingDay(last)) last = last.AddDays(1);
        steps.Add($"期间末日{end:yyyy-MM-dd}为休假日，顺延至{last:yyyy-MM-dd}（民法典第二百零三条）");
        return last;
    }
}

/// <summary>A rule a workflow enforces, with the article it comes from and any doubt about it.</summary>
public sealed record LegalRule(string Name, string Source, string? Uncertain = null);
