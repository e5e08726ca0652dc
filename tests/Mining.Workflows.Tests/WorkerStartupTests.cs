using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Mining.Core.Auth;
using Mining.Core.Options;
using Mining.Core.Signals;
using Mining.Workflows.Startup;
using Mining.Workflows.Tests.Fakes;

namespace Mining.Workflows.Tests;

public sealed class WorkerStartupTests
{
    readonly FakeMiningApi api = new();
    readonly RecordingSignalPublisher signals = new();
    readonly FakeTimeProvider time = new();

    WorkerStartup Startup(params string[] platforms)
    {
        var options = new FixedOptionsMonitor(new MiningOptions { Platforms = platforms });
        return new WorkerStartup(this.api, this.signals, options, this.time, NullLogger<WorkerStartup>.Instance);
    }

    [Fact]
    public async Task Start_up_sets_the_crawlable_platforms_then_sends_a_startup_signal()
    {
        await this.Startup(" Google", "google", "twitter", "", "myspace").RunAsync(CancellationToken.None);

        Assert.Equal(["google"], Assert.Single(this.api.Preferences));
        Assert.Equal(SignalReasons.Startup, Assert.Single(this.signals.Published).Reason);
    }

    [Fact]
    public async Task A_failed_preference_call_is_retried_after_a_growing_delay()
    {
        var failures = 2;
        this.api.PreferencesFailure = _ => failures-- > 0 ? new HttpRequestException("reset") : null;

        var running = this.Startup("google").SetPreferencesAsync(CancellationToken.None);
        await WorkflowHarness.Until(() => this.api.Preferences.Count == 1);
        this.time.Advance(TimeSpan.FromSeconds(2));
        await WorkflowHarness.Until(() => this.api.Preferences.Count == 2);
        this.time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(2, this.api.Preferences.Count);
        this.time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(await running);
        Assert.Equal(3, this.api.Preferences.Count);
    }

    [Fact]
    public async Task An_authentication_failure_is_not_retried()
    {
        this.api.PreferencesFailure = _ => new AuthenticationFailedException("refresh failed");

        await Assert.ThrowsAsync<AuthenticationFailedException>(() => this.Startup("google").RunAsync(CancellationToken.None));

        Assert.Single(this.api.Preferences);
        Assert.Empty(this.signals.Published);
    }

}
