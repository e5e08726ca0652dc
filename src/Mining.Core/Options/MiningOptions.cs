namespace Mining.Core.Options;

/// <summary>The <c>Mining</c> settings section (see WORKER_CLI.md). Bound with BindConfiguration and validated at start.</summary>
public sealed class MiningOptions
{
    public const string SectionName = "Mining";

    public string ApiBaseUrl { get; set; } = "https://api.optimai.network";

    public string MinerBaseUrl { get; set; } = "https://api-onchain.optimai.network";

    /// <summary>The operator's long-lived secret. Never logged.</summary>
    public string? RefreshToken { get; set; }

    /// <summary>An optional first access token; without it the worker refreshes first.</summary>
    public string? AccessToken { get; set; }

    public IList<string> Platforms { get; set; } = ["google"];

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(2);

    public int MaxConcurrentCrawls { get; set; } = 8;

    public string Storage { get; set; } = "UseDevelopmentStorage=true";

    public string? StateDirectory { get; set; }

    public CrawlerOptions Crawler { get; set; } = new();

    public DurableOptions Durable { get; set; } = new();

    public SseOptions Sse { get; set; } = new();

    /// <summary>A summary for diagnostics that says whether the secrets are set, never what they are.</summary>
    public override string ToString() =>
        $"{nameof(MiningOptions)} {{ ApiBaseUrl = {ApiBaseUrl}, MinerBaseUrl = {MinerBaseUrl}, " +
        $"RefreshToken = {Redact(RefreshToken)}, AccessToken = {Redact(AccessToken)}, Platforms = [{string.Join(", ", Platforms)}], " +
        $"MaxConcurrentCrawls = {MaxConcurrentCrawls} }}";

    private static string Redact(string? secret) => string.IsNullOrEmpty(secret) ? "(none)" : "(set)";
}
