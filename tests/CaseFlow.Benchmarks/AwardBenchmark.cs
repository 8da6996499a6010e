using System.Diagnostics;
using CaseFlow.Data;
using CaseFlow.Features.Documents;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseFlow.Benchmarks;

/// <summary>
/// Awards printed per second by a warm browser, beside the time the template alone takes to render
/// the same award as HTML (the ratio is what printing adds), and the peak memory of CaseFlow and its
/// browser.
/// </summary>
public static class AwardBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 50;
        var seeds = Seeds.Locate(null);
        var source = await File.ReadAllTextAsync(Path.Combine(DocumentTemplates.Folder(seeds), "arbitration-award.html"));
        var (template, error) = DocumentTemplates.Parse(source);
        if (template is null) throw new InvalidOperationException(error);
        var css = DocumentTemplates.Css(seeds);
        var model = SampleDocument.Model("仲裁裁决书");
        await using var renderer = new ChromiumPdfRenderer(NullLogger<ChromiumPdfRenderer>.Instance);

        var first = Stopwatch.StartNew();
        var pdf = await renderer.RenderAsync(await DocumentTemplates.RenderHtmlAsync(template, model, css));
        Console.WriteLine($"first award (browser start included): {first.Elapsed.TotalMilliseconds:0} ms, {pdf.Length / 1024.0:0.0} KB, {CaseDocuments.PageCount(pdf)} pages");

        var html = Stopwatch.StartNew();
        for (var i = 0; i < count; i++) await DocumentTemplates.RenderHtmlAsync(template, model with { DocumentNumber = $"开劳人仲案字〔2026〕第{i}号" }, css);
        var htmlMs = html.Elapsed.TotalMilliseconds / count;

        var peakBrowser = 0L;
        var print = Stopwatch.StartNew();
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var document = await renderer.RenderAsync(await DocumentTemplates.RenderHtmlAsync(template, model with { DocumentNumber = $"开劳人仲案字〔2026〕第{i}号" }, css));
            bytes += document.Length;
            peakBrowser = Math.Max(peakBrowser, BrowserMemory());
        }
        var printMs = print.Elapsed.TotalMilliseconds / count;
        Console.WriteLine($"{count} awards with a warm browser: {1000 / printMs:0.0} awards/s ({printMs:0} ms each, {bytes / count / 1024.0:0.0} KB each)");
        Console.WriteLine($"the template alone, as HTML: {htmlMs:0.00} ms each; printing is {printMs / htmlMs:0} times the template's time");
        Console.WriteLine($"peak memory: CaseFlow {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB, browser processes {peakBrowser / 1048576.0:0} MB (sum of resident sets)");
        return 0;
    }

    /// <summary>The resident memory of every Chromium process under this one.</summary>
    static long BrowserMemory()
    {
        long total = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (!File.ReadAllText(Path.Combine(dir, "cmdline")).Contains("chromium")) continue;
                var rss = File.ReadLines(Path.Combine(dir, "status")).FirstOrDefault(l => l.StartsWith("VmRSS:"));
                if (rss is not null) total += long.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return total;
    }
}
