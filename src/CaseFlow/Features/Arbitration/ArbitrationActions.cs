using System.ComponentModel.DataAnnotations;
using CaseFlow.Features.Cases;
using CaseFlow.Workflows;

namespace CaseFlow.Features.Arbitration;

/// <summary>Sends an application to pre-case mediation (案前约调).</summary>
public sealed record PreCaseMediationRequest : ActionRequest
{
    /// <summary>The mediation organisation; the commission's own desk when absent.</summary>
    [Display(Name = "调解组织", Description = "不选则由仲裁委案前调解室调解")] [Pick(PickSource.MediationOrganisations)]
    public int? MediationOrganisationId { get; init; }
}

/// <summary>Why a simplified procedure may be used (劳动人事争议仲裁办案规则 art. 56).</summary>
public enum SimplifiedGround
{
    /// <summary>Facts clear and the amount at most the province's average annual wage of the prior year.</summary>
    [Display(Name = "事实清楚、标的额不超过上年度全省职工年平均工资")]
    FactsClearWithinAverageWage,
    /// <summary>Both parties agree to the simplified procedure.</summary>
    [Display(Name = "双方当事人同意")]
    PartiesAgree,
}

public sealed record AcceptRequest : ActionRequest
{
    [Display(Name = "程序", Description = "普通程序三名仲裁员；简易程序独任；集体争议：10名以上劳动者有共同请求（可推举3至5名代表人），或工会就履行集体合同争议申请（劳动争议调解仲裁法第七条、劳动合同法第五十六条）")]
    public required ProcedureTrack Track { get; init; }
    /// <summary>Required for the simplified track.</summary>
    [Display(Name = "适用简易程序的理由", Description = "简易程序必填（办案规则第56条）")]
    public SimplifiedGround? SimplifiedGround { get; init; }
}

public sealed record ServeRequest : ActionRequest
{
    [Display(Name = "送达日期", Description = "仲裁申请书副本送达被申请人的日期")]
    public required DateOnly ServedOn { get; init; }
    [Display(Name = "送达方式")]
    public required ServiceMethod Method { get; init; }
}

public sealed record FormTribunalRequest : ActionRequest
{
    [Display(Name = "首席（独任）仲裁员")] [Pick(PickSource.Arbitrators)]
    public required int PresidingArbitratorId { get; init; }
    /// <summary>The two other arbitrators of an ordinary or collective tribunal; none for a sole arbitrator.</summary>
    [Display(Name = "其他仲裁员", Description = "普通程序和集体争议另选两名；简易程序不选")] [Pick(PickSource.Arbitrators)]
    public List<int> MemberIds { get; init; } = [];
}

public sealed record ScheduleHearingRequest : ActionRequest
{
    /// <summary>Local time (China Standard Time) of the hearing.</summary>
    [Display(Name = "开庭时间", Description = "书面通知须在开庭5日前送达（劳动争议调解仲裁法第三十五条）")]
    public required DateTime HearingAt { get; init; }
    [Display(Name = "开庭地点", Description = "如：第一仲裁庭、巡回庭所在镇街")]
    public required string Place { get; init; }
}

public sealed record RecordHearingRequest : ActionRequest
{
    [Display(Name = "开庭日期")]
    public required DateOnly HeardOn { get; init; }
    [Display(Name = "申请人到庭")]
    public bool ApplicantAttended { get; init; } = true;
    [Display(Name = "被申请人到庭")]
    public bool RespondentAttended { get; init; } = true;
    [Display(Name = "庭审情况")]
    public string? Notes { get; init; }
}

/// <summary>The award on one claim.</summary>
public sealed record ClaimAward([property: Display(Name = "请求事项")] [property: Pick(PickSource.CaseClaims)] long ClaimId, [property: Display(Name = "裁决金额（元）", Description = "驳回的填0")] decimal AmountAwarded);

/// <summary>A claim in a partial award or an advance-execution ruling: left blank, it is not decided now.</summary>
public sealed record ClaimAmount([property: Display(Name = "请求事项")] [property: Pick(PickSource.CaseClaims)] long ClaimId,
    [property: Display(Name = "金额（元）", Description = "本次不处理的留空；驳回的填0")] decimal? Amount);

