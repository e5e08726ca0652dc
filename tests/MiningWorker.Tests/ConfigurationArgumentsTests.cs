using MiningWorker.Cli;

namespace MiningWorker.Tests;

public sealed class ConfigurationArgumentsTests
{
    [Fact]
    public void Settings_in_both_spellings_are_passed_on()
    {
        Assert.True(ConfigurationArguments.TryCollect(["--Mining:A=1", "--Mining:B", "2", "--Logging:LogLevel:Default=Debug"], out var settings, out _));

        Assert.Equal(["--Mining:A=1", "--Mining:B", "2", "--Logging:LogLevel:Default=Debug"], settings);
    }

    [Theory]
    [InlineData("stray")]
    [InlineData("--verbose")]
    [InlineData("--:x=1")]
    public void Anything_else_is_refused_by_name(string token)
    {
        Assert.False(ConfigurationArguments.TryCollect([token], out _, out var error));
        Assert.Contains(token, error, StringComparison.Ordinal);
    }
}
