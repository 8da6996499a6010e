using System.ComponentModel.DataAnnotations;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Features.Inspection;
using CaseFlow.Infrastructure;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Projects;

public sealed record AccountEntryRequest
{
    [Display(Name = "事项")]
    public required AccountEntryKind Kind { get; init; }
    [Display(Name = "日期")]
    public required DateOnly On { get; init; }
    [Display(Name = "金额（元）")]
    public required decimal Amount { get; init; }
    [Display(Name = "工资月份", Description = "工资代发须填写所付工资月份的1日，如 2026-10-01")]
    public DateOnly? PayrollMonth { get; init; }
    [Display(Name = "凭证号")]
    public string? Reference { get; init; }
}

public sealed record AccountView(IReadOnlyList<WageAccountEntry> Entries, decimal TransferredIn, decimal PaidOut, decimal Balance);

public sealed record DepositRequest
{
    [Display(Name = "存储单位")]
    public required string ContractorName { get; init; }
    [Display(Name = "统一社会信用代码")]
    public string? ContractorCreditCode { get; init; }
    [Display(Name = "形式")]
    public required DepositForm Form { get; init; }
    [Display(Name = "金额（元）")]
    public required decimal Amount { get; init; }
    [Display(Name = "存储依据", Description = "存储比例及所依据的规定")]
    public required string Basis { get; init; }
    [Display(Name = "存储日期")]
    public required DateOnly LodgedOn { get; init; }
}

public sealed record DepositReduction(decimal Amount, string Reason);

public sealed record DepositRelease(DateOnly On);

public sealed record PayrollLineInput
{
    [Display(Name = "工人")] [Pick(PickSource.ProjectWorkers)]
    public required long WorkerId { get; init; }
    [Display(Name = "应发（元）")]
    public required decimal Due { get; init; }
    [Display(Name = "实发（元）")]
    public required decimal Paid { get; init; }
    [Display(Name = "发放日期")]
    public DateOnly? PaidOn { get; init; }
    [Display(Name = "本人签名确认")]
    public bool Signed { get; init; }
}

public sealed record PayrollRequest
{
    [Display(Name = "工资月份", Description = "该月1日，如 2026-10-01")]
    public required DateOnly Month { get; init; }
    [Display(Name = "施工总承包单位代发", Description = "条例第三十一条：分包单位的工资由施工总承包单位代发")]
    public bool PaidByGeneralContractor { get; init; }
    [Display(Name = "用人单位", Description = "分包单位或班组；施工总承包单位自有工人的留空")]
    public string? Employer { get; init; }
    [Display(Name = "工资明细", Description = "花名册上近两个月在场的工人，每人一行")] [Pick(PickSource.ProjectWorkers)]
    public required List<PayrollLineInput> Lines { get; init; }
}

public sealed record LinePayment(decimal Paid, DateOnly? PaidOn = null, bool Signed = false);

public sealed record PayrollLineView(long Id, long WorkerId, string Worker, string IdNumber, decimal Due, decimal Paid, decimal Balance, DateOnly? PaidOn, bool Signed);

public sealed record PayrollView(long Id, DateOnly Month, bool PaidByGeneralContractor, string? Employer, decimal Due, decimal Paid, decimal Balance, IReadOnlyList<PayrollLineView> Lines);

/// <summary>A worker's unpaid wages on the project: the balance of every payroll line not paid in full.</summary>
public sealed record WorkerArrearsView(long WorkerId, string Worker, string IdNumber, decimal Owed, DateOnly From, DateOnly To, IReadOnlyList<string> Employers);

public sealed record ProjectArrearsView(int Workers, decimal Owed, IReadOnlyList<WorkerArrearsView> ByWorker);

/// <summary>
/// The money of a project (保障农民工工资支付条例): its dedicated wage account, the contractors' wage
/// deposits, the monthly payrolls, and the arrears that follow from their unpaid balances, which one call
/// turns into an inspection case.
/// </summary>
public static class WageLedgerEndpoints
{
    static DateOnly Today(TimeProvider time) => WorkflowContext.TodayBy(time);

