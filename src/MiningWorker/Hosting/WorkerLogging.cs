using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace MiningWorker.Hosting;

/// <summary>One line per event on stderr, UTC timestamps; library chatter held back unless the operator's settings say otherwise.</summary>
internal static class WorkerLogging
{
    /// <summary>The default levels, as the lowest-precedence settings, so <c>Logging:LogLevel:*</c> from any source overrides them.</summary>
    private static readonly Dictionary<string, string?> DefaultLevels = new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        // A failed start is reported once, as the exit line; the host's own multi-line stack trace would bury it.
        ["Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host"] = "Critical",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
        ["Logging:LogLevel:DurableTask"] = "Warning",
        ["Logging:LogLevel:Grpc"] = "Warning",
        // The resilience pipeline logs each retry with a full stack trace; Core logs one line per retry instead.
        ["Logging:LogLevel:Polly"] = "Error",
    };

    public static void AddWorkerConsole(this ILoggingBuilder logging, IConfigurationBuilder configuration)
    {
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = DefaultLevels });
        logging.ClearProviders();
        logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.UseUtcTimestamp = true;
            console.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
        });
        logging.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
