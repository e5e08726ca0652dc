using MiningWorker.Cli;
using MiningWorker.Tests.Support;

namespace MiningWorker.Tests;

public sealed class CliTests
{
    [Fact]
    public async Task Root_help_lists_every_command_and_every_setting()
    {
        var (code, output, _) = await InvokeAsync("--help");

        Assert.Equal(ExitCodes.Success, code);
        foreach (var command in new[] { "run", "demo", "simulator", "sse-dump", "codec", "extract" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }

        foreach (var key in new[]
                 {
                     "Mining:ApiBaseUrl", "Mining:MinerBaseUrl", "Mining:RefreshToken", "Mining:AccessToken", "Mining:Platforms",
                     "Mining:HeartbeatInterval", "Mining:PollInterval", "Mining:MaxConcurrentCrawls", "Mining:Crawler:Timeout",
                     "Mining:Crawler:MaxBytes", "Mining:Crawler:AllowedPrivateHosts", "Mining:Storage", "Mining:StateDirectory",
                     "Mining:Durable:VisibilityTimeout", "Mining:Durable:MaxQueuePollingInterval", "Mining:Health:Port",
                 })
        {
            Assert.Contains(key, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Run_help_documents_the_backend_option()
    {
        var (code, output, _) = await InvokeAsync("run", "--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("--backend", output, StringComparison.Ordinal);
        Assert.Contains("in-memory", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "azure-storage")]
    [InlineData(new[] { "--backend", "in-memory" }, "in-memory")]
    public void The_backend_defaults_to_azure_storage(string[] options, string expected)
    {
        var root = MiningWorkerCli.CreateRoot(new FakeDomain().Components);

        var parseResult = root.Parse(["run", .. options]);

        Assert.Empty(parseResult.Errors);
        Assert.Equal(expected, parseResult.GetValue<string>("--backend"));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("run", "--backend", "sql")]
    [InlineData("run", "stray")]
    [InlineData("run", "--Mining:MinerBaseUrl")]
    public async Task Bad_usage_exits_2_with_a_message(params string[] args)
    {
        var (code, _, error) = await InvokeAsync(args);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.StartsWith("mining-worker", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_command_is_bad_usage()
    {
        var (code, _, error) = await InvokeAsync();

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_setting_on_the_command_line_exits_2_naming_the_key()
    {
        var (code, _, error) = await InvokeAsync("run", "--backend", "in-memory", "--Mining:RefreshToken=x", "--Mining:Health:Port=70000");

        Assert.True(code == ExitCodes.BadUsage, error);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("Mining:Health:Port", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_setting_that_does_not_convert_exits_2_naming_the_key()
    {
        var (code, _, error) = await InvokeAsync("run", "--backend", "in-memory", "--Mining:RefreshToken=x", "--Mining:HeartbeatInterval", "soon");

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("Mining:HeartbeatInterval", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await MiningWorkerCli.InvokeAsync(args, new FakeDomain().Components, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
