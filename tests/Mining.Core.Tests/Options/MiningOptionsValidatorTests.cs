using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Mining.Core.Options;

namespace Mining.Core.Tests.Options;

/// <summary>Every bad setting stops the host at start with one line that names its key.</summary>
public sealed class MiningOptionsValidatorTests
{
    [Fact]
    public async Task The_defaults_are_valid_without_a_refresh_token()
    {
        using var host = BuildHost([]);

        await host.StartAsync();
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Mining:ApiBaseUrl", "ftp://example.com", "Mining:ApiBaseUrl must be an absolute http(s) URL (was 'ftp://example.com').")]
    [InlineData("Mining:ApiBaseUrl", "/relative", "Mining:ApiBaseUrl must be an absolute http(s) URL (was '/relative').")]
    [InlineData("Mining:MinerBaseUrl", "not a url", "Mining:MinerBaseUrl must be an absolute http(s) URL (was 'not a url').")]
    [InlineData("Mining:MaxConcurrentCrawls", "0", "Mining:MaxConcurrentCrawls must be between 1 and 64 (was 0).")]
    [InlineData("Mining:MaxConcurrentCrawls", "65", "Mining:MaxConcurrentCrawls must be between 1 and 64 (was 65).")]
    [InlineData("Mining:HeartbeatInterval", "00:00:00", "Mining:HeartbeatInterval must be a positive duration (was 00:00:00).")]
    [InlineData("Mining:PollInterval", "-00:01:00", "Mining:PollInterval must be a positive duration (was -00:01:00).")]
    [InlineData("Mining:Crawler:Timeout", "00:00:00", "Mining:Crawler:Timeout must be a positive duration (was 00:00:00).")]
    [InlineData("Mining:Crawler:MaxBytes", "0", "Mining:Crawler:MaxBytes must be greater than 0 (was 0).")]
    [InlineData("Mining:Crawler:AllowedPrivateHosts:0", "localhost", "Mining:Crawler:AllowedPrivateHosts:0 must be 'host:port' with a port from 1 to 65535 (was 'localhost').")]
    [InlineData("Mining:Crawler:AllowedPrivateHosts:0", "127.0.0.1:99999", "Mining:Crawler:AllowedPrivateHosts:0 must be 'host:port' with a port from 1 to 65535 (was '127.0.0.1:99999').")]
    [InlineData("Mining:Platforms:0", "facebook", "Mining:Platforms has 'facebook', which this worker cannot crawl (it crawls: google).")]
    [InlineData("Mining:Platforms:0", "twitter", "Mining:Platforms has 'twitter', which this worker cannot crawl (it crawls: google).")]
    [InlineData("Mining:Durable:VisibilityTimeout", "00:00:00", "Mining:Durable:VisibilityTimeout must be a positive duration (was 00:00:00).")]
    [InlineData("Mining:Durable:MaxQueuePollingInterval", "00:00:00", "Mining:Durable:MaxQueuePollingInterval must be a positive duration (was 00:00:00).")]
    [InlineData("Mining:Sse:KeepAliveInterval", "00:00:00", "Mining:Sse:KeepAliveInterval must be a positive duration (was 00:00:00).")]
    [InlineData("Mining:Storage", "http://account.blob.core.windows.net", "Mining:Storage must be an https:// account URL or a connection string (was 'http://account.blob.core.windows.net').")]
    [InlineData("Mining:Storage", " ", "Mining:Storage must be a storage connection string or an https:// account URL.")]
    public async Task A_bad_value_fails_at_start_with_one_line_naming_the_key(string key, string value, string expected)
    {
        using var host = BuildHost(new() { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(expected, SettingsErrors.TryDescribe(error));
    }

    [Fact]
    public void Empty_platforms_are_rejected()
    {
        var result = new MiningOptionsValidator().Validate(null, new MiningOptions { Platforms = [] });

        Assert.Equal("Mining:Platforms must list at least one of: google.", Assert.Single(result.Failures!));
    }

    [Fact]
    public void Several_failures_stay_on_one_line()
    {
        var error = new OptionsValidationException("", typeof(MiningOptions), ["Mining:A is bad.", "Mining:B is\nbad."]);

        Assert.Equal("Mining:A is bad. Mining:B is bad.", SettingsErrors.TryDescribe(error));
    }

    [Fact]
    public async Task A_value_that_cannot_be_converted_is_described_with_its_key()
    {
        using var host = BuildHost(new() { ["Mining:HeartbeatInterval"] = "soon" });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        var line = SettingsErrors.TryDescribe(error);
        Assert.NotNull(line);
        Assert.Contains("Mining:HeartbeatInterval", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [Theory]
    [InlineData("127.0.0.1:8080", "127.0.0.1", 8080)]
    [InlineData("localhost:1", "localhost", 1)]
    [InlineData("[::1]:443", "::1", 443)]
    public void Host_port_entries_parse(string entry, string host, int port)
    {
        Assert.True(HostPort.TryParse(entry, out var parsedHost, out var parsedPort));
        Assert.Equal((host, port), (parsedHost, parsedPort));
    }

    [Theory]
    [InlineData("::1:443")]
    [InlineData(":80")]
    [InlineData("host:")]
    [InlineData("host:0")]
    [InlineData("host:http")]
    [InlineData("bad host:80")]
    public void Bad_host_port_entries_do_not_parse(string entry) => Assert.False(HostPort.TryParse(entry, out _, out _));

    [Fact]
    public async Task Run_can_require_the_refresh_token()
    {
        using var host = BuildHost([], services => services.RequireRefreshToken());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.StartsWith("Mining:RefreshToken is required", SettingsErrors.TryDescribe(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_required_refresh_token_that_is_set_passes_and_is_not_echoed()
    {
        using var host = BuildHost(new() { ["Mining:RefreshToken"] = "r-SECRET" }, services => services.RequireRefreshToken());

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public void Configured_platforms_replace_the_default_instead_of_adding_to_it()
    {
        using var host = BuildHost(new() { ["Mining:Platforms:0"] = "google" });

        // The binder appends to the default list: without the replacement this would be ["google", "google"].
        Assert.Equal(["google"], host.Services.GetRequiredService<IOptions<MiningOptions>>().Value.Platforms);
    }

    [Fact]
    public void Without_configured_platforms_the_default_is_google()
    {
        using var host = BuildHost([]);

        Assert.Equal(["google"], host.Services.GetRequiredService<IOptions<MiningOptions>>().Value.Platforms);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddMiningCore();
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
