using System.ComponentModel.DataAnnotations;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;

namespace CaseFlow.Features.Cases;

/// <summary>A party as given at intake.</summary>
public sealed record PartyInput
{
    [Display(Name = "身份")]
    public required PartyRole Role { get; init; }
    [Display(Name = "类别")]
    public required PartyKind Kind { get; init; }
    [Display(Name = "姓名或名称")]
    public required string Name { get; init; }
    /// <summary>居民身份证号码: required for workers, checked for agents when given.</summary>
    [Display(Name = "居民身份证号码", Description = "劳动者必填，18位，末位校验码按 GB 11643 核对")]
    public string? IdNumber { get; init; }
    /// <summary>统一社会信用代码: required for employers.</summary>
    [Display(Name = "统一社会信用代码", Description = "用人单位必填，18位，按 GB 32100 核对")]
    public string? CreditCode { get; init; }
    [Display(Name = "联系电话")]
    public string? Phone { get; init; }
    [Display(Name = "地址")]
    public string? Address { get; init; }
    /// <summary>An elected representative of a collective dispute.</summary>
    [Display(Name = "推举的代表人", Description = "集体争议的劳动者代表")]
    public bool IsRepresentative { get; init; }
    /// <summary>For an agent: the index in this list of the party represented.</summary>
    [Display(Name = "代理的当事人序号", Description = "代理人填写其所代理当事人在本表中的序号（从0起）")]
    public int? RepresentsIndex { get; init; }
    /// <summary>Inspection cases: what this worker is owed.</summary>
    [Display(Name = "被拖欠工资（元）", Description = "仅监察案件：该劳动者被拖欠的工资")]
    public decimal? ArrearsAmount { get; init; }
    [Display(Name = "欠薪起始日", Description = "仅监察案件")]
    public DateOnly? ArrearsFrom { get; init; }
    [Display(Name = "欠薪截止日", Description = "仅监察案件")]
    public DateOnly? ArrearsTo { get; init; }
}

/// <summary>A claim as given at intake.</summary>
public sealed record ClaimInput
{
    [Display(Name = "请求类型")]
    public required ClaimType Type { get; init; }
    [Display(Name = "请求金额（元）", Description = "金钱请求必填")]
    public decimal? Amount { get; init; }
    [Display(Name = "请求内容")]
    public string? Description { get; init; }
    [Display(Name = "期间自")]
    public DateOnly? PeriodFrom { get; init; }
    [Display(Name = "期间至")]
    public DateOnly? PeriodTo { get; init; }
    [Display(Name = "入职日期")]
    public DateOnly? EmploymentStart { get; init; }
    [Display(Name = "月工资标准（元）")]
    public decimal? WageStandard { get; init; }
    /// <summary>When the right-holder knew or ought to have known of the infringement: the limitation runs from here.</summary>
    [Display(Name = "知道权利被侵害之日", Description = "仲裁时效一年自此起算（劳动争议调解仲裁法第二十七条第一款）；仅仲裁申请")]
    public DateOnly? KnownOn { get; init; }
    [Display(Name = "时效中断事由", Description = "主张权利、请求救济或对方同意履行，时效自该日重新计算（第二十七条第二款）")]
    public List<InterruptionInput>? Interruptions { get; init; }
    [Display(Name = "时效中止事由", Description = "不可抗力或其他正当理由，期间不计入时效（第二十七条第三款）")]
    public List<SuspensionInput>? Suspensions { get; init; }
}

/// <summary>A fact that interrupts the limitation of a claim.</summary>
public sealed record InterruptionInput
{
    [Display(Name = "日期")]
    public required DateOnly On { get; init; }
    [Display(Name = "中断事由")]
    public required InterruptionKind Kind { get; init; }
    [Display(Name = "说明", Description = "如催告函、投诉回执、还款承诺")]
    public string? Note { get; init; }
}

/// <summary>A stretch during which the limitation of a claim does not run.</summary>
public sealed record SuspensionInput
{
    [Display(Name = "中止自")]
    public required DateOnly From { get; init; }
    [Display(Name = "中止原因消除之日", Description = "未消除的，计至收到申请之日")]
    public DateOnly? To { get; init; }
    [Display(Name = "中止原因")]
    public required string Reason { get; init; }
}

/// <summary>The checks every intake makes, each failure named by its JSON path.</summary>
public sealed class Intake
{
    readonly Dictionary<string, List<string>> errors = [];

