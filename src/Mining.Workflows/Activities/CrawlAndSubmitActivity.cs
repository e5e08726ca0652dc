using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Mining.Core.Api;
using Mining.Core.Contract;
using Mining.Core.Crawling;
using Mining.Workflows.Model;

namespace Mining.Workflows.Activities;

/// <summary>
/// Crawls one assignment's page and submits it, or abandons it with the crawl's reason.
/// </summary>
/// <remarks>
/// Crawl and submit are one activity on purpose. An activity's output is written to orchestration history, so a
/// separate crawl activity would put every page (up to the crawler's 5 MB cap) into history: the Azure Storage
/// provider moves anything over ~45 KB into blobs, gRPC caps messages at 4 MB, and each replay would load them all.
/// Here the content lives only in this activity's memory; history holds the assignment id, URL and outcome, and
/// never a token or page text. The cost is that a crash between crawl and submit crawls the page again, which is
/// harmless: submit is idempotent (409 "already completed" is success), and so is a second abandon.
/// </remarks>
public sealed class CrawlAndSubmitActivity(IMiningApiClient api, IPageCrawler crawler, ILogger<CrawlAndSubmitActivity> logger)
    : TaskActivity<AssignmentWork, CrawlAndSubmitResult>
{
    /// <summary>
    /// A submit the server rejected for a reason of its own is not the site's fault, so none of the site reasons fit:
    /// the worker gives the assignment back itself, with the status in the details.
    /// </summary>
    const AbandonReason SubmitRejectedReason = AbandonReason.UserCancelled;

    public override Task<CrawlAndSubmitResult> RunAsync(TaskActivityContext context, AssignmentWork input) =>
        this.CrawlAndSubmitAsync(input, CancellationToken.None);

    public async Task<CrawlAndSubmitResult> CrawlAndSubmitAsync(AssignmentWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var crawl = await crawler.CrawlAsync(work.Platform, work.SourceUrl, cancellationToken);
        if (crawl.FailureReason is { } reason)
        {
            return await this.AbandonAsync(work.AssignmentId, reason, crawl.FailureDetail, cancellationToken);
        }

        var submission = new SubmitRequest { Content = crawl.Content ?? string.Empty, Metadata = crawl.Metadata ?? new Dictionary<string, string>() };
        var outcome = await TransientFailures.RunAsync(
            "Submit assignment",
            ct => api.SubmitAssignmentAsync(work.AssignmentId, submission, ct),
            cancellationToken);
        switch (outcome.Decision)
        {
            case SubmitDecision.Submitted:
                logger.LogInformation("Assignment {AssignmentId} submitted ({Length} chars)", work.AssignmentId, submission.Content.Length);
                return new CrawlAndSubmitResult(AssignmentOutcome.Submitted, StatusCode: outcome.StatusCode);
            case SubmitDecision.AlreadyCompleted:
                logger.LogInformation("Assignment {AssignmentId} was already completed", work.AssignmentId);
                return new CrawlAndSubmitResult(AssignmentOutcome.AlreadyCompleted, StatusCode: outcome.StatusCode);
            case SubmitDecision.DoNotAbandon:
                logger.LogWarning(
                    "Submit of {AssignmentId} refused ({StatusCode}: {Message}); left to the server, not abandoned",
                    work.AssignmentId,
                    outcome.StatusCode,
                    outcome.Message);
                return new CrawlAndSubmitResult(AssignmentOutcome.LeftToServer, StatusCode: outcome.StatusCode);
            default:
                var detail = $"submit rejected: {outcome.StatusCode} {outcome.Message}";
                return await this.AbandonAsync(work.AssignmentId, SubmitRejectedReason, detail, cancellationToken);
        }
    }

    async Task<CrawlAndSubmitResult> AbandonAsync(string assignmentId, AbandonReason reason, string? detail, CancellationToken cancellationToken)
    {
        var details = detail is { Length: > 200 } ? detail[..200] : detail;
        var outcome = await TransientFailures.RunAsync(
            "Abandon assignment",
            ct => api.AbandonAssignmentAsync(assignmentId, reason, details, ct),
            cancellationToken);
        if (!outcome.Abandoned)
        {
            logger.LogWarning(
                "Abandon of {AssignmentId} ({Reason}) refused ({StatusCode}: {Message})",
                assignmentId,
                reason,
                outcome.StatusCode,
                outcome.Message);
            return new CrawlAndSubmitResult(AssignmentOutcome.AbandonRefused, reason, outcome.StatusCode);
        }

        logger.LogInformation("Assignment {AssignmentId} abandoned: {Reason} ({Detail})", assignmentId, reason, details);
        return new CrawlAndSubmitResult(AssignmentOutcome.Abandoned, reason, outcome.StatusCode);
    }
}
