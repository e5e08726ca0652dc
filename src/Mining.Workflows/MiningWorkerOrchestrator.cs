using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Mining.Core.Api;
using Mining.Core.Auth;
using Mining.Core.Signals;
using Mining.Workflows.Activities;
using Mining.Workflows.Model;

namespace Mining.Workflows;

/// <summary>
/// The one long-lived orchestration per device. Each execution is one round: fetch, start, crawl and submit with a
/// bounded fan-out, then either run again at once (signals arrived meanwhile) or wait for a signal or the poll
/// interval, and ContinueAsNew so history stays one round long forever.
/// </summary>
/// <remarks>
/// Deterministic by construction: time comes from <see cref="TaskOrchestrationContext.CurrentUtcDateTime"/>, settings
/// from the fetch activity's recorded output, and every I/O happens in activities.
/// </remarks>
public sealed class MiningWorkerOrchestrator : TaskOrchestrator<WorkerRoundState?, RoundSummary>
{
    public override async Task<RoundSummary> RunAsync(TaskOrchestrationContext context, WorkerRoundState? input)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = input ?? WorkerRoundState.Initial;
        var logger = context.CreateReplaySafeLogger<MiningWorkerOrchestrator>();

        // Listen before the first await: a signal that arrives while this round runs completes this waiter.
        var inbox = new SignalInbox(context);
        var round = await RunRoundAsync(context, state, logger);
        var coalesced = inbox.Drain();
        var summary = round.Summary with { SignalsCoalesced = coalesced };
        context.SetCustomStatus(summary);
        logger.LogInformation(
            "Round done: {Fetched} fetched, {Submitted} submitted, {Abandoned} abandoned, {Failed} failed, {Coalesced} signals coalesced",
            summary.Fetched,
            summary.Submitted,
            summary.Abandoned,
            summary.Failed,
            coalesced);

        // A full page means more assignments wait behind it; only worth another round if this one made progress.
        var madeProgress = summary.Submitted + summary.Abandoned + summary.LeftToServer > 0;
        if (coalesced == 0 && !(round.MoreAvailable && madeProgress))
        {
            using var stopTimer = new CancellationTokenSource();
            var pollTimer = context.CreateTimer(context.CurrentUtcDateTime.Add(round.Settings.PollInterval), stopTimer.Token);
            var first = await Task.WhenAny(inbox.Next, pollTimer);
            if (first != pollTimer)
            {
                stopTimer.Cancel();
            }
        }

