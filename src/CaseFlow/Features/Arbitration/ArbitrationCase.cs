using System.ComponentModel.DataAnnotations;
using CaseFlow.Domain;

namespace CaseFlow.Features.Arbitration;

/// <summary>The states of a 劳动人事争议仲裁案件, in lifecycle order.</summary>
public enum ArbitrationState
{
    /// <summary>申请: received, not yet reviewed.</summary>
    [Display(Name = "已申请")]
    Applied,
    /// <summary>案前约调: waiting on a linked pre-case mediation.</summary>
    [Display(Name = "案前调解中")]
    InPreCaseMediation,
    /// <summary>受理审查</summary>
    [Display(Name = "受理审查")]
    AcceptanceReview,
    /// <summary>The proceedings from acceptance to conclusion; never a current state itself.</summary>
    [Display(Name = "审理中")]
    InProceedings,
    /// <summary>立案: accepted and numbered.</summary>
    [Display(Name = "已受理")]
    Accepted,
    /// <summary>送达: the application served on the respondent.</summary>
    [Display(Name = "已送达")]
    Served,
    /// <summary>组庭</summary>
    [Display(Name = "已组庭")]
    TribunalFormed,
    /// <summary>排期: the hearing is scheduled and notified.</summary>
    [Display(Name = "已排期")]
    HearingScheduled,
    /// <summary>开庭: heard, awaiting the award.</summary>
    [Display(Name = "已开庭")]
    Heard,
    /// <summary>调解书送达: the mediation statement is issued and binds once every party has signed for it (劳动争议调解仲裁法 art. 42).</summary>
    [Display(Name = "调解书送达中")]
    StatementDelivery,
    /// <summary>报请中止: the tribunal has proposed a suspension; the head decides.</summary>
    [Display(Name = "中止待批")]
    SuspensionProposed,
    /// <summary>中止: the period is stopped.</summary>
    [Display(Name = "中止")]
    Suspended,
    /// <summary>结案</summary>
    [Display(Name = "已结案")]
    Closed,
}

/// <summary>Procedure tracks (劳动人事争议仲裁办案规则 arts. 56–63).</summary>
public enum ProcedureTrack
{
    /// <summary>Three arbitrators.</summary>
    [Display(Name = "普通程序")]
    Ordinary,
    /// <summary>简易处理: a sole arbitrator.</summary>
    [Display(Name = "简易程序")]
    Simplified,
    /// <summary>集体争议: 10+ workers, 3–5 representatives, three arbitrators.</summary>
    [Display(Name = "集体争议")]
    Collective,
}

public enum ServiceMethod
{
    [Display(Name = "直接送达")]

    InPerson,
    [Display(Name = "邮寄送达")]
    Post,
    [Display(Name = "电话")]
    Phone,
    [Display(Name = "短信")]
    Sms,
    [Display(Name = "电子邮件")]
    Email,
    /// <summary>公告送达</summary>
    [Display(Name = "公告送达")]
    PublicNotice,
}

/// <summary>劳动人事争议仲裁案件</summary>
public class ArbitrationCase : Case
{
    public ArbitrationCase() => Kind = CaseKind.Arbitration;

    public ArbitrationState State
    {
        get => Enum.Parse<ArbitrationState>(StateName);
        set => StateName = value.ToString();
    }

