using System.Net;
using System.Net.Sockets;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Mining.Core.Api;
using Mining.Core.Crawling;
using Mining.Core.Identity;
using Mining.Core.Options;
using Mining.Core.Signals;
using Mining.Workflows.Model;
using Mining.Workflows.Signals;
using Mining.Workflows.Tests.Fakes;

namespace Mining.Workflows.Tests;

/// <summary>The workflows on the in-process durable test host, over a fake server and crawler.</summary>
public sealed class WorkflowHarness : IAsyncDisposable
{
    public const string DeviceId = "device-1";

    WorkflowHarness(DurableTaskTestHost host, FakeMiningApi api, FakeCrawler crawler)
    {
        this.Host = host;
        this.Api = api;
        this.Crawler = crawler;
    }

    public DurableTaskTestHost Host { get; }

    public FakeMiningApi Api { get; }

    public FakeCrawler Crawler { get; }

    public DurableTaskClient Client => this.Host.Client;

    public string InstanceId { get; } = WorkerInstanceId.For(DeviceId);

    public static async Task<WorkflowHarness> StartAsync(Action<MiningOptions>? configure = null, FakeMiningApi? api = null)
    {
        api ??= new FakeMiningApi();
        var crawler = new FakeCrawler();
        var host = await DurableTaskTestHost.StartAsync(
            registry => registry.AddMiningWorkflows(),
            new DurableTaskTestHostOptions
            {
                // The host would pick a random port in 30000-40000, which other processes on the machine may hold.
                Port = FreeLoopbackPort(),
                ConfigureServices = services =>
                {
                    services.AddSingleton<IMiningApiClient>(api);
                    services.AddSingleton<IPageCrawler>(crawler);
                    services.AddSingleton<IWorkerIdentityAccessor>(new FakeIdentity(DeviceId));
                    services.AddSingleton<ISignalPublisher>(new RecordingSignalPublisher());
                    services.AddOptions<MiningOptions>().Configure(options =>
                    {
                        // Rounds in these tests run on signals only.
                        options.PollInterval = TimeSpan.FromHours(1);
                        configure?.Invoke(options);
                    });
                    services.AddMiningWorkflows();
                },
            });
        return new WorkflowHarness(host, api, crawler);
    }

    static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public Task<SignalDispatch> SignalAsync(string reason = SignalReasons.SseAssignment) =>
        this.Host.Services.GetRequiredService<SignalDispatcher>().DispatchAsync(
            this.Client,
            new AssignmentSignal(reason, 1, null, null, DateTimeOffset.UnixEpoch),
            CancellationToken.None);

    /// <summary>Signals, then waits for the round that found assignments to process.</summary>
    public async Task<RoundSummary> SignalAndWaitForWorkAsync()
    {
        await this.SignalAsync();
        return await this.WaitForRoundAsync(round => round.Fetched > 0);
    }

    /// <summary>Waits until the orchestration reports a round whose summary matches, then returns it.</summary>
    public async Task<RoundSummary> WaitForRoundAsync(Func<RoundSummary, bool> done)
    {
        RoundSummary? last = null;
        await Until(async () =>
        {
            var instance = await this.Client.GetInstanceAsync(this.InstanceId, getInputsAndOutputs: true);
            last = instance?.ReadCustomStatusAs<RoundSummary>();
            return last is not null && done(last);
        });
        return last!;
    }

    /// <summary>Polls a condition that background work makes true; fails the test after 20 s.</summary>
    public static async Task Until(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the orchestration");
            await Task.Delay(25);
        }
    }

    public static Task Until(Func<bool> condition) => Until(() => Task.FromResult(condition()));

    public ValueTask DisposeAsync() => this.Host.DisposeAsync();
}
