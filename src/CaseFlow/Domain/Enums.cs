namespace CaseFlow.Domain;

/// <summary>The three lines of work, each with its own workflow.</summary>
public enum CaseKind
{
    /// <summary>调解案件</summary>
    Mediation,
    /// <summary>劳动人事争议仲裁案件</summary>
    Arbitration,
    /// <summary>劳动保障监察案件</summary>
    Inspection,
}

/// <summary>What a user does in CaseFlow; each user has exactly one.</summary>
public enum Role
{
    /// <summary>立案员: takes applications and complaints.</summary>
    Registrar,
    /// <summary>调解员</summary>
    Mediator,
    /// <summary>仲裁员</summary>
    Arbitrator,
    /// <summary>监察员</summary>
    Inspector,
    /// <summary>主任/队长: approvals (acceptance, extensions, blacklist, penalties).</summary>
    Head,
    /// <summary>Read-only reports.</summary>
    Analyst,
    /// <summary>Users, organisations, calendars, targets.</summary>
    Administrator,
}

public enum OrganisationKind
{
    /// <summary>人力资源和社会保障局: the parent of every other organisation.</summary>
    Bureau,
    /// <summary>劳动人事争议仲裁委员会, with its pre-case mediation desk.</summary>
    ArbitrationCommission,
    /// <summary>镇街劳动争议调解组织</summary>
    MediationCommittee,
    /// <summary>劳动保障监察大队</summary>
    InspectionBrigade,
}

/// <summary>How a case was concluded; every closed case has one.</summary>
public enum ClosureType
{
    /// <summary>裁决</summary>
    Award,
    /// <summary>仲裁调解书</summary>
    MediationStatement,
    /// <summary>撤诉 / 撤回申请 / 撤回投诉</summary>
    Withdrawal,
    /// <summary>按撤回处理: the applicant was absent without cause.</summary>
    DeemedWithdrawal,
    /// <summary>终结</summary>
    Termination,
    /// <summary>不予受理 / 不予立案</summary>
    NonAcceptance,
    /// <summary>Settled in pre-case mediation (案前约调) before acceptance.</summary>
    SettledInPreCaseMediation,
    /// <summary>调解协议: a mediation organisation's agreement.</summary>
    MediationAgreement,
    /// <summary>调解不成</summary>
    MediationFailed,
    /// <summary>查无违法事实</summary>
    NoViolationFound,
    /// <summary>责令改正后已改正</summary>
    Rectified,
    /// <summary>行政处罚</summary>
    AdministrativePenalty,
    /// <summary>移送公安机关 (拒不支付劳动报酬罪)</summary>
    TransferredToPolice,
}

public enum PartyKind
{
    /// <summary>劳动者: a natural person with a resident ID number (GB 11643).</summary>
    Worker,
    /// <summary>用人单位: with a unified social credit code (GB 32100).</summary>
    Employer,
    /// <summary>代理人</summary>
    Agent,
}

public enum PartyRole
{
    /// <summary>申请人 / 投诉人</summary>
    Applicant,
    /// <summary>被申请人 / 被投诉单位</summary>
    Respondent,
    /// <summary>第三人</summary>
    ThirdParty,
    /// <summary>代理人</summary>
    Agent,
    /// <summary>A worker named in an inspection case's arrears who did not complain.</summary>
    AffectedWorker,
}

/// <summary>请求事项的类型.</summary>
public enum ClaimType
{
    /// <summary>劳动报酬</summary>
    UnpaidWages,
    /// <summary>加班费</summary>
    Overtime,
    /// <summary>经济补偿</summary>
    EconomicCompensation,
    /// <summary>违法解除赔偿金</summary>
    UnlawfulTerminationDamages,
    /// <summary>未签书面劳动合同二倍工资</summary>
    DoubleWages,
    /// <summary>工伤待遇</summary>
    WorkInjuryBenefits,
    /// <summary>社会保险</summary>
    SocialInsurance,
    /// <summary>确认劳动关系</summary>
    ConfirmEmploymentRelationship,
    Other,
}
