using System.CommandLine;
using System.Text.Json;
using MiningWorker.Commands;

namespace MiningWorker.Tests;

public sealed class CodecCommandTests
{
    [Fact]
    public async Task Encode_writes_the_encoded_strings_in_order()
    {
        var result = await RunAsync("""["a", "hello world", ""]""", "codec", "encode");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["YQA=", "ZwBoAG0AbwAgAHYAewB5AHMAewB5AA==", ""], JsonSerializer.Deserialize<string[]>(result.Output)!);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Decode_writes_the_decoded_strings_in_order()
    {
        var result = await RunAsync("""["NTdjNw==", "NjY4M3g4MjUzeDE2Mzd4MTc2M3g5MjAzeDU3OTd4MDViNnhlNjU2eGQ3ZjZ4ZDZhMnhjNw=="]""", "codec", "decode");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["{}", """{"device_id":"dev-1"}"""], JsonSerializer.Deserialize<string[]>(result.Output)!);
        Assert.Contains("{\\\"device_id\\\":\\\"dev-1\\\"}", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "JSON array of strings")]
    [InlineData("""{"a": 1}""", "JSON array of strings")]
    [InlineData("[1, 2]", "JSON array of strings")]
    [InlineData("""["ok", null]""", "item 1 is null")]
    public async Task Bad_input_exits_2_with_one_clear_line(string stdin, string expected)
    {
        var result = await RunAsync(stdin, "codec", "encode");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task An_undecodable_item_exits_2_naming_the_item()
    {
        var result = await RunAsync("""["NTdjNw==", "not base64!"]""", "codec", "decode");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("item 1", result.Error, StringComparison.Ordinal);
        Assert.Contains("Base64", result.Error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string stdin, params string[] args)
    {
        var root = new RootCommand { CodecCommand.Create(new StringReader(stdin)) };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