    public static void MapWageLedger(this RouteGroupBuilder projects)
    {
        projects.MapGet("{id:long}/account", async Task<IResult> (long id, HttpContext http, CaseFlowDbContext db) =>
                await ProjectEndpoints.Find(db, CurrentUser.From(http.User), id) is null ? Problems.NotFound($"no project {id} that this user may see") : Results.Ok(await Account(db, id)))
            .Allow(ProjectEndpoints.Read)
            .WithSummary("The dedicated wage account: labour-cost transfers in, wages paid out, the balance");

        projects.MapPost("{id:long}/account", RecordEntryAsync)
            .Allow(ProjectEndpoints.Keep.On(AccessScope.Project))
            .AddEndpointFilter<TransactionFilter>()
            .WithSummary("Records a labour-cost transfer into the wage account or a wage payment out of it");

        projects.MapGet("{id:long}/deposits", async Task<IResult> (long id, HttpContext http, CaseFlowDbContext db) =>
                await ProjectEndpoints.Find(db, CurrentUser.From(http.User), id) is null
                    ? Problems.NotFound($"no project {id} that this user may see")
                    : Results.Ok(await db.WageDeposits.AsNoTracking().Where(d => d.ProjectId == id).OrderBy(d => d.Id).ToListAsync()))
            .Allow(ProjectEndpoints.Read)
            .WithSummary("The contractors' wage deposits (工资保证金)");

        projects.MapPost("{id:long}/deposits", LodgeDepositAsync)
            .Allow(ProjectEndpoints.Keep.On(AccessScope.Project))
            .AddEndpointFilter<TransactionFilter>()
            .WithSummary("Records a contractor's wage deposit: form, amount and the basis of the amount");

        projects.MapPost("{id:long}/deposits/{depositId:long}/reduce", async Task<IResult> (long id, long depositId, DepositReduction request, HttpContext http, CaseFlowDbContext db, TimeProvider time) =>
            {
                var (user, project, refused) = await Editable(id, http, db);
                if (refused is not null) return refused;
                var deposit = await db.WageDeposits.SingleOrDefaultAsync(d => d.Id == depositId && d.ProjectId == id);
                if (deposit is null) return Problems.NotFound($"no deposit {depositId} in project {id}");
                if (deposit.ReleasedOn is not null) return Problems.Invalid("depositId", "保证金已退还");
                if (string.IsNullOrWhiteSpace(request.Reason)) return Problems.Invalid("reason", "必须填写：减免的依据");
                if (request.Amount <= 0 || request.Amount + (deposit.ReducedBy ?? 0) > deposit.Amount) return Problems.Invalid("amount", "须为正数，且累计减免不超过保证金金额");
                deposit.ReducedBy = (deposit.ReducedBy ?? 0) + request.Amount;
                deposit.ReductionReason = request.Reason.Trim();
                project!.Version++;
                ProjectEndpoints.Record(db, id, user, "reduce-deposit", new() { ["contractor"] = deposit.ContractorName, ["amount"] = request.Amount, ["reason"] = deposit.ReductionReason }, time);
                await db.SaveChangesAsync();
                return Results.Ok(deposit);
            })
            .Allow(ProjectEndpoints.Keep.On(AccessScope.Project))
            .AddEndpointFilter<TransactionFilter>()
            .WithSummary("Reduces a deposit (减免), with its reason");

        projects.MapPost("{id:long}/deposits/{depositId:long}/release", async Task<IResult> (long id, long depositId, DepositRelease request, HttpContext http, CaseFlowDbContext db, TimeProvider time) =>
            {
                var (user, project, refused) = await Editable(id, http, db);
                if (refused is not null) return refused;
                var deposit = await db.WageDeposits.SingleOrDefaultAsync(d => d.Id == depositId && d.ProjectId == id);
                if (deposit is null) return Problems.NotFound($"no deposit {depositId} in project {id}");
                if (deposit.ReleasedOn is not null) return Problems.Invalid("depositId", "保证金已退还");
                if (project!.Status is not (ProjectStatus.Completed or ProjectStatus.Settled)) return Problems.Invalid("depositId", "工程完工后方可退还工资保证金");
                if ((await Arrears(db, id, full: false)).Owed > 0) return Problems.Invalid("depositId", "项目尚有拖欠工资，不能退还工资保证金");
                if (request.On > Today(time) || request.On < deposit.LodgedOn) return Problems.Invalid("on", "须在存储之日至今天之间");
                deposit.ReleasedOn = request.On;
                project.Version++;
                ProjectEndpoints.Record(db, id, user, "release-deposit", new() { ["contractor"] = deposit.ContractorName, ["on"] = request.On }, time);
                await db.SaveChangesAsync();
                return Results.Ok(deposit);
            })
            .Allow(ProjectEndpoints.Keep.On(AccessScope.Project))
            .AddEndpointFilter<TransactionFilter>()
            .WithSummary("Releases a deposit once the project is completed and owes no wages");

        projects.MapGet("{id:long}/payrolls", async Task<IResult> (long id, HttpContext http, CaseFlowDbContext db) =>
            {
                var user = CurrentUser.From(http.User);
                if (await ProjectEndpoints.Find(db, user, id) is null) return Problems.NotFound($"no project {id} that this user may see");
                var payrolls = await db.Payrolls.AsNoTracking().Include(p => p.Lines).ThenInclude(l => l.Worker).Where(p => p.ProjectId == id).OrderByDescending(p => p.Month).ToListAsync();
                return Results.Ok(payrolls.Select(p => View(p, FullIds(user))));
            })
            .Allow(ProjectEndpoints.Read)
            .WithSummary("The monthly payrolls (工资支付表), newest first, worker by worker");

        projects.MapPost("{id:long}/payrolls", RecordPayrollAsync)
            .Allow(ProjectEndpoints.Keep.On(AccessScope.Project))
            .AddEndpointFilter<TransactionFilter>()
            .WithSummary("Records a month's payroll: each worker's wages due and paid, the day paid and the signature; 总包代发 when the general contractor pays");

        projects.MapPut("{id:long}/payrolls/{payrollId:long}/lines/{lineId:long}", async Task<IResult> (long id, long payrollId, long lineId, LinePayment request, HttpContext http, CaseFlowDbContext db, TimeProvider time) =>
            {
                var (user, project, refused) = await Editable(id, http, db);
                if (refused is not null) return refused;
                var payroll = await db.Payrolls.Include(p => p.Lines).ThenInclude(l => l.Worker).SingleOrDefaultAsync(p => p.Id == payrollId && p.ProjectId == id);
                var line = payroll?.Lines.SingleOrDefault(l => l.Id == lineId);
                if (line is null) return Problems.NotFound($"no line {lineId} in payroll {payrollId} of project {id}");
                var intake = new Intake();
                if (request.Paid < line.Paid) intake.Fail("paid", $"已登记实付{line.Paid:N2}元，不能减少");
                CheckLine(intake, "", line.Due, request.Paid, request.PaidOn, request.Signed, payroll!.Month, Today(time));
                if (!intake.IsValid) return Problems.Invalid(intake.Errors);
                ProjectEndpoints.Record(db, id, user, "pay-wages", new() { ["month"] = payroll.Month, ["worker"] = line.Worker!.Name, ["paid"] = new { from = line.Paid, to = request.Paid } }, time);
                (line.Paid, line.PaidOn, line.Signed) = (request.Paid, request.PaidOn, request.Signed);
                project!.Version++;
                await db.SaveChangesAsync();
                return Results.Ok(View(payroll, FullIds(user)));
            })
            .Allow(ProjectEndpoints.Keep.On(AccessScope.Project))
            .AddEndpointFilter<TransactionFilter>()
            .WithSummary("Records a later payment of one worker's wages of a month");

        projects.MapGet("{id:long}/arrears", async Task<IResult> (long id, HttpContext http, CaseFlowDbContext db) =>
            {
                var user = CurrentUser.From(http.User);
                return await ProjectEndpoints.Find(db, user, id) is null ? Problems.NotFound($"no project {id} that this user may see") : Results.Ok(await Arrears(db, id, FullIds(user)));
            })
            .Allow(ProjectEndpoints.Read)
            .WithSummary("The project's unpaid wages, worker by worker, from the balances of its payrolls");

        projects.MapPost("{id:long}/arrears-case", OpenArrearsCaseAsync)
            .Allow(OpenInspection.Opens.On(AccessScope.Project))
            .AddEndpointFilter<TransactionFilter>()
            .WithSummary("Opens an inspection case on the project's arrears: the project, its general contractor (who pays first, art. 30) and employers, and each unpaid worker with the amount");
    }