/// <summary>先行裁决 (劳动争议调解仲裁法 art. 43 para. 2): the clear part of the claims decided while the rest goes on.</summary>
public sealed record PartialAwardRequest : ActionRequest
{
    [Display(Name = "先行裁决的事项", Description = "事实已经清楚的请求填写裁决金额（驳回的填0），其余留空待最终裁决；终局与否逐项认定")] [Pick(PickSource.CaseClaims)]
    public required List<ClaimAmount> Claims { get; init; }
    [MaxLength(8000)]
    [Display(Name = "仲裁庭认为", Description = "先行裁决的理由")]
    public required string Decision { get; init; }
    [MaxLength(8000)]
    [Display(Name = "经审理查明", Description = "已经清楚的部分事实")]
    public string? FactsFound { get; init; }
    [Display(Name = "履行期限（日）", Description = "裁决生效之日起几日内履行")]
    public int PaymentDays { get; init; } = 10;
}

/// <summary>先予执行 (劳动争议调解仲裁法 art. 44): on a worker's application, part of what is claimed paid now through the court.</summary>
public sealed record AdvanceExecutionRequest : ActionRequest
{
    [Display(Name = "申请人", Description = "申请先予执行的劳动者；劳动者申请的，可以不提供担保")] [Pick(PickSource.CaseWorkers)]
    public required long ApplicantId { get; init; }
    [Display(Name = "先予执行的事项", Description = "限追索劳动报酬、工伤医疗费、经济补偿或者赔偿金；填写先予执行的金额，其余留空")] [Pick(PickSource.CaseClaims)]
    public required List<ClaimAmount> Claims { get; init; }
    [Display(Name = "权利义务关系明确", Description = "第四十四条第二款第（一）项")]
    public bool RightsClear { get; init; }
    [Display(Name = "不先予执行将严重影响申请人的生活", Description = "第四十四条第二款第（二）项")]
    public bool SeriousHardship { get; init; }
    [MaxLength(4000)]
    [Display(Name = "事实与理由", Description = "申请人的生活状况与双方权利义务的依据")]
    public required string Facts { get; init; }
}

public sealed record AwardRequest : ActionRequest
{
    /// <summary>One entry per claim: what is awarded on it (0 dismisses it).</summary>
    [Display(Name = "各项请求的裁决", Description = "每项请求填写裁决金额，驳回的填0；终局与否按每项裁决金额与裁决时的最低工资标准自动认定，终局与非终局事项分别制作裁决书")] [Pick(PickSource.CaseClaims)]
    public required List<ClaimAward> Claims { get; init; }
    /// <summary>仲裁庭认为: the tribunal's reasoning.</summary>
    [MaxLength(8000)]
    [Display(Name = "仲裁庭认为", Description = "裁决理由")]
    public required string Decision { get; init; }
    /// <summary>经审理查明: the facts the tribunal found.</summary>
    [MaxLength(8000)]
    [Display(Name = "经审理查明", Description = "仲裁庭认定的事实")]
    public string? FactsFound { get; init; }
    /// <summary>The days after the award takes effect within which the paying party pays.</summary>
    [Display(Name = "履行期限（日）", Description = "裁决生效之日起几日内履行")]
    public int PaymentDays { get; init; } = 10;
    [MaxLength(100)]
    [Display(Name = "书记员")]
    public string? Clerk { get; init; }
}

public sealed record MediationStatementRequest : ActionRequest
{
    [MaxLength(8000)]
    [Display(Name = "调解协议内容")]
    public required string Terms { get; init; }
    [Display(Name = "调解金额（元）")]
    public decimal? Amount { get; init; }
}

