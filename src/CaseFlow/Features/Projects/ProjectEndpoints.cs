using Microsoft.Extensions.DependencyInjection;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Infrastructure;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

using CaseFlow.Features.Inspection;

namespace CaseFlow.Features.Projects;

public sealed record ParticipantInput
{
    /// <summary>An existing participant's id when the project is edited; none for a new one.</summary>
    [Display(Name = "编号", Description = "已登记的参建单位保留其编号；新增的留空")]
    public long? Id { get; init; }
    [Display(Name = "类别")]
    public required ParticipantRole Role { get; init; }
    [Display(Name = "名称")]
    public required string Name { get; init; }
    [Display(Name = "统一社会信用代码")]
    public string? CreditCode { get; init; }
    [Display(Name = "负责人（班组长）")]
    public string? LeaderName { get; init; }
    [Display(Name = "联系电话")]
    public string? LeaderPhone { get; init; }
}

/// <summary>A project as registered or edited: every field, the participants as a whole list.</summary>
public sealed record ProjectRequest
{
    /// <summary>The project's version as read; required to edit.</summary>
    public int? Version { get; init; }
    [Display(Name = "项目名称")]
    public required string Name { get; init; }
    [Display(Name = "施工许可证号")]
    public string? PermitNumber { get; init; }
    [Display(Name = "镇（街道）", Description = "项目所在镇街：其预警发给分管该镇街的监察员")] [Pick(PickSource.Towns)]
    public string? Town { get; init; }
    [Display(Name = "项目地址")]
    public string? Location { get; init; }
    [Display(Name = "合同价款（元）")]
    public decimal? ContractValue { get; init; }
    [Display(Name = "人工费用比例（%）", Description = "合同约定的人工费用占合同价款的百分比（条例第二十四条）")]
    public decimal? LabourCostShare { get; init; }
    [Display(Name = "开工日期")]
    public DateOnly? StartedOn { get; init; }
    [Display(Name = "计划竣工日期")]
    public DateOnly? PlannedCompletionOn { get; init; }
    [Display(Name = "竣工日期")]
    public DateOnly? CompletedOn { get; init; }
    [Display(Name = "状态")]
    public ProjectStatus Status { get; init; }
    [Display(Name = "建设单位")]
    public required string DeveloperName { get; init; }
    [Display(Name = "建设单位统一社会信用代码")]
    public string? DeveloperCreditCode { get; init; }
    [Display(Name = "施工总承包单位")]
    public required string GeneralContractorName { get; init; }
    [Display(Name = "施工总承包单位统一社会信用代码")]
    public required string GeneralContractorCreditCode { get; init; }
    [Display(Name = "劳资专管员")]
    public string? WageOfficerName { get; init; }
    [Display(Name = "劳资专管员电话")]
    public string? WageOfficerPhone { get; init; }
    [Display(Name = "已设置维权信息告示牌", Description = "条例第三十四条")]
    public bool InformationBoardPosted { get; init; }
    [Display(Name = "告示牌设置日期")]
    public DateOnly? InformationBoardPostedOn { get; init; }
    [Display(Name = "农民工工资专用账户")]
    public string? WageAccount { get; init; }
    [Display(Name = "应存工资保证金（元）", Description = "未填写的按预警规则的比例和合同价款计算")]
    public decimal? WageDeposit { get; init; }
    /// <summary>约定工资支付日: the day of the following month a month's wages are paid by.</summary>
    [Display(Name = "约定工资支付日", Description = "次月几日前支付上月工资（1–31）")]
    public int? WagePayDay { get; init; }
    [Display(Name = "分包单位和班组")]
    public List<ParticipantInput> Participants { get; init; } = [];
}

/// <summary>A project with its roster counted and the arrears of its inspection cases added up.</summary>
public sealed record ProjectView(ConstructionProject Project, int Cases, int OpenCases, int RosterWorkers, int OnSite, int Workers, decimal ArrearsOwed, decimal ArrearsPaid,
    bool GroupDispute)
{
    public decimal Outstanding => ArrearsOwed - ArrearsPaid;
}

public sealed record RosterWorkerView(long Id, string Name, string IdNumber, string? Trade, string? Crew, bool ContractSigned, string? WageCardBank,
    string? WageCardNumber, DateOnly EnteredOn, DateOnly? LeftOn);