    /// <summary>A transfer into or a payment out of the wage account: the API's endpoint and the ledger form both call this.</summary>
    public static async Task<IResult> RecordEntryAsync(long id, AccountEntryRequest request, HttpContext http, CaseFlowDbContext db, TimeProvider time)
    {
        var (user, project, refused) = await Editable(id, http, db);
        if (refused is not null) return refused;
        if (request.Amount <= 0) return Problems.Invalid("amount", "须为正数");
        if (request.On > Today(time)) return Problems.Invalid("on", "不能晚于今天");
        if (request.Kind == AccountEntryKind.WagePayment)
        {
            if (request.PayrollMonth is not { Day: 1 }) return Problems.Invalid("payrollMonth", "工资代发须写明所付工资的月份（该月1日）");
            var balance = (await Account(db, id)).Balance;
            if (request.Amount > balance) return Problems.Invalid("amount", $"超过专用账户余额{balance:N2}元");
        }
        var entry = new WageAccountEntry { ProjectId = id, Kind = request.Kind, On = request.On, Amount = request.Amount, PayrollMonth = request.PayrollMonth, Reference = request.Reference };
        db.WageAccountEntries.Add(entry);
        project!.Version++;
        ProjectEndpoints.Record(db, id, user, "account-entry", new() { ["kind"] = request.Kind.ToString(), ["on"] = request.On, ["amount"] = request.Amount }, time);
        await db.SaveChangesAsync();
        return Results.Ok(await Account(db, id));
    }

