using MiningWorker.Cli;
using MiningWorker.Hosting;

namespace MiningWorker.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task The_demo_finishes_every_task_and_prints_the_table_latency_and_totals()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await MiningWorkerCli.InvokeAsync(["demo"], MiningComponents.Create(), output, error, CancellationToken.None);

        var text = output.ToString();
        Assert.True(code == ExitCodes.Success, text + error);
        Assert.Contains("/pages/missing/1", text, StringComparison.Ordinal);
        Assert.Contains("link_invalid", text, StringComparison.Ordinal);
        Assert.Contains("site_blocked", text, StringComparison.Ordinal);
        Assert.Contains("Signal-to-fetch latency: p50", text, StringComparison.Ordinal);
        Assert.Contains("Totals: 20 tasks, 16 submitted, 4 abandoned, 0 not final, 20 as expected; 0", text, StringComparison.Ordinal);
        // Not a terminal: plain progress lines, no escape sequences.
        Assert.Contains("20/20 final", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
    }
}