public sealed record RosterImportResult(int Rows, int Added, int Updated, int OnRoster);

public sealed record ProjectEventView(DateTimeOffset At, string Actor, string Action, JsonElement Changes);

/// <summary>Construction projects (工程项目): their record with its history, their real-name roster, and their arrears.</summary>
public static class ProjectEndpoints
{
    /// <summary>Who keeps a project's record, roster and ledger.</summary>
    public static readonly Access Keep = new("only the brigade's inspectors, head and registrar keep projects", [Role.Inspector, Role.Head, Role.Registrar])
    {
        OrganisationKinds = [OrganisationKind.InspectionBrigade],
    };

    /// <summary>Who reads a project: every user of the organisation that keeps it or of one above.</summary>
    public static readonly Access Read = new("every signed-in user of the project's organisation", Enum.GetValues<Role>()) { Scope = AccessScope.Project };

    /// <summary>Who exports a roster with identity numbers in full (<see cref="PersonalData.SeesWorkersInFull"/>).</summary>
    public static readonly Access ExportRoster = new("only inspectors and the head export a roster with identity numbers", [Role.Inspector, Role.Head]) { Scope = AccessScope.Project };

    public static void MapProjects(this RouteGroupBuilder api)
    {
        var projects = api.MapGroup("projects").WithTags("projects");

        projects.MapGet("", async (HttpContext http, ReportingDbContext db, GroupDisputeRules groups) =>
                TypedResults.Ok(await Views(db, groups, await CurrentUser.From(http.User).VisibleOrganisationsAsync(db), null)))
            .Allow(Access.SignedIn)
            .WithSummary("The brigade's construction projects with their roster and arrears: owed, verified paid, outstanding");

        projects.MapGet("{id:long}", async (long id, HttpContext http, CaseFlowDbContext db, GroupDisputeRules groups) =>
                (await Views(db, groups, await CurrentUser.From(http.User).VisibleOrganisationsAsync(db), id)).SingleOrDefault() is { } view
                    ? Results.Ok(view)
                    : Problems.NotFound($"no project {id} that this user may see"))
            .Allow(Read)
            .WithSummary("One project with its participants, roster counts and arrears");

        projects.MapPost("", RegisterAsync)
            .Allow(Keep)
            .AddEndpointFilter<TransactionFilter>()
            .WithSummary("Registers a construction project (brigade)");

        projects.MapPut("{id:long}", EditAsync)
            .Allow(Keep.On(AccessScope.Project))
            .AddEndpointFilter<TransactionFilter>()
            .WithSummary("Edits a project (brigade); each changed field is kept in its history with its old and new value");

        projects.MapGet("{id:long}/history", async Task<IResult> (long id, HttpContext http, CaseFlowDbContext db) =>
            {
                if (await Find(db, CurrentUser.From(http.User), id) is null) return Problems.NotFound($"no project {id} that this user may see");
                var events = await db.ProjectEvents.AsNoTracking().Where(e => e.ProjectId == id).OrderByDescending(e => e.Id).ToListAsync();
                return Results.Ok(events.Select(e => new ProjectEventView(e.At, e.Actor, e.Action, JsonDocument.Parse(e.Changes).RootElement)));
            })
            .Allow(Read)
            .WithSummary("A project's history, newest first: who changed what, when");

        projects.MapGet("{id:long}/roster", async Task<IResult> (long id, HttpContext http, CaseFlowDbContext db) =>
            {
                var user = CurrentUser.From(http.User);
                if (await Find(db, user, id) is null) return Problems.NotFound($"no project {id} that this user may see");
                var full = user.SeesWorkersInFull();
                var workers = await db.ProjectWorkers.AsNoTracking().Where(w => w.ProjectId == id).OrderBy(w => w.Crew).ThenBy(w => w.Id).ToListAsync();
                return Results.Ok(workers.Select(w => new RosterWorkerView(w.Id, w.Name, PersonalData.IdNumber(w.IdNumber, full)!, w.Trade, w.Crew,
                    w.ContractSigned, w.WageCardBank, PersonalData.Card(w.WageCardNumber, full), w.EnteredOn, w.LeftOn)));
            })
            .Allow(Read)
            .WithSummary("The project's real-name roster (实名制)");

        projects.MapGet("roster-template.xlsx", () => TypedResults.File(RosterImport.WriteXlsx([]), RosterImport.XlsxType, "实名制花名册模板.xlsx"))
            .Allow(Access.SignedIn)
            .WithSummary("A blank roster workbook with the columns the import reads");

        projects.MapGet("{id:long}/roster.xlsx", async Task<IResult> (long id, HttpContext http, CaseFlowDbContext db) =>
            {
                var user = CurrentUser.From(http.User);
                var project = await Find(db, user, id);
                if (project is null) return Problems.NotFound($"no project {id} that this user may see");
                var workers = await db.ProjectWorkers.AsNoTracking().Where(w => w.ProjectId == id).OrderBy(w => w.Crew).ThenBy(w => w.Id).ToListAsync();
                return TypedResults.File(RosterImport.WriteXlsx(workers), RosterImport.XlsxType, $"实名制花名册-{project.Id}.xlsx");
            })
            .Allow(ExportRoster)
            .WithSummary("The project's roster as a workbook the import reads back");

        projects.MapPost("{id:long}/roster", async Task<IResult> (long id, HttpContext http, CaseFlowDbContext db, TimeProvider time) =>
            {
                var user = CurrentUser.From(http.User);
                if (await MayEditAsync(user, db) is { } refused) return refused;
                var project = await Find(db, user, id);
                if (project is null) return Problems.NotFound($"no project {id} that this user may see");
                RosterFile file;
                try
                {
                    var type = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
                    using var body = new MemoryStream();
                    await http.Request.Body.CopyToAsync(body);
                    body.Position = 0;
                    file = type switch
                    {
                        "text/csv" => RosterImport.ReadCsv(body),
                        RosterImport.XlsxType => RosterImport.ReadXlsx(body),
                        _ => throw new InvalidDataException($"send the roster as text/csv or {RosterImport.XlsxType}"),
                    };
                }
                catch (Exception e) when (e is InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FormatException)
                {
                    return Problems.Invalid("file", $"cannot be read: {e.Message}");
                }
                return await ImportAsync(db, project, file, user, time);
            })
            .Allow(Keep.On(AccessScope.Project))
            .AddEndpointFilter<TransactionFilter>()
            .WithSummary("Imports the real-name roster from CSV or XLSX: every row is checked, one wrong row refuses the file, and workers already on the roster are updated by their identity number");

        projects.MapWageLedger();
        projects.MapProjectWarnings();
    }

