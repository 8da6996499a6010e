using System.ComponentModel.DataAnnotations;
namespace CaseFlow.Domain;

/// <summary>The three lines of work, each with its own workflow.</summary>
public enum CaseKind
{
    /// <summary>调解案件</summary>
    [Display(Name = "调解")]
    Mediation,
    /// <summary>劳动人事争议仲裁案件</summary>
    [Display(Name = "仲裁")]
    Arbitration,
    /// <summary>劳动保障监察案件</summary>
    [Display(Name = "监察")]
    Inspection,
}

/// <summary>What a user does in CaseFlow; each user has exactly one.</summary>
public enum Role
{
    /// <summary>立案员: takes applications and complaints.</summary>
    [Display(Name = "立案员")]
    Registrar,
    /// <summary>调解员</summary>
    [Display(Name = "调解员")]
    Mediator,
    /// <summary>仲裁员</summary>
    [Display(Name = "仲裁员")]
    Arbitrator,
    /// <summary>监察员</summary>
    [Display(Name = "监察员")]
    Inspector,
    /// <summary>主任/队长: approvals (acceptance, extensions, blacklist, penalties).</summary>
    [Display(Name = "主任（队长）")]
    Head,
    /// <summary>Read-only reports.</summary>
    [Display(Name = "统计分析员")]
    Analyst,
    /// <summary>Users, organisations, calendars, targets.</summary>
    [Display(Name = "系统管理员")]
    Administrator,
}

public enum OrganisationKind
{
    /// <summary>人力资源和社会保障局: the parent of every other organisation.</summary>
    [Display(Name = "人力资源和社会保障局")]
    Bureau,
    /// <summary>劳动人事争议仲裁委员会, with its pre-case mediation desk.</summary>
    [Display(Name = "劳动人事争议仲裁委员会")]
    ArbitrationCommission,
    /// <summary>镇街劳动争议调解组织</summary>
    [Display(Name = "劳动争议调解组织")]
    MediationCommittee,
    /// <summary>劳动保障监察大队</summary>
    [Display(Name = "劳动保障监察大队")]
    InspectionBrigade,
    /// <summary>企业劳动争议调解委员会: mediates the disputes between one enterprise and its workers (企业劳动争议协商调解规定).</summary>
    [Display(Name = "企业劳动争议调解委员会")]
    EnterpriseMediationCommittee,
}

/// <summary>How a case was concluded; every closed case has one.</summary>
public enum ClosureType
{
    /// <summary>裁决</summary>
    [Display(Name = "裁决")]
    Award,
    /// <summary>仲裁调解书</summary>
    [Display(Name = "仲裁调解书")]
    MediationStatement,
    /// <summary>撤诉 / 撤回申请 / 撤回投诉</summary>
    [Display(Name = "撤回")]
    Withdrawal,
    /// <summary>按撤回处理: the applicant was absent without cause.</summary>
    [Display(Name = "按撤回处理")]
    DeemedWithdrawal,
    /// <summary>终结</summary>
    [Display(Name = "终结")]
    Termination,
    /// <summary>不予受理 / 不予立案</summary>
    [Display(Name = "不予受理")]
    NonAcceptance,
    /// <summary>Settled in pre-case mediation (案前约调) before acceptance.</summary>
    [Display(Name = "案前调解成功")]
    SettledInPreCaseMediation,
    /// <summary>调解协议: a mediation organisation's agreement.</summary>
    [Display(Name = "达成调解协议")]
    MediationAgreement,
    /// <summary>调解不成</summary>
    [Display(Name = "调解不成")]
    MediationFailed,
    /// <summary>查无违法事实</summary>
    [Display(Name = "查无违法事实")]
    NoViolationFound,
    /// <summary>责令改正后已改正</summary>
    [Display(Name = "已改正")]
    Rectified,
    /// <summary>行政处罚</summary>
    [Display(Name = "行政处罚")]
    AdministrativePenalty,
    /// <summary>移送公安机关 (拒不支付劳动报酬罪)</summary>
    [Display(Name = "移送公安机关")]
    TransferredToPolice,
}

public enum PartyKind
{
    /// <summary>劳动者: a natural person with a resident ID number (GB 11643).</summary>
    [Display(Name = "劳动者")]
    Worker,
    /// <summary>用人单位: with a unified social credit code (GB 32100).</summary>
    [Display(Name = "用人单位")]
    Employer,
    /// <summary>代理人</summary>
    [Display(Name = "代理人")]
    Agent,
    /// <summary>工会: applies for arbitration of a dispute over performing a collective contract (劳动合同法 art. 56).</summary>
    [Display(Name = "工会")]
    TradeUnion,
}

public enum PartyRole
{
    /// <summary>申请人 / 投诉人</summary>
    [Display(Name = "申请人（投诉人）")]
    Applicant,
    /// <summary>被申请人 / 被投诉单位</summary>
    [Display(Name = "被申请人（被投诉单位）")]
    Respondent,
    /// <summary>第三人</summary>
    [Display(Name = "第三人")]
    ThirdParty,
    /// <summary>代理人</summary>
    [Display(Name = "代理人")]
    Agent,
    /// <summary>A worker named in an inspection case's arrears who did not complain.</summary>
    [Display(Name = "被欠薪劳动者")]
    AffectedWorker,
}

/// <summary>请求事项的类型.</summary>
public enum ClaimType
{
    /// <summary>劳动报酬</summary>
    [Display(Name = "劳动报酬")]
    UnpaidWages,
    /// <summary>加班费</summary>
    [Display(Name = "加班费")]
    Overtime,
    /// <summary>经济补偿</summary>
    [Display(Name = "经济补偿")]
    EconomicCompensation,
    /// <summary>违法解除赔偿金</summary>
    [Display(Name = "违法解除赔偿金")]
    UnlawfulTerminationDamages,
    /// <summary>未签书面劳动合同二倍工资</summary>
    [Display(Name = "未签劳动合同二倍工资")]
    DoubleWages,
    /// <summary>工伤待遇</summary>
    [Display(Name = "工伤待遇")]
    WorkInjuryBenefits,
    /// <summary>社会保险</summary>
    [Display(Name = "社会保险")]
    SocialInsurance,
    /// <summary>确认劳动关系</summary>
    [Display(Name = "确认劳动关系")]
    ConfirmEmploymentRelationship,
    [Display(Name = "其他")]
    Other,
    /// <summary>因履行集体合同发生的争议, brought by the trade union (劳动合同法 art. 56).</summary>
    [Display(Name = "履行集体合同争议")]
    CollectiveContract,
}

/// <summary>Where a claim stands towards the one-year arbitration limitation when the application is received.</summary>
public enum LimitationStatus
{
    [Display(Name = "在时效内")]
    Within,
    /// <summary>A warning, never a refusal: limitation is the respondent's defence.</summary>
    [Display(Name = "可能已超过仲裁时效")]
    Expired,
    /// <summary>Remuneration owed while the employment lasts (art. 27 para. 4).</summary>
    [Display(Name = "劳动关系存续，不受一年时效限制")]
    NotRunning,
    [Display(Name = "起算日未填，未能计算")]
    Unknown,
}

/// <summary>What interrupts the limitation (劳动争议调解仲裁法 art. 27 para. 2).</summary>
public enum InterruptionKind
{
    [Display(Name = "向对方当事人主张权利")]
    Demand,
    [Display(Name = "向有关部门请求权利救济")]
    Relief,
    [Display(Name = "对方当事人同意履行义务")]
    Promise,
}