/// <summary>One party signs for the mediation statement (送达回证); the last signature makes it binding.</summary>
public sealed record StatementReceiptRequest : ActionRequest
{
    [Display(Name = "签收的当事人", Description = "调解书经双方当事人签收后发生法律效力（劳动争议调解仲裁法第四十二条）")] [Pick(PickSource.CaseParties)]
    public required long PartyId { get; init; }
    [Display(Name = "签收日期", Description = "以送达回证上的签收日期为准")]
    public required DateOnly ReceivedOn { get; init; }
    [Display(Name = "送达方式")]
    public ServiceMethod Method { get; init; } = ServiceMethod.InPerson;
}

/// <summary>A party goes back on the settlement before signing for the statement (调解书送达前反悔).</summary>
public sealed record StatementRefusalRequest : ActionRequest
{
    [Display(Name = "反悔的当事人", Description = "尚未签收调解书的当事人")] [Pick(PickSource.CaseParties)]
    public required long PartyId { get; init; }
}

/// <summary>
/// The grounds on which the commission suspends (中止) a case, as 劳动人事争议仲裁办案规则 (人社部令第33号, 2017)
/// art. 47 para. 1 lists them; the case resumes once the ground is gone (para. 2).
/// </summary>
public enum SuspensionGround
{
    [Display(Name = "劳动者一方当事人死亡，需要等待继承人表明是否参加仲裁", Description = "办案规则第四十七条第一款第（一）项")]
    WorkerDied,
    [Display(Name = "劳动者一方当事人丧失民事行为能力，尚未确定法定代理人参加仲裁", Description = "办案规则第四十七条第一款第（二）项")]
    WorkerIncapacitated,
    [Display(Name = "用人单位终止，尚未确定权利义务承继者", Description = "办案规则第四十七条第一款第（三）项")]
    EmployerTerminated,
    [Display(Name = "一方当事人因不可抗拒的事由，不能参加仲裁", Description = "办案规则第四十七条第一款第（四）项")]
    ForceMajeure,
    [Display(Name = "案件审理需要以其他案件的审理结果为依据，且其他案件尚未审结", Description = "办案规则第四十七条第一款第（五）项")]
    AwaitingOtherCase,
    [Display(Name = "案件处理需要等待工伤认定、伤残等级鉴定以及其他鉴定结论", Description = "办案规则第四十七条第一款第（六）项")]
    AwaitingAssessment,
    [Display(Name = "其他应当中止仲裁程序的情形", Description = "办案规则第四十七条第一款第（七）项")]
    Other,
}

/// <summary>中止: proposed by the tribunal with its ground, decided by the commission head (办案规则 art. 47).</summary>
public sealed record SuspendRequest : ActionRequest
{
    /// <summary>Required to propose; the head's decision takes the proposal's ground when none is given.</summary>
    [Display(Name = "中止事由", Description = "办案规则第四十七条所列情形之一；中止期间不计入仲裁期限（第四十六条）")]
    public SuspensionGround? Ground { get; init; }
}

public sealed record ExtendRequest : ActionRequest
{
    /// <summary>At most 15 days (劳动争议调解仲裁法 art. 43).</summary>
    [Display(Name = "延长天数", Description = "最多15日，经仲裁委主任批准（劳动争议调解仲裁法第四十三条）")]
    public required int Days { get; init; }
}

public sealed record ConvertToOrdinaryRequest : ActionRequest
{
    /// <summary>When a sole arbitrator already sits: the two arbitrators who join the tribunal.</summary>
    [Display(Name = "增加的仲裁员", Description = "已由独任仲裁员审理的，另选两名")] [Pick(PickSource.Arbitrators)]
    public List<int> AdditionalMemberIds { get; init; } = [];
}

public sealed record RecordAnswerRequest : ActionRequest
{
    /// <summary>The day the respondent's answer (答辩书) was received.</summary>
    [Display(Name = "收到答辩书日期")]
    public required DateOnly ReceivedOn { get; init; }
}

/// <summary>增加或变更仲裁请求: new claims of the applicant; the award period runs again (办案规则 art. 46).</summary>
public sealed record AmendClaimsRequest : ActionRequest
{
    [Display(Name = "增加或变更的请求", Description = "仲裁期限重新计算（办案规则第46条）")]
    public required List<ClaimInput> Claims { get; init; }
}