    /// <summary>Registers a project: the API's endpoint and the project form both call this.</summary>
    public static async Task<IResult> RegisterAsync(ProjectRequest request, HttpContext http, CaseFlowDbContext db, TimeProvider time)
    {
        var user = CurrentUser.From(http.User);
        if (await MayEditAsync(user, db) is { } refused) return refused;
        var errors = await CheckAsync(request, db);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var project = new ConstructionProject { OrganisationId = user.OrganisationId, Name = "", DeveloperName = "", GeneralContractorName = "", CreatedAt = time.GetUtcNow(), Version = 1 };
        Apply(project, request);
        db.ConstructionProjects.Add(project);
        await db.SaveChangesAsync();
        Record(db, project.Id, user, "register", Snapshot(project), time);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/projects/{project.Id}", (await Views(db, http.RequestServices.GetRequiredService<GroupDisputeRules>(), [project.OrganisationId], project.Id)).Single());
    }

    /// <summary>Edits a project against the version read: the API's endpoint and the project form both call this.</summary>
    public static async Task<IResult> EditAsync(long id, ProjectRequest request, HttpContext http, CaseFlowDbContext db, TimeProvider time)
    {
        var user = CurrentUser.From(http.User);
        if (await MayEditAsync(user, db) is { } refused) return refused;
        var project = await Find(db, user, id);
        if (project is null) return Problems.NotFound($"no project {id} that this user may see");
        if (request.Version is null) return Problems.Invalid("version", "is required: send the version of the project you read");
        if (request.Version != project.Version) return Problems.StaleVersion(project.Version);
        var errors = await CheckAsync(request, db, project);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var before = Snapshot(project);
        Apply(project, request);
        var changes = Changes(before, Snapshot(project));
        if (changes.Count > 0)
        {
            project.Version++;
            Record(db, project.Id, user, "edit", changes, time);
        }
        await db.SaveChangesAsync();
        return Results.Ok((await Views(db, http.RequestServices.GetRequiredService<GroupDisputeRules>(), [project.OrganisationId], project.Id)).Single());
    }

