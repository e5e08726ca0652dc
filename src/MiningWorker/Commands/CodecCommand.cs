using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mining.Core.Codec;
using Mining.Core.Json;

namespace MiningWorker.Commands;

/// <summary>
/// <c>mining-worker codec encode|decode</c>: stdin is a JSON array of strings, stdout the array of their
/// encodings (or decodings) in order. Bad input exits with code 2 and one line on stderr.
/// </summary>
internal static class CodecCommand
{
    private const int BadUsage = 2;

    /// <summary>Decoded payloads are JSON themselves: keep their quotes readable instead of <c>\u0022</c> (stdout is not HTML).</summary>
    private static readonly MiningJsonContext ReadableOutput = new(new JsonSerializerOptions(MiningJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static Command Create(TextReader? input = null)
    {
        var command = new Command("codec", "Encode or decode payloads as the network does (MINING_API.md §3).");
        command.Subcommands.Add(Direction("encode", "Encode each string of the stdin JSON array (heartbeat and registration payloads).", PayloadCodec.Encode, input));
        command.Subcommands.Add(Direction("decode", "Decode each string of the stdin JSON array (server answers).", PayloadCodec.Decode, input));
        return command;
    }

    private static Command Direction(string name, string description, Func<string, string> transform, TextReader? input)
    {
        var command = new Command(name, description);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var text = await (input ?? Console.In).ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            string[] items;
            try
            {
                items = JsonSerializer.Deserialize(text, MiningJsonContext.Default.StringArray)
                        ?? throw new JsonException("The input is null.");
            }
            catch (JsonException ex)
            {
                await error.WriteLineAsync($"codec {name}: stdin must be a JSON array of strings ({ex.Message.ReplaceLineEndings(" ")})").ConfigureAwait(false);
                return BadUsage;
            }

            var results = new string[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i] is null)
                {
                    await error.WriteLineAsync($"codec {name}: item {i} is null; every item must be a string.").ConfigureAwait(false);
                    return BadUsage;
                }

                try
                {
                    results[i] = transform(items[i]);
                }
                catch (FormatException ex)
                {
                    await error.WriteLineAsync($"codec {name}: item {i} is not a valid payload: {ex.Message}").ConfigureAwait(false);
                    return BadUsage;
                }
            }

            await output.WriteLineAsync(JsonSerializer.Serialize(results, ReadableOutput.StringArray)).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
