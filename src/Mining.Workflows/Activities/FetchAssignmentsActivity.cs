using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mining.Core.Api;
using Mining.Core.Auth;
using Mining.Core.Contract;
using Mining.Core.Identity;
using Mining.Core.Options;
using Mining.Workflows.Model;

namespace Mining.Workflows.Activities;

/// <summary>
/// Lists this worker's open assignments (<c>not_started</c> and <c>in_progress</c>), skipping the list when the
/// version endpoint says nothing changed, and keeps only the platforms this worker crawls: the server's platform
/// filter is not trusted.
/// </summary>
public sealed class FetchAssignmentsActivity(
    IMiningApiClient api,
    IWorkerIdentityAccessor identity,
    IOptionsMonitor<MiningOptions> options,
    ILogger<FetchAssignmentsActivity> logger) : TaskActivity<FetchRequest, FetchResult>
{
    public override Task<FetchResult> RunAsync(TaskActivityContext context, FetchRequest input) =>
        this.FetchAsync(input, CancellationToken.None);

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.CurrentValue;
        var platforms = CrawlablePlatforms.From(settings);
        var roundSettings = new RoundSettings(settings.MaxConcurrentCrawls, settings.PollInterval);
        var worker = await identity.GetAsync(cancellationToken);
        var query = new AssignmentQuery { Platforms = platforms, DeviceId = worker.DeviceId };

        // The version is read before the list, so a change that lands in between is seen by the next version check.
        var version = await this.TryGetVersionAsync(query, cancellationToken);
        if (request.SkipIfVersionIs is { CacheVersion: not null } known && known == version)
        {
            logger.LogDebug("Assignment list unchanged at version {CacheVersion}; not fetched", known.CacheVersion);
            return new FetchResult([], version, Unchanged: true, MoreAvailable: false, roundSettings);
        }

        var list = await TransientFailures.RunAsync("List assignments", ct => api.ListAssignmentsAsync(query, ct), cancellationToken);
        var work = new List<AssignmentWork>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ignored = 0;
        foreach (var assignment in list.Assignments)
        {
            if (IsOpen(assignment) && platforms.Contains(assignment.Task.Platform.ToLowerInvariant()) && seen.Add(assignment.Id))
            {
                work.Add(new AssignmentWork(
                    assignment.Id,
                    assignment.Task.Platform,
                    assignment.Task.SourceUrl,
                    NeedsStart: assignment.Status == AssignmentStatus.NotStarted));
            }
            else
            {
                ignored++;
            }
        }

        logger.LogInformation(
            "Fetched {Count} assignments to process ({Ignored} ignored: closed, duplicate or not a platform of {Platforms})",
            work.Count,
            ignored,
            string.Join(',', platforms));
        return new FetchResult(work, version, Unchanged: false, MoreAvailable: list.Total > list.Assignments.Count, roundSettings);
    }

    static bool IsOpen(MiningAssignment assignment) =>
        assignment.Status is AssignmentStatus.NotStarted or AssignmentStatus.InProgress;

    /// <summary>The version is only an optimisation: when the server cannot answer it, the list is fetched.</summary>
    async Task<AssignmentVersion?> TryGetVersionAsync(AssignmentQuery query, CancellationToken cancellationToken)
    {
        try
        {
            return await api.GetAssignmentsVersionAsync(query, cancellationToken);
        }
        catch (Exception exception) when (exception is not (AuthenticationFailedException or OperationCanceledException))
        {
            logger.LogWarning("Assignment version unavailable ({Error}); fetching the list", exception.Message);
            return null;
        }
    }
}