    /// <summary>Checks every row of a roster file and, only if all pass, adds the new workers and updates those already on it.</summary>
    public static async Task<IResult> ImportAsync(CaseFlowDbContext db, ConstructionProject project, RosterFile file, CurrentUser user, TimeProvider time)
    {
        if (file.MissingColumns.ToList() is { Count: > 0 } missing)
            return Problems.Invalid("file", $"缺少列：{string.Join("、", missing)}（表头须有 {string.Join("、", RosterImport.Columns)}）");
        if (file.Lines.Count == 0) return Problems.Invalid("file", "没有数据行");
        if (file.Lines.Count > RosterImport.MostRows) return Problems.Invalid("file", $"一次最多导入{RosterImport.MostRows}行");
        var today = Workflows.WorkflowContext.TodayBy(time);
        var (entries, errors) = RosterImport.Check(file.Lines, today);
        if (errors.Count > 0) return Problems.Invalid(errors);

        var existing = await db.ProjectWorkers.Where(w => w.ProjectId == project.Id).ToDictionaryAsync(w => w.IdNumber);
        var (added, updated) = (0, 0);
        foreach (var e in entries)
        {
            if (!existing.TryGetValue(e.IdNumber, out var worker))
            {
                worker = new ProjectWorker { ProjectId = project.Id, Name = e.Name, IdNumber = e.IdNumber };
                db.ProjectWorkers.Add(worker);
                added++;
            }
            else updated++;
            (worker.Name, worker.Trade, worker.Crew, worker.ContractSigned, worker.WageCardBank, worker.WageCardNumber, worker.EnteredOn, worker.LeftOn) =
                (e.Name, e.Trade, e.Crew, e.ContractSigned, e.WageCardBank, e.WageCardNumber, e.EnteredOn, e.LeftOn);
        }
        project.Version++;
        Record(db, project.Id, user, "import-roster", new Dictionary<string, object?> { ["rows"] = entries.Count, ["added"] = added, ["updated"] = updated }, time);
        await db.SaveChangesAsync();
        return Results.Ok(new RosterImportResult(entries.Count, added, updated, existing.Count + added));
    }

    /// <summary>The rule <see cref="Keep"/> for the code the project forms share with the API.</summary>
    internal static async Task<IResult?> MayEditAsync(CurrentUser user, CaseFlowDbContext db) =>
        Keep.Admits(user.Role, user.OrganisationKind ?? (await db.Organisations.FindAsync(user.OrganisationId))?.Kind) ? null : Problems.Forbidden(Keep.Rule);

    internal static async Task<ConstructionProject?> Find(CaseFlowDbContext db, CurrentUser user, long id)
    {
        var project = await db.ConstructionProjects.Include(p => p.Participants).SingleOrDefaultAsync(p => p.Id == id);
        return project is not null && await user.SeesAsync(db, project.OrganisationId) ? project : null;
    }

