namespace Mining.Workflows.Model;

/// <summary>
/// The settings a round runs with. The fetch activity reads them from the options and returns them, so the
/// orchestrator gets them from history (deterministic on replay) and still follows configuration changes.
/// </summary>
public sealed record RoundSettings(int MaxConcurrentCrawls, TimeSpan PollInterval)
{
    /// <summary>The defaults of <c>Mining:MaxConcurrentCrawls</c> and <c>Mining:PollInterval</c>, until a fetch reports the real ones.</summary>
    public static RoundSettings Default { get; } = new(8, TimeSpan.FromMinutes(2));
}
