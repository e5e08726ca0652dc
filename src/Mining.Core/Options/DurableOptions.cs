namespace Mining.Core.Options;

/// <summary>The <c>Mining:Durable</c> settings for the standalone host's azure-storage backend.</summary>
public sealed class DurableOptions
{
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    public string TaskHubName { get; set; } = "mining";
}
