using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace CaseFlow.Features.Documents;

/// <summary>Prints HTML to PDF.</summary>
public interface IPdfRenderer
{
    Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default);
}

/// <summary>
/// Debian's Chromium driven through Playwright: one long-lived browser with one page, started on first
/// use and started again if it has died or hung. Documents are printed one at a time on that page — a new
/// page costs Chromium a renderer process, more than the printing itself — and a document that is not
/// printed within the deadline has its browser killed, so that the next one starts afresh. The deadline
/// counts from a running browser: starting one has a timeout of its own.
/// </summary>
public sealed class ChromiumPdfRenderer(ILogger<ChromiumPdfRenderer> logger, string executablePath = "/usr/bin/chromium", TimeSpan? printDeadline = null)
    : IPdfRenderer, IAsyncDisposable
{
    static readonly string[] Flags =
        ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"];

    readonly SemaphoreSlim gate = new(1, 1);
    readonly SemaphoreSlim printing = new(1, 1);
    readonly TimeSpan deadline = printDeadline ?? TimeSpan.FromSeconds(60);

    /// <summary>How long a browser may take to come up before Playwright gives up on it and kills it.</summary>
    static readonly TimeSpan LaunchTimeout = TimeSpan.FromSeconds(60);
    IPlaywright? playwright;
    IBrowser? browser;
    IPage? page;

    /// <summary>
    /// A switch Chromium ignores, naming this renderer's browser among others in the same process
    /// (another renderer, a test's own browser).
    /// </summary>
    readonly string Marker = $"--caseflow-renderer={Guid.NewGuid():N}";

    /// <summary>The browser's process id, for tests that kill it.</summary>
    public int? BrowserProcessId { get; private set; }

    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        await printing.WaitAsync(cancellationToken);
        try
        {
            try
            {
                // The launch is not under the print deadline: a browser that starts slowly on a busy server
                // would otherwise be killed at every attempt and never print. Playwright's launch timeout
                // bounds it, and kills a browser that does not come up within it.
                var current = await BrowserAsync().WaitAsync(cancellationToken);
                return await PrintAsync(current, html).WaitAsync(deadline, cancellationToken);
            }
            catch (TimeoutException)
            {
                // A browser that does not answer in time may never answer: it is killed, not asked to close.
                logger.LogWarning("A document was not printed within {Deadline}; the document browser is stopped and starts again for the next one", deadline);
                Abandon();
                throw new TimeoutException($"the document was not printed within {deadline.TotalSeconds:0} s");
            }
            catch (PlaywrightException)
            {
                // A page that failed once is not trusted with the next document.
                page = null;
                throw;
            }
        }
        finally
        {
            printing.Release();
        }
    }

    async Task<byte[]> PrintAsync(IBrowser current, string html)
    {
        if (page is null || page.IsClosed || page.Context.Browser != current)
        {
            if (page?.Context.Browser == current) await page.Context.CloseAsync();
            page = await IsolatedPageAsync(current);
        }
        // Held here: a print abandoned at the deadline must not touch the page of the next one.
        var printed = page;
        await printed.SetContentAsync(Isolated(html), new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = (float)deadline.TotalMilliseconds });
        return await printed.PdfAsync(new PagePdfOptions
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

    /// <summary>
    /// A document is the HTML it is given and nothing else: on its page no script runs and every request is
    /// refused — http:, https:, file: or any other — so neither a party's name nor an uploaded template can
    /// fetch a file of the server or an address of the network.
    /// </summary>
    static async Task<IPage> IsolatedPageAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true });
        await context.RouteAsync("**/*", route => route.AbortAsync("blockedbyclient"));
        return await context.NewPageAsync();
    }

    /// <summary>The same rule inside the document, as its own first word: a policy that lets it load nothing (<see cref="Infrastructure.SecurityHeaders.DocumentPolicy"/>).</summary>
    public static string Isolated(string html)
    {
        var meta = $"<meta http-equiv=\"Content-Security-Policy\" content=\"{Infrastructure.SecurityHeaders.DocumentPolicy.Replace("; sandbox", "").Replace("; frame-ancestors 'none'", "")}\">";
        var head = html.IndexOf("<head>", StringComparison.OrdinalIgnoreCase);
        return head >= 0 ? html.Insert(head + "<head>".Length, meta) : meta + html;
    }

    /// <summary>
    /// Kills a browser that has stopped answering, found by its marker so
    /// that no other process is touched; the next document launches a new one.
    /// </summary>
    void Abandon()
    {
        page = null;
        browser = null;
        BrowserProcessId = null;
        if (FindBrowserProcess() is not { } pid) return;
        try
        {
            System.Diagnostics.Process.GetProcessById(pid).Kill(entireProcessTree: true);
        }
        catch (ArgumentException) { }
        catch (InvalidOperationException) { }
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
                Timeout = (float)LaunchTimeout.TotalMilliseconds,
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
