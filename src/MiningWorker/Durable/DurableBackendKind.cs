namespace MiningWorker.Durable;

/// <summary>Where the standalone host keeps orchestration state (<c>run --backend</c>).</summary>
internal enum DurableBackendKind
{
    /// <summary>The Durable Task Azure Storage provider on <c>Mining:Storage</c>: survives a kill.</summary>
    AzureStorage,

    /// <summary>The in-process test host's in-memory service: needs nothing, keeps nothing.</summary>
    InMemory,
}