/// <summary>追加当事人: a party added to the proceedings; the award period runs again.</summary>
public sealed record AddPartyRequest : ActionRequest
{
    [Display(Name = "追加的当事人", Description = "仲裁期限重新计算")]
    public required PartyInput Party { get; init; }
}

/// <summary>反申请: the respondent's own claims; the award period runs again.</summary>
public sealed record CounterclaimRequest : ActionRequest
{
    [Display(Name = "反申请请求", Description = "仲裁期限重新计算")]
    public required List<ClaimInput> Claims { get; init; }
}

public sealed record RecordAwardServiceRequest : ActionRequest
{
    /// <summary>The day the award was received, as the signed receipt (送达回证) shows.</summary>
    [Display(Name = "裁决书签收日期", Description = "以送达回证为准；起诉期限自此起算")]
    public required DateOnly ServedOn { get; init; }
}

/// <summary>What a party did after the case was decided, as the commission learns of it.</summary>
public enum AfterAwardKind
{
    /// <summary>起诉: a suit in the people's court against the award (劳动争议调解仲裁法 arts. 48, 50).</summary>
    [Display(Name = "向人民法院起诉", Description = "劳动争议调解仲裁法第四十八条、第五十条")]
    Suit,
    /// <summary>申请撤销: the employer's application to set a final award aside (art. 49).</summary>
    [Display(Name = "申请撤销终局裁决", Description = "劳动争议调解仲裁法第四十九条")]
    SetAside,
    /// <summary>申请执行: enforcement of an award or a mediation statement in force (art. 51).</summary>
    [Display(Name = "申请强制执行", Description = "劳动争议调解仲裁法第五十一条")]
    Enforcement,
}

public sealed record AfterAwardRequest : ActionRequest
{
    [Display(Name = "事项")]
    public required AfterAwardKind Kind { get; init; }
    [Display(Name = "当事人")] [Pick(PickSource.CaseParties)]
    public required long PartyId { get; init; }
    [Display(Name = "日期", Description = "起诉、申请撤销或申请执行之日")]
    public required DateOnly On { get; init; }
    [MaxLength(100)]
    [Display(Name = "人民法院", Description = "如：开平市人民法院、江门市中级人民法院")]
    public required string Court { get; init; }
    [MaxLength(100)]
    [Display(Name = "法院案号")]
    public string? CourtReference { get; init; }
}

/// <summary>The award an error is corrected in (each is a document of its own, 办案规则 art. 50).</summary>
public enum AwardDocument
{
    [Display(Name = "仲裁裁决书（非终局）")]
    ArbitrationAward,
    [Display(Name = "终局裁决书")]
    FinalAward,
    [Display(Name = "先行裁决书")]
    PartialAward,
}

/// <summary>What may be corrected in an issued award (劳动人事争议仲裁办案规则 art. 53): nothing that changes its decision.</summary>
public enum CorrectionKind
{
    [Display(Name = "文字错误")]
    Clerical,
    [Display(Name = "计算错误", Description = "计算过程的错误；裁决金额是裁决结果，不因补正而改变")]
    Calculation,
    [Display(Name = "仲裁庭已经裁决但裁决书遗漏的事项")]
    Omission,
}

public sealed record CorrectAwardRequest : ActionRequest
{
    [Display(Name = "补正的裁决书")]
    public required AwardDocument Document { get; init; }
    [Display(Name = "补正事项", Description = "劳动人事争议仲裁办案规则第五十三条")]
    public required CorrectionKind Kind { get; init; }
    /// <summary>The words as the award has them in its facts found or reasoning; none for an omitted item.</summary>
    [MaxLength(2000)]
    [Display(Name = "原文", Description = "裁决书“经审理查明”或“仲裁庭认为”中有误的原文；遗漏事项不填")]
    public string? Original { get; init; }
    [MaxLength(4000)]
    [Display(Name = "更正为", Description = "更正后的文字，或遗漏的已裁决事项")]
    public required string Corrected { get; init; }
}
