using System.Globalization;
using Mining.Simulator;

namespace MiningWorker.Demo;

/// <summary>The settings that point a worker at a local simulator: its URLs and token, its pages allowed past the SSRF guard, short intervals.</summary>
internal static class SimulatorWorkerSettings
{
    public static Dictionary<string, string?> For(SimulatorServer simulator, string stateDirectory)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var baseUrl = simulator.BaseUrl.ToString();
        return new Dictionary<string, string?>
        {
            ["Mining:ApiBaseUrl"] = baseUrl,
            ["Mining:MinerBaseUrl"] = baseUrl,
            ["Mining:RefreshToken"] = simulator.RefreshToken,
            ["Mining:StateDirectory"] = stateDirectory,
            ["Mining:Crawler:AllowedPrivateHosts:0"] = "127.0.0.1:" + simulator.Port.ToString(CultureInfo.InvariantCulture),
            ["Mining:Crawler:Timeout"] = "00:00:10",
            ["Mining:HeartbeatInterval"] = "00:00:05",
            ["Mining:PollInterval"] = "00:00:10",
        };
    }
}