    /// <summary>A contractor's wage deposit: the API's endpoint and the ledger form both call this.</summary>
    public static async Task<IResult> LodgeDepositAsync(long id, DepositRequest request, HttpContext http, CaseFlowDbContext db, TimeProvider time)
    {
        var (user, project, refused) = await Editable(id, http, db);
        if (refused is not null) return refused;
        var intake = new Intake();
        intake.Text("contractorName", request.ContractorName, 200);
        intake.Text("basis", request.Basis, 500);
        if (request.ContractorCreditCode is not null && UnifiedSocialCreditCode.Problem(request.ContractorCreditCode) is { } code) intake.Fail("contractorCreditCode", code);
        if (request.Amount <= 0) intake.Fail("amount", "须为正数");
        if (request.LodgedOn > Today(time)) intake.Fail("lodgedOn", "不能晚于今天");
        if (!intake.IsValid) return Problems.Invalid(intake.Errors);
        var deposit = new WageDeposit
        {
            ProjectId = id, ContractorName = request.ContractorName.Trim(), ContractorCreditCode = request.ContractorCreditCode?.ToUpperInvariant(),
            Form = request.Form, Amount = request.Amount, Basis = request.Basis.Trim(), LodgedOn = request.LodgedOn,
        };
        db.WageDeposits.Add(deposit);
        project!.Version++;
        ProjectEndpoints.Record(db, id, user, "lodge-deposit", new() { ["contractor"] = deposit.ContractorName, ["form"] = request.Form.ToString(), ["amount"] = request.Amount }, time);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/projects/{id}/deposits", deposit);
    }

