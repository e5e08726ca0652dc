using Mining.Simulator;

namespace MiningWorker.Demo;

/// <summary>What the demo queues: a mix a real batch meets, so every outcome shows up in the table.</summary>
internal static class DemoScenario
{
    public static SearchQuerySpec Query { get; } = new()
    {
        Good = 12,
        Slow = 4,
        Missing = 3,
        Blocked = 1,
        SlowDelay = TimeSpan.FromSeconds(1.5),
        Query = "mining-worker demo",
    };

    /// <summary>How long the demo waits for every task to reach a final state before it gives up with exit code 1.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(90);
}
