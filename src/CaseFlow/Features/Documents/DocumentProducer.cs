using CaseFlow.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Features.Documents;

/// <summary>
/// Produces pending documents in the background. An action never waits for the renderer and never
/// fails because of it: a document the renderer cannot produce now stays pending, visible as such, and
/// is tried again until it is produced.
/// </summary>
public sealed class DocumentProducer(IServiceScopeFactory scopes, IPdfRenderer renderer, Seeds seeds, TimeProvider time,
    IConfiguration configuration, ILogger<DocumentProducer> logger) : BackgroundService
{
    readonly SemaphoreSlim wake = new(0);

    /// <summary>Asks the producer to look for pending documents now rather than at its next round.</summary>
    public void Wake() => wake.Release();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(configuration.GetValue("CaseFlow:Documents:PollMilliseconds", 1000));
        var css = DocumentTemplates.Css(seeds);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var produced = await ProduceBatchAsync(css, stoppingToken);
                failures = 0;
                if (produced > 0) continue;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                logger.LogWarning(e, "Documents could not be produced ({Failures} rounds in a row); they stay pending", failures);
            }
            var delay = failures == 0 ? interval : TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, failures)));
            try
            {
                await wake.WaitAsync(delay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Produces up to twenty pending documents, newest first — the clerk who has just issued one waits
    /// at the desk to print it, while a backlog (after an outage, or the demo cases at start) does not
    /// keep anyone waiting — and, among them, those tried least often; returns how many were produced.
    /// </summary>
    public async Task<int> ProduceBatchAsync(string css, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var pending = await db.CaseDocuments.Where(d => d.Status == DocumentStatus.Pending).OrderBy(d => d.Attempts).ThenByDescending(d => d.Id).Take(20).ToListAsync(cancellationToken);
        var produced = 0;
        foreach (var document in pending)
        {
            try
            {
                await CaseDocuments.ProduceAsync(db, document, renderer, css, time.GetUtcNow(), cancellationToken);
                produced++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                document.Attempts++;
                document.LastError = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
                await db.SaveChangesAsync(CancellationToken.None);
                throw;
            }
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return produced;
    }
}
