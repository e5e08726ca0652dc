using Mining.Core.Options;

namespace MiningWorker.Durable;

/// <summary>How many activities run side by side: every crawl of a full batch, plus room for the short API activities around them.</summary>
internal static class DurableConcurrency
{
    private const int ApiActivitySlots = 8;

    public static int ActivitySlots(MiningOptions options) => Math.Max(1, options.MaxConcurrentCrawls) + ApiActivitySlots;
}
