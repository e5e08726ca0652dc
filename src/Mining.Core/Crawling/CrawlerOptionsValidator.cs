using Microsoft.Extensions.Options;
using Mining.Core.Options;

namespace Mining.Core.Crawling;

/// <summary>Checks the Mining:Crawler settings at start, so a bad value is a clear error rather than a silent default.</summary>
public sealed class CrawlerOptionsValidator : IValidateOptions<MiningOptions>
{
    private const long MaxBytesCeiling = 1L << 30;

    public ValidateOptionsResult Validate(string? name, MiningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var crawler = options.Crawler;
        var failures = new List<string>();
        if (crawler.Timeout <= TimeSpan.Zero || crawler.Timeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Mining:Crawler:Timeout must be above zero and at most 00:10:00, not {crawler.Timeout}.");
        }

        if (crawler.MaxBytes is <= 0 or > MaxBytesCeiling)
        {
            failures.Add($"Mining:Crawler:MaxBytes must be between 1 and {MaxBytesCeiling}, not {crawler.MaxBytes}.");
        }

        foreach (var entry in crawler.AllowedPrivateHosts)
        {
            if (!PrivateHostAllowList.TryParseEntry(entry, out _, out _))
            {
                failures.Add($"Mining:Crawler:AllowedPrivateHosts entry '{entry}' is not host:port (IPv6 as [addr]:port).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
