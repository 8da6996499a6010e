using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Features.Projects;

public enum AccountEntryKind
{
    /// <summary>人工费用拨付: the developer's transfer of the labour cost into the account (art. 24).</summary>
    [Display(Name = "人工费用拨付")]
    LabourCostTransfer,
    /// <summary>工资代发: wages paid out of the account to the workers' cards (art. 26).</summary>
    [Display(Name = "工资代发")]
    WagePayment,
}

/// <summary>A movement of the project's dedicated wage account (农民工工资专用账户, 保障农民工工资支付条例 arts. 26–29).</summary>
public class WageAccountEntry
{
    public long Id { get; set; }
    public long ProjectId { get; set; }
    public AccountEntryKind Kind { get; set; }
    public DateOnly On { get; set; }
    public decimal Amount { get; set; }
    /// <summary>For a wage payment: the payroll month it pays (the first day of the month).</summary>
    public DateOnly? PayrollMonth { get; set; }
    public string? Reference { get; set; }
}

public enum DepositForm
{
    [Display(Name = "现金存储")]
    Cash,
    [Display(Name = "银行保函")]
    BankGuarantee,
    [Display(Name = "工程担保公司保函或工程保证保险")]
    Insurance,
}

/// <summary>工资保证金: a contractor's wage deposit for the project (保障农民工工资支付条例 art. 32).</summary>
public class WageDeposit
{
    public long Id { get; set; }
    public long ProjectId { get; set; }
    public required string ContractorName { get; set; }
    public string? ContractorCreditCode { get; set; }
    public DepositForm Form { get; set; }
    public decimal Amount { get; set; }
    /// <summary>What the amount rests on: the rate and the provincial measure it follows.</summary>
    public required string Basis { get; set; }
    public DateOnly LodgedOn { get; set; }
    /// <summary>减免: the amount the deposit was reduced by for a contractor without arrears, and why.</summary>
    public decimal? ReducedBy { get; set; }
    public string? ReductionReason { get; set; }
    /// <summary>退还: the day the deposit was released.</summary>
    public DateOnly? ReleasedOn { get; set; }

    /// <summary>What the deposit holds now: nothing once released.</summary>
    public decimal Held => ReleasedOn is null ? Amount - (ReducedBy ?? 0) : 0;
}

/// <summary>工资支付表: one month's wages of a project, worker by worker.</summary>
public class Payroll
{
    public long Id { get; set; }
    public long ProjectId { get; set; }
    /// <summary>The first day of the month the wages are for.</summary>
    public DateOnly Month { get; set; }
    /// <summary>总包代发 (art. 31): the general contractor pays the subcontractor's workers on its behalf.</summary>
    public bool PaidByGeneralContractor { get; set; }
    /// <summary>The subcontractor or crew whose workers the payroll is for, if not the general contractor's own.</summary>
    public string? Employer { get; set; }
    public List<PayrollLine> Lines { get; set; } = [];
}

/// <summary>One worker's line of a payroll: what was due, what was paid, when, and whether the worker signed.</summary>
public class PayrollLine
{
    public long Id { get; set; }
    public long PayrollId { get; set; }
    public long WorkerId { get; set; }
    public ProjectWorker? Worker { get; set; }
    public decimal Due { get; set; }
    public decimal Paid { get; set; }
    public DateOnly? PaidOn { get; set; }
    public bool Signed { get; set; }

    public decimal Balance => Due - Paid;
}
