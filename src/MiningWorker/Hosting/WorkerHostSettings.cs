using MiningWorker.Durable;

namespace MiningWorker.Hosting;

/// <summary>How one run of the worker is set up.</summary>
internal sealed record WorkerHostSettings
{
    public required DurableBackendKind Backend { get; init; }

    /// <summary>Settings from the command line, <c>--Mining:Key=value</c>.</summary>
    public IReadOnlyList<string> ConfigurationArguments { get; init; } = [];

    /// <summary>Settings that win over every other source (the demo points the worker at its simulator this way).</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();

    /// <summary>When false, the host leaves Ctrl-C and SIGTERM to the caller (the demo, tests).</summary>
    public bool HandleConsoleSignals { get; init; } = true;
}
