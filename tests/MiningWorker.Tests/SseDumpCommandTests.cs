using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mining.Testing;
using MiningWorker.Commands;

namespace MiningWorker.Tests;

public sealed class SseDumpCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sse-dump-").FullName;

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var vector in Vectors())
        {
            foreach (var chunkSize in new[] { 1, 3, 4096 })
            {
                data.Add(vector["name"]!.GetValue<string>(), chunkSize);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Dumps_every_vector_as_its_expected_json_lines(string name, int chunkSize)
    {
        var vector = Vectors().Single(v => v["name"]!.GetValue<string>() == name);
        var file = Path.Combine(_directory, "stream.bin");
        await File.WriteAllBytesAsync(file, InputBytes(vector));

        var (exitCode, output, _) = await RunAsync("sse-dump", file, "--chunk-size", chunkSize.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, exitCode);
        var expected = vector["events"]!.AsArray()
            .Select(e => new JsonObject { ["type"] = e!["type"]!.DeepClone(), ["data"] = e["data"]!.DeepClone(), ["id"] = e["id"]?.DeepClone() })
            .Append(new JsonObject { ["retry"] = vector["retry"]?.DeepClone(), ["last_event_id"] = vector["last_event_id"]?.DeepClone() })
            .Select(o => o.ToJsonString())
            .ToList();
        var actual = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!.ToJsonString())
            .ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Default_chunk_size_reads_the_file_and_ends_with_the_state_line()
    {
        var file = Path.Combine(_directory, "stream.bin");
        await File.WriteAllTextAsync(file, "retry: 1500\nid: é9\nevent: assignment\ndata: {\"count\": 2}\n\ndata: tail");

        var (exitCode, output, _) = await RunAsync("sse-dump", file);

        Assert.Equal(0, exitCode);
        Assert.Equal(
            "{\"type\":\"assignment\",\"data\":\"{\\\"count\\\": 2}\",\"id\":\"é9\"}\n{\"retry\":1500,\"last_event_id\":\"é9\"}\n",
            output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_non_positive_chunk_size_is_bad_usage()
    {
        var file = Path.Combine(_directory, "stream.bin");
        await File.WriteAllTextAsync(file, "data:x\n\n");

        var (exitCode, output, error) = await RunAsync("sse-dump", file, "--chunk-size", "0");

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("--chunk-size", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_a_runtime_failure_with_a_clear_message()
    {
        var (exitCode, _, error) = await RunAsync("sse-dump", Path.Combine(_directory, "absent.bin"));

        Assert.Equal(1, exitCode);
        Assert.Contains("absent.bin", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand { SseDumpCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    private static byte[] InputBytes(JsonNode vector) =>
        vector["input_bytes_hex"] is { } hex
            ? Convert.FromHexString(hex.GetValue<string>())
            : Encoding.UTF8.GetBytes(vector["input"]!.GetValue<string>());

    private static List<JsonNode> Vectors()
    {
        var path = Path.Combine(RepositoryPaths.Shared, "fixtures", "sse", "vectors.json");
        return JsonNode.Parse(File.ReadAllText(path))!["vectors"]!.AsArray().Select(v => v!).ToList();
    }
}
