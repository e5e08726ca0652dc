namespace MiningWorker.Cli;

/// <summary>The exit codes of WORKER_CLI.md.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int RuntimeFailure = 1;
    public const int BadUsage = 2;
}
