using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Documents;

/// <summary>Document templates change without a release: an administrator uploads a new version, checked before it is kept.</summary>
public static class TemplateEndpoints
{
    public static void MapTemplates(this RouteGroupBuilder api)
    {
        var templates = api.MapGroup("admin/templates").WithTags("documents");

        templates.MapGet("", async (CaseFlowDbContext db) => TypedResults.Ok(
                (await db.DocumentTemplates.AsNoTracking().Select(t => new { t.Name, t.Version, t.CreatedAt, t.CreatedBy }).ToListAsync())
                .GroupBy(t => t.Name).Select(g => g.OrderByDescending(t => t.Version).First()).OrderBy(t => t.Name)))
            .Allow(Access.SignedIn)
            .WithSummary("The latest version of every template");

        templates.MapGet("{name}", async Task<IResult> (string name, CaseFlowDbContext db) =>
                await db.DocumentTemplates.AsNoTracking().Where(t => t.Name == name).OrderByDescending(t => t.Version).FirstOrDefaultAsync() is { } t
                    ? TypedResults.Content(t.Content, "text/html; charset=utf-8")
                    : Problems.NotFound($"no template '{name}'"))
            .Allow(Access.SignedIn)
            .WithSummary("A template's latest version, as Liquid HTML");

        templates.MapPost("{name}", async Task<IResult> (string name, HttpContext http, CaseFlowDbContext db, Seeds seeds, TimeProvider time) =>
            {
                using var reader = new StreamReader(http.Request.Body);
                return await UploadAsync(name, await reader.ReadToEndAsync(), CurrentUser.From(http.User), db, seeds, time);
            })
            .Allow(Access.Administrators)
            .AddEndpointFilter<TransactionFilter>()
            .WithSummary("Uploads a new version of a template (administrator; body: Liquid HTML); a template that does not parse or render is refused");
    }

    /// <summary>Keeps a new version of a template once it parses and renders a sample case: the API and the administration page call this.</summary>
    public static async Task<IResult> UploadAsync(string name, string content, CurrentUser user, CaseFlowDbContext db, Seeds seeds, TimeProvider time)
    {
        if (Access.Administrators.Refuses(user) is { } refused) return refused;
        if (!DocumentTemplates.Titles.ContainsKey(name)) return Problems.Invalid("name", $"must be one of {string.Join(", ", DocumentTemplates.Titles.Keys)}");
        if (string.IsNullOrWhiteSpace(content)) return Problems.Invalid("body", "must be the template's Liquid HTML");

        // Refused now, not discovered when a case needs the document: it must parse, and render a sample case.
        var (parsed, error) = DocumentTemplates.Parse(content);
        if (parsed is null) return Problems.Invalid("body", $"is not a valid Liquid template: {error}");
        try
        {
            var html = await DocumentTemplates.RenderHtmlAsync(parsed, SampleDocument.Model(DocumentTemplates.Titles[name]), DocumentTemplates.Css(seeds));
            if (!html.Contains("<html", StringComparison.OrdinalIgnoreCase)) return Problems.Invalid("body", "must render an HTML document (<html>…</html>)");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            return Problems.Invalid("body", $"fails to render a sample case: {e.Message}");
        }
        var version = (await db.DocumentTemplates.Where(t => t.Name == name).Select(t => (int?)t.Version).MaxAsync() ?? 0) + 1;
        db.DocumentTemplates.Add(new DocumentTemplate { Name = name, Version = version, Content = content, CreatedAt = time.GetUtcNow(), CreatedBy = user.Name });
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/admin/templates/{name}", new { name, version });
    }
}

/// <summary>A made-up case to try templates on.</summary>
public static class SampleDocument
{
    public static DocumentModel Model(string title) => new()
    {
        Organisation = "开平市劳动人事争议仲裁委员会",
        Title = title,
        DocumentNumber = "开劳人仲案字〔2026〕第1号",
        CaseNumber = "开劳人仲案字〔2026〕第1号",
        IssuedOn = DocumentModel.ChineseDate(new DateOnly(2026, 11, 23)),
        ReceivedOn = DocumentModel.ChineseDate(new DateOnly(2026, 10, 9)),
        AcceptedOn = DocumentModel.ChineseDate(new DateOnly(2026, 10, 12)),
        Summary = "申请人主张被申请人拖欠工资。",
        Applicants = [new("申请人", "梁建新", "公民身份号码 440783********1234", "开平市三埠街道")],
        Respondents = [new("被申请人", "开平市某建筑工程有限公司", "统一社会信用代码 91440783MA0000000X", "开平市长沙街道")],
        Others = [],
        Claims = [new(1, "劳动报酬", "拖欠工资", "15,600.00", "15,600.00", "终局裁决"), new(2, "经济补偿", null, "26,000.00", "13,000.00", "非终局裁决")],
        TotalAsked = "41,600.00",
        TotalAwarded = "28,600.00",
        Track = "普通程序",
        Tribunal = "首席仲裁员 关慧玲、仲裁员 谭伟雄、仲裁员 周丽华",
        HearingAt = "二〇二六年十一月二十日09:30",
        HearingPlace = "第一仲裁庭",
        Decision = "被申请人支付申请人工资。",
        SettlementAmount = "12,000.00",
        NonAcceptanceReason = "不属于劳动人事争议受案范围。",
        SuspensionGround = "案件处理需要等待工伤认定、伤残等级鉴定以及其他鉴定结论",
        SuspensionBasis = "办案规则第四十七条第一款第（六）项",
        SuspensionReason = "申请人已向人力资源社会保障行政部门申请工伤认定，尚未作出认定结论。",
        ExtensionDays = "十五",
        ExtensionReason = "案情复杂",
        AnyFinal = true,
        AnyNotFinal = true,
        FinalBasis = "本市月最低工资标准1,850.00元的十二个月金额为22,200.00元",
        AgreementTerms = "被申请人分两期支付。",
        AgreementAmount = "15,000.00",
        Instalments = [new("二〇二六年十二月一日", "7,500.00")],
        RectificationDeadline = "二〇二六年十二月四日",
        RectificationRequirements = "限期支付拖欠工资。",
        Arrears = [new("梁建新", "18,000.00", "0.00")],
        ArrearsTotal = "18,000.00",
        PenaltyAmount = "20,000.00",
        ExtraCompensation = "9,000.00",
        PenaltyDescription = "逾期未支付劳动报酬。",
        State = "Closed",
        ClosureType = "Award",
        CorrectedAward = "终局裁决书",
        CorrectedAwardOn = "二〇二六年十一月二十三日",
        Correction = new("二〇二六年十一月二十六日", "文字错误", "二〇二六年七月", "二〇二六年六月", "欠薪起始月份书写有误"),
        Corrections = [new("二〇二六年十一月二十六日", "文字错误", "二〇二六年七月", "二〇二六年六月", "欠薪起始月份书写有误")],
    };
}