    public bool IsValid => errors.Count == 0 && Problem is null;

    /// <summary>A refusal that is not a field error, such as a limitation that ran out.</summary>
    public Microsoft.AspNetCore.Http.IResult? Problem { get; private set; }

    public void Refuse(Microsoft.AspNetCore.Http.IResult problem) => Problem = problem;
    public IDictionary<string, string[]> Errors => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public void Fail(string field, string rule)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(rule);
    }

    public void ReceivedOn(DateOnly receivedOn, DateOnly today)
    {
        if (receivedOn > today) Fail("receivedOn", "不能晚于今天");
        if (receivedOn < today.AddYears(-5)) Fail("receivedOn", "须在最近五年内");
    }

    public void Text(string field, string? value, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Fail(field, "必须填写");
        }
        else if (value.Length > maxLength) Fail(field, $"不得超过{maxLength}个字符");
    }

    public void Parties(IReadOnlyList<PartyInput>? parties, bool applicantRequired)
    {
        if (parties is null || parties.Count == 0)
        {
            Fail("parties", "须至少列明一名当事人");
            return;
        }
        if (parties.Count > 500) Fail("parties", "最多500项");
        if (applicantRequired && !parties.Any(p => p.Role == PartyRole.Applicant))
            Fail("parties", "须有申请人（投诉人）");
        if (!parties.Any(p => p.Role == PartyRole.Respondent && p.Kind == PartyKind.Employer))
            Fail("parties", "须有作为被申请人（被投诉单位）的用人单位");
        for (var i = 0; i < parties.Count; i++)
        {
            var p = parties[i];
            var at = $"parties[{i}]";
            Party(at, p);
            if (p.Kind == PartyKind.Agent && (p.RepresentsIndex is not { } index || index < 0 || index >= parties.Count || parties[index].Kind == PartyKind.Agent))
                Fail($"{at}.representsIndex", "须填写其代理的劳动者或用人单位在当事人中的序号");
        }
        var duplicates = parties.Where(p => p.IdNumber is not null).GroupBy(p => p.IdNumber!.ToUpperInvariant()).Where(g => g.Count() > 1);
        foreach (var d in duplicates) Fail("parties", $"身份证号码{ResidentIdNumber.Mask(d.Key)}重复出现");
    }

    /// <summary>The checks of one party, its fields named under <paramref name="at"/>.</summary>
    public void Party(string at, PartyInput p)
    {
        Text($"{at}.name", p.Name, 100);
        Text($"{at}.phone", p.Phone, 40, required: false);
        Text($"{at}.address", p.Address, 200, required: false);
        switch (p.Kind)
        {
            case PartyKind.Worker:
                if (ResidentIdNumber.Problem(p.IdNumber) is { } idProblem) Fail($"{at}.idNumber", idProblem);
                break;
            case PartyKind.Employer:
                if (UnifiedSocialCreditCode.Problem(p.CreditCode) is { } codeProblem) Fail($"{at}.creditCode", codeProblem);
                if (p.Role is PartyRole.Agent) Fail($"{at}.role", "用人单位不能作为代理人");
                break;
            case PartyKind.TradeUnion:
                if (p.CreditCode is not null && UnifiedSocialCreditCode.Problem(p.CreditCode) is { } unionProblem) Fail($"{at}.creditCode", unionProblem);
                if (p.Role != PartyRole.Applicant) Fail($"{at}.role", "工会只能作为集体合同争议的申请人（劳动合同法第五十六条）");
                break;
            case PartyKind.Agent:
                if (p.IdNumber is not null && ResidentIdNumber.Problem(p.IdNumber) is { } agentProblem) Fail($"{at}.idNumber", agentProblem);
                if (p.Role != PartyRole.Agent) Fail($"{at}.role", "代理人的身份应为代理人");
                break;
        }
        if (p.Kind != PartyKind.Agent && p.Role == PartyRole.Agent) Fail($"{at}.role", "只有代理人的身份可以是代理人");
        if (p.IsRepresentative && (p.Role != PartyRole.Applicant || p.Kind != PartyKind.Worker))
            Fail($"{at}.isRepresentative", "只有作为申请人的劳动者才能被推举为代表人");
        if (p.ArrearsAmount is { } arrears && (arrears <= 0 || p.Kind != PartyKind.Worker))
            Fail($"{at}.arrearsAmount", "须为正数，且只适用于劳动者");
        if (p.ArrearsFrom > p.ArrearsTo) Fail($"{at}.arrearsTo", "不能早于欠薪起始日");
    }

    public void Claims(IReadOnlyList<ClaimInput>? claims, bool required, DateOnly receivedOn)
    {
        if (claims is null || claims.Count == 0)
        {
            if (required) Fail("claims", "须至少有一项请求");
            return;
        }
        if (claims.Count > 100) Fail("claims", "最多100项");
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            var at = $"claims[{i}]";
            if (c.Amount < 0) Fail($"{at}.amount", "不能为负数");
            if (c.Amount > 1_000_000_000) Fail($"{at}.amount", "不得超过1,000,000,000元");
            if (c.Amount is null && Claim.IsMonetary(c.Type)) Fail($"{at}.amount", $"{Labels.Of(c.Type)}请求必须填写");
            if (c.WageStandard < 0) Fail($"{at}.wageStandard", "不能为负数");
            if (c.PeriodFrom > c.PeriodTo) Fail($"{at}.periodTo", "不能早于期间起始日");
            Text($"{at}.description", c.Description, 2000, required: false);
            LimitationFacts(at, c, receivedOn);
        }
    }

    /// <summary>The facts of a claim's limitation: none of them after the application was received.</summary>
    void LimitationFacts(string at, ClaimInput c, DateOnly receivedOn)
    {
        if (c.KnownOn > receivedOn) Fail($"{at}.knownOn", "不能晚于收到申请之日");
        if (c.Interruptions?.Count > 20) Fail($"{at}.interruptions", "最多20项");
        if (c.Suspensions?.Count > 20) Fail($"{at}.suspensions", "最多20项");
        for (var i = 0; i < (c.Interruptions?.Count ?? 0); i++)
        {
            var interruption = c.Interruptions![i];
            if (interruption.On > receivedOn) Fail($"{at}.interruptions[{i}].on", "不能晚于收到申请之日");
            Text($"{at}.interruptions[{i}].note", interruption.Note, 400, required: false);
        }
        for (var i = 0; i < (c.Suspensions?.Count ?? 0); i++)
        {
            var suspension = c.Suspensions![i];
            if (suspension.From > receivedOn) Fail($"{at}.suspensions[{i}].from", "不能晚于收到申请之日");
            if (suspension.To < suspension.From) Fail($"{at}.suspensions[{i}].to", "不能早于中止起始日");
            if (suspension.To > receivedOn) Fail($"{at}.suspensions[{i}].to", "不能晚于收到申请之日");
            Text($"{at}.suspensions[{i}].reason", suspension.Reason, 200);
        }
    }

    /// <summary>The limitation facts of a claim as given.</summary>
    public static LimitationFacts FactsOf(ClaimInput c) => new(
        c.KnownOn,
        (c.Interruptions ?? []).Select(i => new LimitationInterruption(i.On, i.Kind, i.Note)).ToList(),
        (c.Suspensions ?? []).Select(s => new LimitationSuspension(s.From, s.To, s.Reason.Trim())).ToList());

    /// <summary>The parties as stored, agents linked to whom they represent.</summary>
    public static List<Party> ToParties(IReadOnlyList<PartyInput> inputs)
    {
        var parties = inputs.Select(p => new Party
        {
            Role = p.Role,
            Kind = p.Kind,
            Name = p.Name.Trim(),
            IdNumber = p.IdNumber?.ToUpperInvariant(),
            CreditCode = p.CreditCode?.ToUpperInvariant(),
            Phone = p.Phone,
            Address = p.Address,
            IsRepresentative = p.IsRepresentative,
        }).ToList();
        for (var i = 0; i < inputs.Count; i++)
            if (inputs[i].RepresentsIndex is { } index)
                parties[i].RepresentsParty = parties[index];
        return parties;
    }

    public static List<Claim> ToClaims(IReadOnlyList<ClaimInput>? inputs) =>
        (inputs ?? []).Select(c => new Claim
        {
            Type = c.Type,
            Amount = c.Amount,
            Description = c.Description,
            PeriodFrom = c.PeriodFrom,
            PeriodTo = c.PeriodTo,
            EmploymentStart = c.EmploymentStart,
            WageStandard = c.WageStandard,
        }).ToList();
}