    /// <summary>Every rule of a project's record, each error naming its field.</summary>
    static async Task<Dictionary<string, string[]>> CheckAsync(ProjectRequest r, CaseFlowDbContext db, ConstructionProject? project = null)
    {
        var intake = new Intake();
        intake.Text("name", r.Name, 200);
        intake.Text("developerName", r.DeveloperName, 200);
        intake.Text("generalContractorName", r.GeneralContractorName, 200);
        intake.Text("permitNumber", r.PermitNumber, 50, required: false);
        intake.Text("location", r.Location, 200, required: false);
        intake.Text("wageOfficerName", r.WageOfficerName, 50, required: false);
        intake.Text("wageOfficerPhone", r.WageOfficerPhone, 30, required: false);
        intake.Text("wageAccount", r.WageAccount, 100, required: false);
        if (UnifiedSocialCreditCode.Problem(r.GeneralContractorCreditCode) is { } contractor) intake.Fail("generalContractorCreditCode", contractor);
        if (r.DeveloperCreditCode is not null && UnifiedSocialCreditCode.Problem(r.DeveloperCreditCode) is { } developer) intake.Fail("developerCreditCode", developer);
        if (r.Town is not null && !await db.Organisations.AnyAsync(o => o.Code == r.Town && o.Kind == OrganisationKind.MediationCommittee))
            intake.Fail("town", "须为本市的镇（街道）");
        if (r.ContractValue < 0) intake.Fail("contractValue", "不能为负数");
        if (r.LabourCostShare is < 0 or > 100) intake.Fail("labourCostShare", "须在0至100之间（百分比）");
        if (r.WageDeposit < 0) intake.Fail("wageDeposit", "不能为负数");
        if (r.WagePayDay is < 1 or > 31) intake.Fail("wagePayDay", "须为1至31日");
        if (r.PlannedCompletionOn < r.StartedOn) intake.Fail("plannedCompletionOn", "不能早于开工日期");
        if (r.CompletedOn < r.StartedOn) intake.Fail("completedOn", "不能早于开工日期");
        if (r.Status is ProjectStatus.Completed or ProjectStatus.Settled && r.CompletedOn is null) intake.Fail("completedOn", "竣工或结清的项目须填写竣工日期");
        if (r.InformationBoardPosted && r.InformationBoardPostedOn is null) intake.Fail("informationBoardPostedOn", "已设置告示牌的须填写设置日期");
        for (var i = 0; i < r.Participants.Count; i++)
        {
            var p = r.Participants[i];
            intake.Text($"participants[{i}].name", p.Name, 200);
            if (p.CreditCode is not null && UnifiedSocialCreditCode.Problem(p.CreditCode) is { } code) intake.Fail($"participants[{i}].creditCode", code);
            if (p.Id is { } pid && project?.Participants.All(x => x.Id != pid) != false) intake.Fail($"participants[{i}].id", "不是本项目的参建单位");
        }
        return intake.IsValid ? [] : new Dictionary<string, string[]>(intake.Errors);
    }

    static void Apply(ConstructionProject p, ProjectRequest r)
    {
        (p.Name, p.PermitNumber, p.Town, p.Location, p.ContractValue, p.LabourCostShare) = (r.Name.Trim(), r.PermitNumber, r.Town, r.Location, r.ContractValue, r.LabourCostShare);
        (p.StartedOn, p.PlannedCompletionOn, p.CompletedOn, p.Status) = (r.StartedOn, r.PlannedCompletionOn, r.CompletedOn, r.Status);
        (p.DeveloperName, p.DeveloperCreditCode) = (r.DeveloperName.Trim(), r.DeveloperCreditCode?.ToUpperInvariant());
        (p.GeneralContractorName, p.GeneralContractorCreditCode) = (r.GeneralContractorName.Trim(), r.GeneralContractorCreditCode.ToUpperInvariant());
        (p.WageOfficerName, p.WageOfficerPhone, p.InformationBoardPosted, p.InformationBoardPostedOn) = (r.WageOfficerName, r.WageOfficerPhone, r.InformationBoardPosted, r.InformationBoardPostedOn);
        (p.WageAccount, p.WageDeposit, p.WagePayDay) = (r.WageAccount, r.WageDeposit, r.WagePayDay);
        p.Participants.RemoveAll(x => r.Participants.All(i => i.Id != x.Id));
        foreach (var input in r.Participants)
        {
            var participant = input.Id is { } id ? p.Participants.Single(x => x.Id == id) : new ProjectParticipant { Name = "" };
            if (input.Id is null) p.Participants.Add(participant);
            (participant.Role, participant.Name, participant.CreditCode, participant.LeaderName, participant.LeaderPhone) =
                (input.Role, input.Name.Trim(), input.CreditCode?.ToUpperInvariant(), input.LeaderName, input.LeaderPhone);
        }
    }

