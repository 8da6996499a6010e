using CaseFlow.Features.Cases;
using CaseFlow.Features.Clocks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Admin;

/// <summary>法定期限: every statutory clock as data; days and unit changed here, open cases recomputed.</summary>
public sealed class ClocksModel(CaseServices services, ReferenceData data) : AdminPage
{
    public IReadOnlyList<ClockDefinition> Clocks { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task OnPostAsync(string code, string? days, ClockUnit unit)
    {
        if (!int.TryParse(days, out var count)) Errors[$"days-{code}"] = "天数须为整数";
        else await RunAsync(() => ClockDefinitionEndpoints.ChangeAsync(code, new ClockChange(count, unit), CurrentUser, services, data), $"days-{code}", "已保存，在办案件的期限已重新计算");
        await LoadAsync();
    }

    async Task LoadAsync() =>
        Clocks = await services.Db.ClockDefinitions.AsNoTracking().OrderBy(d => d.CaseKind).ThenBy(d => d.Code).ToListAsync();
}