        context.ContinueAsNew(round.Next, preserveUnprocessedEvents: true);
        return summary;
    }

    static async Task<RoundResult> RunRoundAsync(TaskOrchestrationContext context, WorkerRoundState state, ILogger logger)
    {
        var settings = state.Settings ?? RoundSettings.Default;
        FetchResult fetch;
        try
        {
            var request = new FetchRequest(state.PreviousRoundIdle ? state.KnownVersion : null);
            fetch = await context.CallActivityAsync<FetchResult>(WorkflowNames.FetchAssignments, request, ActivityRetry.Options);
        }
        catch (TaskFailedException failure)
        {
            LogActivityFailure(logger, "Fetching assignments", failure);
            var failed = new RoundSummary(0, false, 0, 0, 0, 0, Failed: 1, 0);
            return new RoundResult(failed, MoreAvailable: false, new WorkerRoundState(null, false, settings));
        }

        settings = fetch.Settings;
        if (fetch.Unchanged)
        {
            var unchanged = new RoundSummary(0, Unchanged: true, 0, 0, 0, 0, 0, 0);
            return new RoundResult(unchanged, MoreAvailable: false, new WorkerRoundState(fetch.Version, true, settings));
        }

        var outcomes = await ProcessAllAsync(context, fetch.Assignments, settings.MaxConcurrentCrawls, logger);
        var summary = new RoundSummary(
            Fetched: fetch.Assignments.Count,
            Unchanged: false,
            StartSkipped: outcomes.Count(o => o == AssignmentOutcome.StartSkipped),
            Submitted: outcomes.Count(o => o is AssignmentOutcome.Submitted or AssignmentOutcome.AlreadyCompleted),
            Abandoned: outcomes.Count(o => o is AssignmentOutcome.Abandoned or AssignmentOutcome.AbandonRefused),
            LeftToServer: outcomes.Count(o => o == AssignmentOutcome.LeftToServer),
            Failed: outcomes.Count(o => o == AssignmentOutcome.Failed),
            SignalsCoalesced: 0);
        var idle = outcomes.All(o => o == AssignmentOutcome.StartSkipped);
        return new RoundResult(summary, fetch.MoreAvailable, new WorkerRoundState(fetch.Version, idle, settings));
    }

    /// <summary>Runs every assignment's start→crawl→submit lane, at most <paramref name="bound"/> at a time.</summary>
    static async Task<List<AssignmentOutcome>> ProcessAllAsync(
        TaskOrchestrationContext context,
        IReadOnlyList<AssignmentWork> assignments,
        int bound,
        ILogger logger)
    {
        var outcomes = new List<AssignmentOutcome>(assignments.Count);
        var running = new List<Task<AssignmentOutcome>>();
        foreach (var work in assignments)
        {
            if (running.Count >= Math.Max(1, bound))
            {
                var finished = await Task.WhenAny(running);
                running.Remove(finished);
                outcomes.Add(await finished);
            }

            running.Add(ProcessOneAsync(context, work, logger));
        }

        outcomes.AddRange(await Task.WhenAll(running));
        return outcomes;
    }

    static async Task<AssignmentOutcome> ProcessOneAsync(TaskOrchestrationContext context, AssignmentWork work, ILogger logger)
    {
        try
        {
            if (work.NeedsStart)
            {
                var decision = await context.CallActivityAsync<StartDecision>(
                    WorkflowNames.StartAssignment, work.AssignmentId, ActivityRetry.Options);
                if (decision == StartDecision.Skip)
                {
                    return AssignmentOutcome.StartSkipped;
                }
            }

            var result = await context.CallActivityAsync<CrawlAndSubmitResult>(WorkflowNames.CrawlAndSubmit, work, ActivityRetry.Options);
            return result.Outcome;
        }
        catch (TaskFailedException failure)
        {
            LogActivityFailure(logger, $"Assignment {work.AssignmentId}", failure);
            return AssignmentOutcome.Failed;
        }
    }

    static void LogActivityFailure(ILogger logger, string what, TaskFailedException failure)
    {
        if (failure.FailureDetails.IsCausedBy<AuthenticationFailedException>())
        {
            logger.LogError("{What} failed: the worker is not authenticated; waiting for the next signal or poll", what);
            return;
        }

        logger.LogWarning("{What} failed after retries: {ErrorType}: {Error}", what, failure.FailureDetails.ErrorType, failure.FailureDetails.ErrorMessage);
    }

    sealed record RoundResult(RoundSummary Summary, bool MoreAvailable, WorkerRoundState Next)
    {
        public RoundSettings Settings => this.Next.Settings ?? RoundSettings.Default;
    }

    /// <summary>
    /// Counts the <see cref="WorkflowNames.SignalEvent"/> events of one execution. A completed waiter means a signal
    /// was delivered; draining takes every signal already buffered, so a storm of signals costs one extra round.
    /// </summary>
    sealed class SignalInbox(TaskOrchestrationContext context)
    {
        public Task<AssignmentSignal?> Next { get; private set; } = Listen(context);

        /// <summary>Consumes every signal delivered so far and returns how many there were.</summary>
        public int Drain()
        {
            var count = 0;
            while (this.Next.IsCompleted)
            {
                count++;
                this.Next = Listen(context);
            }

            return count;
        }

        static Task<AssignmentSignal?> Listen(TaskOrchestrationContext context) =>
            context.WaitForExternalEvent<AssignmentSignal?>(WorkflowNames.SignalEvent);
    }
}
