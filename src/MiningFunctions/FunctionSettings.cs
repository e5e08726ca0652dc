namespace MiningFunctions;

/// <summary>
/// The <c>%...%</c> binding expressions the Functions host resolves from app settings. The host looks each name up
/// in its configuration, where an app setting <c>Mining__Sse__SignalQueueName</c> (the spelling that works in Azure
/// on Linux and in local.settings.json) is the key <c>Mining:Sse:SignalQueueName</c>: the same key the worker's
/// options bind, so one setting drives both.
/// </summary>
public static class FunctionSettings
{
    /// <summary>NCRONTAB, six fields with seconds first; <c>0 */1 * * * *</c> is every minute.</summary>
    public const string HeartbeatSchedule = "%Mining:HeartbeatSchedule%";

    /// <summary>The signal queue (<c>mining-signals</c> by default, as in <c>SseOptions.SignalQueueName</c>).</summary>
    public const string SignalQueue = "%Mining:Sse:SignalQueueName%";

    /// <summary>Where the queue trigger moves a message after <c>maxDequeueCount</c> failed attempts.</summary>
    public const string SignalPoisonQueue = SignalQueue + "-poison";

    /// <summary>The storage account of the queues (and the durable task hub).</summary>
    public const string StorageConnection = "AzureWebJobsStorage";
}
