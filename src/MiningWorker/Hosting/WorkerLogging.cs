using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace MiningWorker.Hosting;

/// <summary>One line per event on stderr, UTC timestamps; library chatter held back to warnings unless configured otherwise.</summary>
internal static class WorkerLogging
{
    public static ILoggingBuilder AddWorkerConsole(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.UseUtcTimestamp = true;
            console.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
        });
        logging.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        // A failed start is reported once, as the exit line; the host's own multi-line stack trace would bury it.
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        logging.AddFilter("DurableTask", LogLevel.Warning);
        logging.AddFilter("Grpc", LogLevel.Warning);
        // The resilience pipeline logs each retry with a full stack trace; Core logs one line per retry instead.
        logging.AddFilter("Polly", LogLevel.Error);
        return logging;
    }
}
