using System.Text;
using System.Text.Json;
using CaseFlow.Tests.Support;
using Microsoft.Playwright;

namespace CaseFlow.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright, one browser for the whole test run (no browser download:
/// the package's own driver and /usr/bin/chromium). Each test gets a context of its own.
/// </summary>
public static class Chromium
{
    static readonly SemaphoreSlim Gate = new(1, 1);
    static IPlaywright? playwright;
    static IBrowser? browser;

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    public static async Task<IBrowser> BrowserAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (browser is { IsConnected: true }) return browser;
            playwright ??= await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            return browser;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A fresh page in a context of its own, at the app's address.</summary>
    public static async Task<IPage> PageAsync(IBrowserApp app, ViewportSize? viewport = null)
    {
        var context = await (await BrowserAsync()).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.Address.ToString().TrimEnd('/'),
            ViewportSize = viewport ?? Desktop,
            Locale = "zh-CN",
            AcceptDownloads = true,
        });
        // Generous: on two cores the test classes share the machine with document renderers and MariaDB.
        context.SetDefaultTimeout(45_000);
        // axe-core for the accessibility checks, given to every page by the browser itself: a script tag would be
        // an inline script, which the pages' Content-Security-Policy refuses.
        await context.AddInitScriptAsync(scriptPath: Path.Combine(AppContext.BaseDirectory, "Browser", "axe", "axe.min.js"));
        var page = await context.NewPageAsync();
        page.Crash += (_, _) => Console.Error.WriteLine($"the browser's page at {page.Url} crashed");
        var refused = CspViolations.GetOrCreateValue(page);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) lock (refused) refused.Add($"{page.Url}: {message.Text}");
        };
        return page;
    }

    /// <summary>What the browser refused under the Content-Security-Policy, page by page: a page that needs an inline script shows here.</summary>
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> CspViolations = new();

    /// <summary>Fails when the page has had anything refused by the Content-Security-Policy since it opened.</summary>
    public static void AssertNoCspViolations(IPage page)
    {
        var refused = CspViolations.GetOrCreateValue(page);
        lock (refused) Assert.True(refused.Count == 0, "refused by the Content-Security-Policy:\n" + string.Join("\n", refused));
    }

    /// <summary>
    /// Signs in through the sign-in page as a demo user and waits to leave it. On a loaded two-core machine a
    /// submission has been seen to leave the page idle on /signin, and the sign-in form itself not to appear within
    /// the timeout; the helper then signs in once more (or finds itself signed in), and a second failure fails the
    /// test with what the page showed each time (its address, status and text), so that the cause can be read from
    /// the test's result.
    /// </summary>
    public static async Task SignInAsync(IPage page, string userName, string password = CaseFlowApp.Password)
    {
        List<string> seen = [];
        for (var attempt = 1; ; attempt++)
        {
            var step = "opening /signin";
            int? status = null;
            try
            {
                status = (await page.GotoAsync("/signin"))?.Status;
                // A first attempt that did sign in, though too late to be seen, leaves a session: /signin sends it home.
                if (!page.Url.Contains("/signin")) return;
                step = "filling in the form";
                await page.FillAsync("input[name=UserName]", userName, new PageFillOptions { Timeout = 30_000 });
                await page.FillAsync("input[name=Password]", password);
                await page.ClickAsync("button[type=submit]");
                step = "leaving /signin after submitting";
                // Signed in once the address has changed and the page is parsed: waiting for its load event as well has
                // been seen to time out on a loaded machine with the page already shown.
                await page.WaitForURLAsync(url => !url.Contains("/signin"), new PageWaitForURLOptions { Timeout = 30_000, WaitUntil = WaitUntilState.DOMContentLoaded });
                return;
            }
            catch (TimeoutException e)
            {
                string text;
                try { text = await page.Locator("body").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 5_000 }); }
                catch (PlaywrightException unreadable) { text = $"(unreadable: {unreadable.Message.Split('\n')[0]})"; }
                seen.Add($"attempt {attempt}: timed out {step} on {page.Url} (HTTP {status?.ToString() ?? "none"}) at {DateTime.Now:HH:mm:ss}, the page reads: {text[..Math.Min(text.Length, 300)]}");
                if (attempt == 2) throw new TimeoutException($"sign-in as {userName} failed twice:\n{string.Join("\n", seen)}", e);
            }
        }
    }

    /// <summary>Runs axe-core on the page and fails on every serious or critical violation, naming it.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string what)
    {
        AssertNoCspViolations(page);
        var result = await page.EvaluateAsync<JsonElement>("async () => { const r = await axe.run(); return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) })); }");
        var serious = result.EnumerateArray().Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").ToList();
        if (serious.Count == 0) return;
        var message = new StringBuilder($"{what}: {serious.Count} serious or critical accessibility violation(s)\n");
        foreach (var v in serious)
            message.AppendLine($"- {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} at {string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))}");
        Assert.Fail(message.ToString());
    }

    /// <summary>Saves a full-page screenshot under CASEFLOW_SCREENSHOTS (relative to the repository), when it is set.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("CASEFLOW_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        if (!Path.IsPathRooted(folder)) folder = Path.Combine(Support.Repository.Root(), folder);
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