    /// <summary>A month's payroll: the API's endpoint and the ledger form both call this.</summary>
    public static async Task<IResult> RecordPayrollAsync(long id, PayrollRequest request, HttpContext http, CaseFlowDbContext db, TimeProvider time)
    {
        var (user, project, refused) = await Editable(id, http, db);
        if (refused is not null) return refused;
        var intake = new Intake();
        var today = Today(time);
        if (request.Month.Day != 1) intake.Fail("month", "须为该月1日");
        if (request.Month > today) intake.Fail("month", "不能晚于本月");
        intake.Text("employer", request.Employer, 200, required: false);
        if (await db.Payrolls.AnyAsync(p => p.ProjectId == id && p.Month == request.Month && p.Employer == request.Employer))
            intake.Fail("month", "该月的工资支付表已登记；补发工资请登记在原表中");
        var roster = await db.ProjectWorkers.Where(w => w.ProjectId == id).Select(w => w.Id).ToListAsync();
        if (request.Lines.Count == 0) intake.Fail("lines", "至少一名工人");
        for (var i = 0; i < request.Lines.Count; i++)
        {
            var line = request.Lines[i];
            if (!roster.Contains(line.WorkerId)) intake.Fail($"lines[{i}].workerId", "不在本项目的实名制花名册中");
            else if (request.Lines.Take(i).Any(l => l.WorkerId == line.WorkerId)) intake.Fail($"lines[{i}].workerId", "同一工人在表中重复");
            CheckLine(intake, $"lines[{i}]", line.Due, line.Paid, line.PaidOn, line.Signed, request.Month, today);
        }
        if (!intake.IsValid) return Problems.Invalid(intake.Errors);
        var payroll = new Payroll
        {
            ProjectId = id, Month = request.Month, PaidByGeneralContractor = request.PaidByGeneralContractor, Employer = request.Employer?.Trim(),
            Lines = request.Lines.Select(l => new PayrollLine { WorkerId = l.WorkerId, Due = l.Due, Paid = l.Paid, PaidOn = l.PaidOn, Signed = l.Signed }).ToList(),
        };
        db.Payrolls.Add(payroll);
        project!.Version++;
        ProjectEndpoints.Record(db, id, user, "payroll", new() { ["month"] = request.Month, ["workers"] = payroll.Lines.Count, ["due"] = payroll.Lines.Sum(l => l.Due), ["paid"] = payroll.Lines.Sum(l => l.Paid) }, time);
        await db.SaveChangesAsync();
        await db.Entry(payroll).Collection(p => p.Lines).Query().Include(l => l.Worker).LoadAsync();
        return TypedResults.Created($"/api/projects/{id}/payrolls", View(payroll, FullIds(user)));
    }

    /// <summary>Opens the inspection case of a project's arrears: the API's endpoint and the project page both call this.</summary>
    public static async Task<IResult> OpenArrearsCaseAsync(long id, HttpContext http, CaseServices services, TimeProvider time)
    {
        var (_, project, refused) = await Editable(id, http, services.Db);
        if (refused is not null) return refused;
        var arrears = await Arrears(services.Db, id, full: true);
        if (arrears.Workers == 0) return Problems.Invalid("id", "项目的工资支付表中没有未付的工资");
        return await OpenInspection.Handle(CaseRequest(project!, arrears, Today(time)), http, services);
    }

    /// <summary>The account of a project: its entries and balance.</summary>
    public static Task<AccountView> AccountAsync(CaseFlowDbContext db, long id) => Account(db, id);

    static bool FullIds(CurrentUser user) => user.SeesWorkersInFull();

    static async Task<(CurrentUser User, ConstructionProject? Project, IResult? Refused)> Editable(long id, HttpContext http, CaseFlowDbContext db)
    {
        var user = CurrentUser.From(http.User);
        if (await ProjectEndpoints.MayEditAsync(user, db) is { } refused) return (user, null, refused);
        var project = await ProjectEndpoints.Find(db, user, id);
        return project is null ? (user, null, Problems.NotFound($"no project {id} that this user may see")) : (user, project, null);
    }

    static void CheckLine(Intake intake, string at, decimal due, decimal paid, DateOnly? paidOn, bool signed, DateOnly month, DateOnly today)
    {
        var prefix = at.Length > 0 ? at + "." : "";
        if (due < 0) intake.Fail($"{prefix}due", "不能为负数");
        if (paid < 0 || paid > due) intake.Fail($"{prefix}paid", "须在0至应发金额之间");
        if (paid > 0 && paidOn is null) intake.Fail($"{prefix}paidOn", "已发工资的须填写发放日期");
        if (paidOn < month || paidOn > today) intake.Fail($"{prefix}paidOn", "须在工资所属月份的1日至今天之间");
        if (signed && paid == 0) intake.Fail($"{prefix}signed", "未发工资的不能签名确认");
    }

    static PayrollView View(Payroll p, bool fullIds) => new(p.Id, p.Month, p.PaidByGeneralContractor, p.Employer,
        p.Lines.Sum(l => l.Due), p.Lines.Sum(l => l.Paid), p.Lines.Sum(l => l.Balance),
        p.Lines.OrderBy(l => l.Id).Select(l => new PayrollLineView(l.Id, l.WorkerId, l.Worker?.Name ?? "", Id(l.Worker?.IdNumber ?? "", fullIds), l.Due, l.Paid, l.Balance, l.PaidOn, l.Signed)).ToList());

    static string Id(string number, bool full) => PersonalData.IdNumber(number, full)!;

