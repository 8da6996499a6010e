using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace CaseFlow.Features.Documents;

/// <summary>Prints HTML to PDF.</summary>
public interface IPdfRenderer
{
    Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default);
}

/// <summary>
/// Debian's Chromium driven through Playwright: one long-lived browser, started on first use and
/// started again if it has died; each document gets a fresh page.
/// </summary>
public sealed class ChromiumPdfRenderer(ILogger<ChromiumPdfRenderer> logger, string executablePath = "/usr/bin/chromium") : IPdfRenderer, IAsyncDisposable
{
    static readonly string[] Flags =
        ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"];

    readonly SemaphoreSlim gate = new(1, 1);
    IPlaywright? playwright;
    IBrowser? browser;

    /// <summary>
    /// A switch Chromium ignores, naming this renderer's browser among others in the same process
    /// (another renderer, a test's own browser).
    /// </summary>
    readonly string Marker = $"--caseflow-renderer={Guid.NewGuid():N}";

    /// <summary>The browser's process id, for tests that kill it.</summary>
    public int? BrowserProcessId { get; private set; }

    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        var page = await (await BrowserAsync()).NewPageAsync();
        try
        {
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = 30_000 });
            return await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                PreferCSSPageSize = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = "<span></span>",
                FooterTemplate = "<div style=\"width:100%;text-align:center;font-size:9pt;font-family:'WenQuanYi Zen Hei',sans-serif\">第 <span class=\"pageNumber\"></span> 页 共 <span class=\"totalPages\"></span> 页</div>",
                Margin = new Margin { Top = "25mm", Bottom = "25mm", Left = "26mm", Right = "24mm" },
            });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    async Task<IBrowser> BrowserAsync()
    {
        if (browser is { IsConnected: true }) return browser;
        await gate.WaitAsync();
        try
        {
            if (browser is { IsConnected: true }) return browser;
            if (browser is not null) logger.LogWarning("The document browser has gone; starting it again");
            playwright ??= await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executablePath,
                Headless = true,
                Args = [.. Flags, Marker],
                Timeout = 60_000,
            });
            BrowserProcessId = FindBrowserProcess();
            return browser;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>This renderer's Chromium main process, found by its marker switch (Playwright does not expose it).</summary>
    int? FindBrowserProcess()
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var command = File.ReadAllText(Path.Combine(dir, "cmdline"));
                if (command.Contains(Marker) && !command.Contains("--type=")) return pid;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
    }
}
