using CaseFlow.Calendar;
using CaseFlow.Data;
using CaseFlow.Features.Cases;
using CaseFlow.Features.Clocks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Admin;

/// <summary>节假日日历: a year's holidays and make-up working days; a new year loaded as CSV.</summary>
public sealed class CalendarModel(CaseServices services, ReferenceData data) : AdminPage
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty] public string? Csv { get; set; }
    public IReadOnlyList<CalendarEntry> Days { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task OnPostAsync()
    {
        if (Year is < 2000 or > 2100) Errors["Year"] = "年度须在 2000 至 2100 之间";
        else if (string.IsNullOrWhiteSpace(Csv)) Errors["Csv"] = "请粘贴该年度的日历（CSV：日期,holiday 或 workday,名称）";
        else
        {
            var (days, problem) = CalendarEndpoints.ReadCsv(Csv, Year);
            if (problem is not null) await RunAsync(() => Task.FromResult(problem), "Csv", "");
            else await RunAsync(() => CalendarEndpoints.LoadAsync(Year, days!, services, data), "Csv", $"已载入 {Year} 年日历，在办案件的期限已重新计算");
        }
        await LoadAsync();
    }

    async Task LoadAsync()
    {
        if (Year == 0) Year = services.Today.Year;
        Days = await services.Db.CalendarEntries.AsNoTracking()
            .Where(e => e.Date >= new DateOnly(Year, 1, 1) && e.Date <= new DateOnly(Year, 12, 31)).OrderBy(e => e.Date).ToListAsync();
    }
}
