namespace MiningWorker.Durable;

/// <summary>The command-line spelling of <see cref="DurableBackendKind"/>.</summary>
internal static class DurableBackendNames
{
    public const string AzureStorage = "azure-storage";
    public const string InMemory = "in-memory";

    public static IReadOnlyList<string> All { get; } = [AzureStorage, InMemory];

    public static DurableBackendKind Parse(string name) => name switch
    {
        AzureStorage => DurableBackendKind.AzureStorage,
        InMemory => DurableBackendKind.InMemory,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown backend."),
    };
}
