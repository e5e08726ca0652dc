namespace Mining.Core.Http;

/// <summary>The named <see cref="System.Net.Http.HttpClient"/>s that <c>AddMiningCore</c> registers.</summary>
public static class MiningHttpClients
{
    /// <summary>API base URL (auth/me, register-v2), with bearer auth and the retry pipeline.</summary>
    public const string Api = "mining-api";

    /// <summary>Miner base URL (<c>/workers/*</c>, <c>/mining/*</c>), with bearer auth and the retry pipeline.</summary>
    public const string Miner = "mining-miner";

    /// <summary>API base URL for <c>/auth/refresh</c> only: the retry pipeline but never the bearer handler.</summary>
    public const string Auth = "mining-auth";
}
