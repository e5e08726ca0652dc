namespace MiningWorker.Cli;

/// <summary>The settings every command reads, as shown by <c>--help</c> (WORKER_CLI.md "Settings").</summary>
internal static class SettingsHelpText
{
    public const string Text = """
        Settings (section "Mining"; read from appsettings.json, then environment variables such as
        Mining__MinerBaseUrl, then command-line arguments such as --Mining:MinerBaseUrl=...):
          Mining:ApiBaseUrl                        auth, profile, device registration (https://api.optimai.network)
          Mining:MinerBaseUrl                      /workers/*, /mining/* (https://api-onchain.optimai.network)
          Mining:RefreshToken                      required by run; a secret, never logged
          Mining:AccessToken                       optional first access token; without it the worker refreshes first
          Mining:Platforms                         platforms sent as preferences (["google"])
          Mining:HeartbeatInterval                 time between heartbeats (00:01:00)
          Mining:PollInterval                      fallback fetch when no signal arrived (00:02:00)
          Mining:MaxConcurrentCrawls               fan-out bound, 1-64 (8)
          Mining:Crawler:Timeout                   whole fetch of one page, redirects included (00:00:30)
          Mining:Crawler:MaxBytes                  body cap; larger pages are cut and still extracted (5242880)
          Mining:Crawler:AllowedPrivateHosts       host:port entries that may resolve to private addresses ([])
          Mining:Storage                           Azure Storage connection, or an https:// account URL for managed identity
                                                   (UseDevelopmentStorage=true)
          Mining:StateDirectory                    where the standalone host keeps the device id (OS app-data folder)
          Mining:Durable:VisibilityTimeout         azure-storage: how long work of a dead worker stays invisible (00:05:00)
          Mining:Durable:MaxQueuePollingInterval   azure-storage: longest idle wait between queue polls (00:00:01)
          Mining:Health:Port                       loopback port of GET /healthz; 0 picks a free one and logs it (0)
        A bad setting stops the program with exit code 2 and one line naming the key.
        Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad settings.
        """;
}
