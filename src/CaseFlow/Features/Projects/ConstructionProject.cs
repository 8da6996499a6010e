namespace CaseFlow.Features.Projects;

/// <summary>
/// 工程项目: a construction site whose workers' wages the brigade watches (保障农民工工资支付条例
/// arts. 26–34: dedicated wage account, real-name roster, wage deposit).
/// </summary>
public class ConstructionProject
{
    public long Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Name { get; set; }
    public string? Location { get; set; }
    /// <summary>建设单位</summary>
    public required string DeveloperName { get; set; }
    public string? DeveloperCreditCode { get; set; }
    /// <summary>施工总承包单位: answers for its subcontractors' arrears (总包先行清偿).</summary>
    public required string GeneralContractorName { get; set; }
    public string? GeneralContractorCreditCode { get; set; }
    /// <summary>分包单位, one per line.</summary>
    public string? Subcontractors { get; set; }
    /// <summary>农民工工资专用账户</summary>
    public string? WageAccount { get; set; }
    /// <summary>工资保证金, in yuan.</summary>
    public decimal? WageDeposit { get; set; }
    public int? RosterSize { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
