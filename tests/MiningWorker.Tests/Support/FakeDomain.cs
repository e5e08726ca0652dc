using System.Collections.Concurrent;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mining.Core.Api;
using Mining.Core.Auth;
using Mining.Core.Contract;
using Mining.Core.Identity;
using Mining.Core.Options;
using Mining.Core.Signals;
using Mining.Core.Sse;
using MiningWorker.Heartbeat;
using MiningWorker.Hosting;
using MiningWorker.Signals;

namespace MiningWorker.Tests.Support;

/// <summary>
/// Stand-ins for the domain pieces (Core client, identity, Workflows), so the host's own wiring is tested alone.
/// Each signal schedules <see cref="FanOutOrchestration"/>, whose activities record how many ran side by side.
/// </summary>
internal sealed class FakeDomain
{
    public ConcurrentQueue<AssignmentSignal> HandledSignals { get; } = new();

    public ConcurrentQueue<string> CompletedInstances { get; } = new();

    public int Heartbeats => _heartbeats;

    public int Refreshes => _refreshes;

    public bool FailRefresh { get; init; }

    public bool FailHeartbeat { get; set; }

    /// <summary>Every dispatch throws, as when the durable client cannot reach the sidecar.</summary>
    public bool FailDispatch { get; set; }

    public int DispatchAttempts => _dispatchAttempts;

    public int FanOut { get; init; } = 8;

    public TimeSpan ActivityDelay { get; init; } = TimeSpan.FromMilliseconds(300);

    public ConcurrencyGauge Gauge { get; } = new();

    /// <summary>Extra services for one test (a publisher onto the storage queue, say).</summary>
    public Action<IServiceCollection>? Configure { get; init; }

    private int _heartbeats;
    private int _refreshes;
    private int _dispatchAttempts;

    public WorkerComponents Components => new(AddServices, registry =>
    {
        registry.AddOrchestratorFunc<int, int>(nameof(FanOutOrchestration), FanOutOrchestration.RunAsync);
        registry.AddActivityFunc<int, int>(FanOutOrchestration.ActivityName, async (_, index) =>
        {
            using (Gauge.Enter())
            {
                await Task.Delay(ActivityDelay);
            }

            return index;
        });
    });

    private void AddServices(IServiceCollection services)
    {
        services.AddOptions<MiningOptions>().BindConfiguration(MiningOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MiningOptions>, MiningOptionsValidator>();
        services.AddSingleton<SseListenerHealth>();
        services.AddSingleton<IAccessTokenProvider>(new FakeTokenProvider(this));
        services.AddSingleton<IWorkerIdentityAccessor>(new FakeIdentity());
        services.AddSingleton<IMiningApiClient>(new FakeApi());
        services.AddSingleton<IHeartbeatSender>(provider => new FakeHeartbeatSender(this, provider.GetRequiredService<IAccessTokenProvider>()));
        services.AddSingleton<IAssignmentSignalHandler>(provider => new ScheduleOnSignal(this, provider.GetRequiredService<DurableTaskClient>()));
        Configure?.Invoke(services);
    }

    public static class FanOutOrchestration
    {
        public const string ActivityName = "FanOutActivity";

        public static async Task<int> RunAsync(TaskOrchestrationContext context, int count)
        {
            var results = await Task.WhenAll(Enumerable.Range(0, count).Select(i => context.CallActivityAsync<int>(ActivityName, i)));
            return results.Length;
        }
    }

    private sealed class ScheduleOnSignal(FakeDomain domain, DurableTaskClient client) : IAssignmentSignalHandler
    {
        public async Task HandleAsync(AssignmentSignal signal, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref domain._dispatchAttempts);
            if (domain.FailDispatch)
            {
                throw new InvalidOperationException("the sidecar is unreachable");
            }

            domain.HandledSignals.Enqueue(signal);
            var id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOutOrchestration), domain.FanOut, cancellationToken);
            _ = Task.Run(async () =>
            {
                var done = await client.WaitForInstanceCompletionAsync(id, CancellationToken.None);
                if (done.RuntimeStatus == OrchestrationRuntimeStatus.Completed)
                {
                    domain.CompletedInstances.Enqueue(id);
                }
            }, CancellationToken.None);
        }
    }

    private sealed class FakeTokenProvider(FakeDomain domain) : IAccessTokenProvider
    {
        public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) =>
            domain.FailRefresh ? RefreshAsync("none", cancellationToken) : ValueTask.FromResult("token");

        public ValueTask<string> RefreshAsync(string staleToken, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref domain._refreshes);
            return domain.FailRefresh
                ? ValueTask.FromException<string>(new AuthenticationFailedException("The refresh was refused (401)."))
                : ValueTask.FromResult("token");
        }
    }

    private sealed class FakeHeartbeatSender(FakeDomain domain, IAccessTokenProvider tokens) : IHeartbeatSender
    {
        public async Task SendAsync(CancellationToken cancellationToken)
        {
            await tokens.GetAccessTokenAsync(cancellationToken);
            Interlocked.Increment(ref domain._heartbeats);
            if (domain.FailHeartbeat)
            {
                throw new MiningApiException("heartbeat answered 503", 503);
            }
        }
    }

    private sealed class FakeIdentity : IWorkerIdentityAccessor
    {
        public ValueTask<WorkerIdentity> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(new WorkerIdentity("user-1", "device-1"));
    }

    private sealed class FakeApi : IMiningApiClient
    {
        public Task SetPreferencesAsync(IReadOnlyList<string> platforms, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<UserProfile> GetMeAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<string> RegisterDeviceAsync(string userId, DeviceInfo deviceInfo, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<HeartbeatResult> SendHeartbeatAsync(string userId, string deviceId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<string>> GetPreferencesAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<AssignmentList> ListAssignmentsAsync(AssignmentQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<AssignmentVersion> GetAssignmentsVersionAsync(AssignmentQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<MiningAssignment> GetAssignmentAsync(string assignmentId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<StartOutcome> StartAssignmentAsync(string assignmentId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<SubmitOutcome> SubmitAssignmentAsync(string assignmentId, SubmitRequest submission, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<AbandonOutcome> AbandonAssignmentAsync(string assignmentId, AbandonReason reason, string? details, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
