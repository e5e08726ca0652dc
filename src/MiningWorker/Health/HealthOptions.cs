namespace MiningWorker.Health;

/// <summary>The <c>Mining:Health</c> settings of the standalone host.</summary>
internal sealed class HealthOptions
{
    public const string SectionName = "Mining:Health";

    /// <summary>The loopback port of <c>GET /healthz</c>; 0 picks a free port, which is logged.</summary>
    public int Port { get; set; }
}
