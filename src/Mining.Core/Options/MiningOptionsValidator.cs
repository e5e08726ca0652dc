using System.Globalization;
using Microsoft.Extensions.Options;

namespace Mining.Core.Options;

/// <summary>
/// Checks every <c>Mining</c> setting at start. Each failure is one line that names the configuration key,
/// so a host can print it and exit 2.
/// </summary>
public sealed class MiningOptionsValidator : IValidateOptions<MiningOptions>
{
    private const int MaxCrawlBound = 64;

    public ValidateOptionsResult Validate(string? name, MiningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        RequireHttpUrl(failures, "ApiBaseUrl", options.ApiBaseUrl);
        RequireHttpUrl(failures, "MinerBaseUrl", options.MinerBaseUrl);
        RequirePlatforms(failures, options.Platforms);
        RequirePositive(failures, "HeartbeatInterval", options.HeartbeatInterval);
        RequirePositive(failures, "PollInterval", options.PollInterval);
        if (options.MaxConcurrentCrawls is < 1 or > MaxCrawlBound)
        {
            failures.Add(Key("MaxConcurrentCrawls") + $" must be between 1 and {MaxCrawlBound} (was {Show(options.MaxConcurrentCrawls)}).");
        }

        RequireStorage(failures, options.Storage);
        RequirePositive(failures, "Crawler:Timeout", options.Crawler.Timeout);
        if (options.Crawler.MaxBytes <= 0)
        {
            failures.Add(Key("Crawler:MaxBytes") + $" must be greater than 0 (was {Show(options.Crawler.MaxBytes)}).");
        }

        RequireHostPorts(failures, options.Crawler.AllowedPrivateHosts);
        RequirePositive(failures, "Durable:VisibilityTimeout", options.Durable.VisibilityTimeout);
        RequirePositive(failures, "Durable:MaxQueuePollingInterval", options.Durable.MaxQueuePollingInterval);
        RequireText(failures, "Durable:TaskHubName", options.Durable.TaskHubName);
        RequirePositive(failures, "Sse:KeepAliveInterval", options.Sse.KeepAliveInterval);
        RequirePositive(failures, "Sse:LeaseDuration", options.Sse.LeaseDuration);
        RequireText(failures, "Sse:SignalQueueName", options.Sse.SignalQueueName);
        RequireText(failures, "Sse:LeaseContainerName", options.Sse.LeaseContainerName);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static string Key(string relative) => MiningOptions.SectionName + ":" + relative;

    private static string Show(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);

    private static void RequireHttpUrl(List<string> failures, string key, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add(Key(key) + $" must be an absolute http(s) URL (was '{value}').");
        }
    }

    private static void RequirePositive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add(Key(key) + $" must be a positive duration (was {value.ToString("c", CultureInfo.InvariantCulture)}).");
        }
    }

    private static void RequireText(List<string> failures, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add(Key(key) + " must not be empty.");
        }
    }

    private static void RequirePlatforms(List<string> failures, IList<string>? platforms)
    {
        if (platforms is null || platforms.Count == 0)
        {
            failures.Add(Key("Platforms") + $" must list at least one of: {string.Join(", ", KnownPlatforms.All)}.");
            return;
        }

        foreach (var platform in platforms)
        {
            if (!KnownPlatforms.All.Contains(platform))
            {
                failures.Add(Key("Platforms") + $" has '{platform}', which this worker cannot crawl (it crawls: {string.Join(", ", KnownPlatforms.All)}).");
            }
        }
    }

    private static void RequireStorage(List<string> failures, string? storage)
    {
        if (string.IsNullOrWhiteSpace(storage))
        {
            failures.Add(Key("Storage") + " must be a storage connection string or an https:// account URL.");
        }
        else if (storage.Contains("://", StringComparison.Ordinal) && !storage.Contains(';', StringComparison.Ordinal)
                 && (!Uri.TryCreate(storage, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add(Key("Storage") + $" must be an https:// account URL or a connection string (was '{storage}').");
        }
    }

    private static void RequireHostPorts(List<string> failures, IList<string>? entries)
    {
        for (var i = 0; entries is not null && i < entries.Count; i++)
        {
            if (!HostPort.TryParse(entries[i], out _, out _))
            {
                failures.Add(Key($"Crawler:AllowedPrivateHosts:{i}") + $" must be 'host:port' with a port from 1 to 65535 (was '{entries[i]}').");
            }
        }
    }
}
