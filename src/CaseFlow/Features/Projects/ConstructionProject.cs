using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Features.Projects;

public enum ProjectStatus
{
    [Display(Name = "在建")]
    UnderConstruction,
    [Display(Name = "停工")]
    Suspended,
    [Display(Name = "竣工")]
    Completed,
    /// <summary>结清: every wage of the project paid.</summary>
    [Display(Name = "结清")]
    Settled,
}

/// <summary>Who works on a project below its developer and general contractor.</summary>
public enum ParticipantRole
{
    /// <summary>分包单位</summary>
    [Display(Name = "分包单位")]
    Subcontractor,
    /// <summary>班组: a labour crew under its leader (班组长).</summary>
    [Display(Name = "班组")]
    LabourCrew,
}

/// <summary>
/// 工程项目: a construction site whose workers' wages the brigade watches (保障农民工工资支付条例,
/// 国务院令第724号: the real-name roster of art. 28, the dedicated wage account of arts. 26–29, the wage
/// deposit of art. 32, the information board of art. 34).
/// </summary>
public class ConstructionProject
{
    public long Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Name { get; set; }
    /// <summary>施工许可证号</summary>
    public string? PermitNumber { get; set; }
    /// <summary>The town or subdistrict, by the code of its mediation committee (sanbu, changsha, …).</summary>
    public string? Town { get; set; }
    public string? Location { get; set; }
    /// <summary>合同价款, in yuan.</summary>
    public decimal? ContractValue { get; set; }
    /// <summary>人工费用 as a share of the contract value, in per cent (art. 24: transferred to the wage account at least monthly).</summary>
    public decimal? LabourCostShare { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? PlannedCompletionOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public ProjectStatus Status { get; set; }
    /// <summary>建设单位</summary>
    public required string DeveloperName { get; set; }
    public string? DeveloperCreditCode { get; set; }
    /// <summary>施工总承包单位: answers for its subcontractors' arrears (总包先行清偿, art. 30).</summary>
    public required string GeneralContractorName { get; set; }
    public string? GeneralContractorCreditCode { get; set; }
    /// <summary>劳资专管员: the contractor's on-site wage officer.</summary>
    public string? WageOfficerName { get; set; }
    public string? WageOfficerPhone { get; set; }
    /// <summary>维权信息告示牌 (art. 34): posted, and since when.</summary>
    public bool InformationBoardPosted { get; set; }
    public DateOnly? InformationBoardPostedOn { get; set; }
    /// <summary>农民工工资专用账户</summary>
    public string? WageAccount { get; set; }
    /// <summary>应存工资保证金: the wage deposit the contractor must lodge for the project, in yuan, as set for it; the deposits lodged are <see cref="Projects.WageDeposit"/>.</summary>
    public decimal? WageDeposit { get; set; }
    /// <summary>约定工资支付日: the day of the following month by which a month's wages are paid, as the contracts agree.</summary>
    public int? WagePayDay { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Raised on every change; an edit of an older version is refused.</summary>
    public int Version { get; set; }
    public List<ProjectParticipant> Participants { get; set; } = [];
}

/// <summary>A subcontractor or a labour crew of a project.</summary>
public class ProjectParticipant
{
    public long Id { get; set; }
    public long ProjectId { get; set; }
    public ParticipantRole Role { get; set; }
    public required string Name { get; set; }
    public string? CreditCode { get; set; }
    /// <summary>The crew's leader (班组长) or the subcontractor's contact.</summary>
    public string? LeaderName { get; set; }
    public string? LeaderPhone { get; set; }
}

/// <summary>One worker of a project's real-name roster (实名制, art. 28).</summary>
public class ProjectWorker
{
    public long Id { get; set; }
    public long ProjectId { get; set; }
    public required string Name { get; set; }
    public required string IdNumber { get; set; }
    /// <summary>工种</summary>
    public string? Trade { get; set; }
    /// <summary>The crew, by name as the roster gives it.</summary>
    public string? Crew { get; set; }
    /// <summary>Whether a written labour contract was signed (劳动合同).</summary>
    public bool ContractSigned { get; set; }
    /// <summary>工资卡: the bank and the card the wages are paid to.</summary>
    public string? WageCardBank { get; set; }
    public string? WageCardNumber { get; set; }
    public DateOnly EnteredOn { get; set; }
    public DateOnly? LeftOn { get; set; }
}

/// <summary>A change to a project: who, when, what, and the fields as they were and became.</summary>
public class ProjectEvent
{
    public long Id { get; set; }
    public long ProjectId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    /// <summary>JSON: each changed field with its old and new value, or what was added or imported.</summary>
    public required string Changes { get; set; }
}
