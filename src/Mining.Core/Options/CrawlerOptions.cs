namespace Mining.Core.Options;

/// <summary>The <c>Mining:Crawler</c> settings.</summary>
public sealed class CrawlerOptions
{
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary><c>host:port</c> entries that may resolve to loopback or private addresses (tests, the simulator).</summary>
    public IList<string> AllowedPrivateHosts { get; set; } = [];
}