    /// <summary>The track asked for at intake; fixed at acceptance.</summary>
    public ProcedureTrack Track { get; set; }
    /// <summary>The pre-case mediation (案前约调) this application waits or waited on.</summary>
    public long? PreCaseMediationId { get; set; }
    /// <summary>The failed mediation this application was referred from.</summary>
    public long? ReferredFromMediationId { get; set; }
    public string? NonAcceptanceReason { get; set; }
    public DateOnly? ServedOn { get; set; }
    /// <summary>Served by public notice (公告送达): the day service is deemed done; the time until then does not count towards the award period.</summary>
    public DateOnly? ServiceDeemedOn { get; set; }
    public ServiceMethod? ServiceMethod { get; set; }
    public DateOnly? TribunalFormedOn { get; set; }
    public List<TribunalSeat> Tribunal { get; set; } = [];
    public DateTime? HearingAt { get; set; }
    public string? HearingPlace { get; set; }
    public DateOnly? HeardOn { get; set; }
    /// <summary>The day the hearing notice was given (on scheduling or postponing).</summary>
    public DateOnly? HearingNoticeOn { get; set; }
    /// <summary>The day the respondent's answer (答辩书) was received.</summary>
    public DateOnly? AnsweredOn { get; set; }
    /// <summary>The last added party, amended claim or counterclaim: the award period runs again from here (办案规则 art. 46).</summary>
    public DateOnly? PeriodRestartedOn { get; set; }
    /// <summary>The day the award was received, by signed receipt (送达回证): the appeal periods run from here.</summary>
    public DateOnly? AwardServedOn { get; set; }
    /// <summary>The day the current mediation statement (调解书) was issued; cleared when a party refuses it before receipt.</summary>
    public DateOnly? StatementIssuedOn { get; set; }
    /// <summary>Where the proceedings stood when the statement was issued: where a refusal before receipt returns them.</summary>
    public ArbitrationState? StatementIssuedFrom { get; set; }
    /// <summary>The sum the parties settled on in the statement, in yuan.</summary>
    public decimal? SettlementAmount { get; set; }
    /// <summary>送达回证: who signed for which document, and when.</summary>
    public List<DocumentReceipt> Receipts { get; set; } = [];
    /// <summary>What the parties did after the decision: suits, applications to set aside, enforcement.</summary>
    public List<AfterAwardEvent> AfterAward { get; set; } = [];
    /// <summary>补正: corrections of the issued awards, in order.</summary>
    public List<AwardCorrection> Corrections { get; set; } = [];
    /// <summary>The latest partial award (先行裁决): its day, reasoning, facts found and days to pay.</summary>
    public DateOnly? PartialAwardOn { get; set; }
    public string? PartialDecision { get; set; }
    public string? PartialFactsFound { get; set; }
    public int? PartialPaymentDays { get; set; }
    /// <summary>先予执行 (art. 44): the day of the ruling, for whom, how much, on which claims, and why.</summary>
    public DateOnly? AdvanceExecutionOn { get; set; }
    public long? AdvanceExecutionPartyId { get; set; }
    public decimal? AdvanceExecutionAmount { get; set; }
    public string? AdvanceExecutionClaims { get; set; }
    public string? AdvanceExecutionReason { get; set; }
    /// <summary>The day the employment ended, as the application states it: the limitation of remuneration claims runs from here.</summary>
    public DateOnly? EmploymentEndedOn { get; set; }
    /// <summary>The employment still lasts: remuneration owed during it is not barred (art. 27 para. 4).</summary>
    public bool EmploymentContinues { get; set; }
    /// <summary>The monthly minimum wage the final-award test used, and whether its figure is confirmed.</summary>
    public decimal? MinimumWageUsed { get; set; }
    public bool? MinimumWageConfirmed { get; set; }
    public string? MinimumWageSource { get; set; }
    /// <summary>The state to return to when a suspension (中止) ends.</summary>
    public ArbitrationState? SuspendedFrom { get; set; }
    /// <summary>The ground of art. 47 the suspension is proposed or decided on.</summary>
    public SuspensionGround? SuspensionGround { get; set; }
    /// <summary>The facts of the ground, as the tribunal put them.</summary>
    public string? SuspensionReason { get; set; }
    public DateOnly? SuspensionProposedOn { get; set; }
    public DateOnly? SuspendedOn { get; set; }
    /// <summary>The one extension of at most 15 days the head may approve (办案规则 art. 45).</summary>
    public int? ExtensionDays { get; set; }
    public DateOnly? ExtensionApprovedOn { get; set; }
    public string? ExtensionReason { get; set; }
    /// <summary>The award's reasoning (仲裁庭认为) or the mediation statement's terms.</summary>
    public string? Decision { get; set; }
    /// <summary>经审理查明: the facts the award found.</summary>
    public string? FactsFound { get; set; }
    /// <summary>The days after the award takes effect within which it is to be performed.</summary>
    public int? PaymentDays { get; set; }
    public string? Clerk { get; set; }
    /// <summary>What an item of the award may be at most to be final: the minimum wage used times the months of the rule.</summary>
    public decimal? FinalAwardThreshold { get; set; }
}

/// <summary>An arbitrator sitting on a case's tribunal.</summary>
public class TribunalSeat
{
    public long CaseId { get; set; }
    public int ArbitratorId { get; set; }
    public User? Arbitrator { get; set; }
    public bool IsPresiding { get; set; }
}
