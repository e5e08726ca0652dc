using MiningWorker.Cli;
using MiningWorker.Durable;
using MiningWorker.Tests.Support;

namespace MiningWorker.Tests;

public sealed class AuthenticationFailureTests
{
    [Fact]
    public async Task A_failed_refresh_stops_the_worker_with_exit_code_1_and_one_clear_message_without_retrying()
    {
        var domain = new FakeDomain { FailRefresh = true };
        await using var worker = RunningWorker.Start(domain, DurableBackendKind.InMemory);

        var exit = await worker.Exit.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ExitCodes.RuntimeFailure, exit);
        Assert.Equal(1, domain.Refreshes);
        Assert.Equal(0, domain.Heartbeats);
        var message = Assert.Single(worker.Error.ToString().Trim().Split('\n'));
        Assert.Contains("authentication failed", message, StringComparison.Ordinal);
        Assert.Contains("Mining:RefreshToken", message, StringComparison.Ordinal);
        Assert.DoesNotContain("refresh-secret", message, StringComparison.Ordinal);
    }
}
