using System.Text.Json;
using CaseFlow.Data;
using CaseFlow.Features.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Admin;

/// <summary>规划目标: the loaded plans' indicator tables; a new plan period loaded from its JSON file.</summary>
public sealed class PlansModel(CaseFlowDbContext db) : AdminPage
{
    public IReadOnlyList<PlanIndicator> Indicators { get; private set; } = [];
    [BindProperty] public string? Json { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task OnPostAsync()
    {
        PlanFile? plan = null;
        try
        {
            plan = string.IsNullOrWhiteSpace(Json) ? null : JsonSerializer.Deserialize<PlanFile>(Json, JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            Errors["Json"] = $"不是有效的规划文件（JSON）：{e.Message}";
        }
        if (plan is null && !Errors.ContainsKey("Json")) Errors["Json"] = "请粘贴规划文件（格式同 seeds/plan-targets.json）";
        if (plan is not null) await RunAsync(() => PlanEndpoints.LoadAsync(plan.Code, plan, CurrentUser, db), "Json", $"已载入规划 {plan.Code}");
        await LoadAsync();
    }

    async Task LoadAsync() =>
        Indicators = await db.PlanIndicators.AsNoTracking().Include(i => i.Targets).OrderBy(i => i.Plan).ThenBy(i => i.Number).ToListAsync();
}
