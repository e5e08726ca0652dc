using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mining.Core.Sse;

namespace MiningWorker.Commands;

/// <summary>
/// <c>mining-worker sse-dump FILE [--chunk-size N]</c>: runs a captured event stream through the listener's parser and
/// prints one JSON line per dispatched event, then the final retry and last event ID (WORKER_CLI.md).
/// </summary>
internal static class SseDumpCommand
{
    private const int BadUsage = 2;
    private const int RuntimeFailure = 1;

    // Readable lines for an operator: quotes as \" and non-ASCII as is. Still one valid JSON object per line.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The raw bytes of a captured event stream, or - for stdin.",
        };
        var chunkSize = new Option<int>("--chunk-size")
        {
            Description = "Bytes per read fed to the parser.",
            DefaultValueFactory = _ => EventStreamReader.DefaultChunkSize,
        };
        var command = new Command("sse-dump", "Parse a captured event stream exactly as the live listener does.")
        {
            file,
            chunkSize,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(file),
            parseResult.GetValue(chunkSize),
            parseResult.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, int chunkSize, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        if (chunkSize <= 0)
        {
            await console.Error.WriteLineAsync($"sse-dump: --chunk-size must be a positive number of bytes, not {chunkSize}.").ConfigureAwait(false);
            return BadUsage;
        }

        Stream input;
        try
        {
            input = path == "-" ? Console.OpenStandardInput() : File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"sse-dump: cannot read {path}: {ex.Message}").ConfigureAwait(false);
            return RuntimeFailure;
        }

        await using (input.ConfigureAwait(false))
        {
            var parser = new EventStreamParser();
            var reader = new EventStreamReader(input, parser, chunkSize);
            try
            {
                while (await reader.ReadNextAsync(cancellationToken).ConfigureAwait(false) is { } items)
                {
                    foreach (var item in items.OfType<SseEvent>())
                    {
                        await console.Output.WriteLineAsync(FormatEvent(item)).ConfigureAwait(false);
                    }
                }
            }
            catch (IOException ex)
            {
                await console.Error.WriteLineAsync($"sse-dump: reading {path} failed: {ex.Message}").ConfigureAwait(false);
                return RuntimeFailure;
            }

            await console.Output.WriteLineAsync(FormatEnd(parser)).ConfigureAwait(false);
            return 0;
        }
    }

    private static string FormatEvent(SseEvent sseEvent) => WriteJson(writer =>
    {
        writer.WriteString("type", sseEvent.Type);
        writer.WriteString("data", sseEvent.Data);
        WriteStringOrNull(writer, "id", sseEvent.LastEventId);
    });

    private static string FormatEnd(EventStreamParser parser) => WriteJson(writer =>
    {
        if (parser.ReconnectionTimeMilliseconds is { } retry)
        {
            writer.WriteNumber("retry", retry);
        }
        else
        {
            writer.WriteNull("retry");
        }

        WriteStringOrNull(writer, "last_event_id", parser.LastEventId);
    });

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string value)
    {
        if (value.Length == 0)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static string WriteJson(Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