    /// <summary>The project's fields as strings, participants one line each, for its history.</summary>
    static Dictionary<string, object?> Snapshot(ConstructionProject p) => new()
    {
        ["name"] = p.Name, ["permitNumber"] = p.PermitNumber, ["town"] = p.Town, ["location"] = p.Location,
        ["contractValue"] = p.ContractValue, ["labourCostShare"] = p.LabourCostShare, ["startedOn"] = p.StartedOn, ["plannedCompletionOn"] = p.PlannedCompletionOn,
        ["completedOn"] = p.CompletedOn, ["status"] = p.Status.ToString(), ["developerName"] = p.DeveloperName, ["developerCreditCode"] = p.DeveloperCreditCode,
        ["generalContractorName"] = p.GeneralContractorName, ["generalContractorCreditCode"] = p.GeneralContractorCreditCode,
        ["wageOfficerName"] = p.WageOfficerName, ["wageOfficerPhone"] = p.WageOfficerPhone, ["informationBoardPosted"] = p.InformationBoardPosted,
        ["informationBoardPostedOn"] = p.InformationBoardPostedOn, ["wageAccount"] = p.WageAccount, ["wageDeposit"] = p.WageDeposit, ["wagePayDay"] = p.WagePayDay,
        ["participants"] = string.Join("\n", p.Participants.Select(x => $"{Labels.Of(x.Role)}：{x.Name}{(x.LeaderName is null ? "" : $"（{x.LeaderName}）")}")),
    };

    static Dictionary<string, object?> Changes(Dictionary<string, object?> before, Dictionary<string, object?> after) =>
        after.Where(a => !Equals(JsonSerializer.Serialize(a.Value), JsonSerializer.Serialize(before[a.Key])))
            .ToDictionary(a => a.Key, a => (object?)new { from = before[a.Key], to = a.Value });

    internal static void Record(CaseFlowDbContext db, long projectId, CurrentUser user, string action, Dictionary<string, object?> changes, TimeProvider time)
    {
        db.ProjectEvents.Add(new ProjectEvent { ProjectId = projectId, At = time.GetUtcNow(), Actor = user.Name, Action = action, Changes = JsonSerializer.Serialize(changes) });
        db.ChangedProjects.Add(projectId);
    }

    /// <summary>The projects of the organisations given, or the one asked for, with their roster counts and arrears.</summary>
    public static async Task<List<ProjectView>> Views(CaseFlowDbContext db, GroupDisputeRules groups, List<int> visible, long? id)
    {
        var projects = await db.ConstructionProjects.AsNoTracking().Include(p => p.Participants)
            .Where(p => visible.Contains(p.OrganisationId) && (id == null || p.Id == id))
            .OrderBy(p => p.Name).ToListAsync();
        var ids = projects.Select(p => p.Id).ToList();
        var cases = await db.InspectionCases.AsNoTracking()
            .Where(c => c.ProjectId != null && ids.Contains(c.ProjectId.Value))
            .Select(c => new { ProjectId = c.ProjectId!.Value, Open = c.ClosedOn == null })
            .ToListAsync();
        var arrears = await db.WorkerArrears.AsNoTracking()
            .Join(db.InspectionCases.Where(c => c.ProjectId != null && ids.Contains(c.ProjectId.Value)), a => a.CaseId, c => c.Id,
                (a, c) => new { ProjectId = c.ProjectId!.Value, a.PartyId, a.AmountOwed, a.AmountPaid })
            .ToListAsync();
        var groupProjects = await groups.ProjectsAsync(db, ids);
        var roster = await db.ProjectWorkers.AsNoTracking().Where(w => ids.Contains(w.ProjectId))
            .GroupBy(w => w.ProjectId).Select(g => new { ProjectId = g.Key, All = g.Count(), OnSite = g.Count(w => w.LeftOn == null) }).ToListAsync();
        return projects.Select(p => new ProjectView(
            p,
            cases.Count(c => c.ProjectId == p.Id),
            cases.Count(c => c.ProjectId == p.Id && c.Open),
            roster.SingleOrDefault(r => r.ProjectId == p.Id)?.All ?? 0,
            roster.SingleOrDefault(r => r.ProjectId == p.Id)?.OnSite ?? 0,
            arrears.Count(a => a.ProjectId == p.Id),
            arrears.Where(a => a.ProjectId == p.Id).Sum(a => a.AmountOwed),
            arrears.Where(a => a.ProjectId == p.Id).Sum(a => a.AmountPaid),
            groupProjects.Contains(p.Id))).ToList();
    }
}