    static async Task<AccountView> Account(CaseFlowDbContext db, long id)
    {
        var entries = await db.WageAccountEntries.AsNoTracking().Where(e => e.ProjectId == id).OrderBy(e => e.On).ThenBy(e => e.Id).ToListAsync();
        var (inflow, outflow) = (entries.Where(e => e.Kind == AccountEntryKind.LabourCostTransfer).Sum(e => e.Amount), entries.Where(e => e.Kind == AccountEntryKind.WagePayment).Sum(e => e.Amount));
        return new AccountView(entries, inflow, outflow, inflow - outflow);
    }

    /// <summary>Every payroll line with a balance, added up per worker, with the months it covers and who employed the worker.</summary>
    public static async Task<ProjectArrearsView> Arrears(CaseFlowDbContext db, long id, bool full)
    {
        var lines = await db.PayrollLines.AsNoTracking().Where(l => l.Due > l.Paid)
            .Join(db.Payrolls.Where(p => p.ProjectId == id), l => l.PayrollId, p => p.Id, (l, p) => new { l.WorkerId, l.Due, l.Paid, p.Month, p.Employer })
            .ToListAsync();
        var workers = lines.Count == 0 ? [] : await db.ProjectWorkers.AsNoTracking().Where(w => w.ProjectId == id).ToDictionaryAsync(w => w.Id);
        var byWorker = lines.GroupBy(l => l.WorkerId)
            .Select(g => new WorkerArrearsView(g.Key, workers[g.Key].Name, Id(workers[g.Key].IdNumber, full), g.Sum(l => l.Due - l.Paid),
                g.Min(l => l.Month), g.Max(l => l.Month).AddMonths(1).AddDays(-1), g.Select(l => l.Employer ?? "").Distinct().Where(e => e.Length > 0).ToList()))
            .OrderByDescending(w => w.Owed).ThenBy(w => w.WorkerId).ToList();
        return new ProjectArrearsView(byWorker.Count, byWorker.Sum(w => w.Owed), byWorker);
    }

    /// <summary>
    /// The complaint the arrears make: found by the brigade (巡查发现), against the general contractor and each
    /// employer — and the developer when it is the one at fault — for every unpaid worker.
    /// </summary>
    internal static OpenInspectionRequest CaseRequest(ConstructionProject project, ProjectArrearsView arrears, DateOnly today, string? finding = null, bool againstDeveloper = false)
    {
        var employers = arrears.ByWorker.SelectMany(w => w.Employers).Distinct().Where(e => e != project.GeneralContractorName).ToList();
        var credit = project.Participants.ToDictionary(p => p.Name, p => p.CreditCode);
        var parties = new List<PartyInput>
        {
            new() { Role = PartyRole.Respondent, Kind = PartyKind.Employer, Name = project.GeneralContractorName, CreditCode = project.GeneralContractorCreditCode },
        };
        if (againstDeveloper)
            parties.Add(new() { Role = PartyRole.Respondent, Kind = PartyKind.Employer, Name = project.DeveloperName, CreditCode = project.DeveloperCreditCode });
        parties.AddRange(employers.Select(e => new PartyInput { Role = PartyRole.Respondent, Kind = PartyKind.Employer, Name = e, CreditCode = credit.GetValueOrDefault(e) }));
        parties.AddRange(arrears.ByWorker.Select(w => new PartyInput
        {
            Role = PartyRole.AffectedWorker, Kind = PartyKind.Worker, Name = w.Worker, IdNumber = w.IdNumber, ArrearsAmount = w.Owed, ArrearsFrom = w.From, ArrearsTo = w.To,
        }));
        return new OpenInspectionRequest
        {
            ReceivedOn = today,
            Source = ComplaintSource.Patrol,
            ProjectId = project.Id,
            Summary = finding + (arrears.Workers == 0
                ? $"工程项目：{project.Name}；施工总承包单位：{project.GeneralContractorName}"
                : $"{project.Name}工资支付表显示{arrears.Workers}名工人被拖欠工资共{arrears.Owed:N2}元；施工总承包单位{project.GeneralContractorName}对分包单位拖欠的工资先行清偿（保障农民工工资支付条例第三十条）"),
            Parties = parties,
            ViolationEndedOn = today,
        };
    }
}
