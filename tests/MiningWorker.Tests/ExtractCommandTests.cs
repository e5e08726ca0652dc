using System.CommandLine;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using MiningWorker.Commands;

namespace MiningWorker.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private const string Article = """
        <html lang="en"><head><title>Hello page</title><meta property="og:title" content="Hello OG"></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Hello</h1>
        <p>The first paragraph of a small article, long enough to be found as the main content of this page.</p>
        <p>A second paragraph with a <a href="/more">relative link</a> that must come out absolute.</p></article></body></html>
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("extract-tests-");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 7, 8, 9, 10, TimeSpan.Zero));

    public void Dispose() => _folder.Delete(recursive: true);

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand("test");
        root.Subcommands.Add(ExtractCommand.Create(time: _time));
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(["extract", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, (encoding ?? Encoding.UTF8).GetBytes(text));
        return path;
    }

    [Fact]
    public void Html_mode_prints_one_json_object_as_it_would_be_submitted()
    {
        var (exit, stdout, stderr) = Run("--html", Write("page.html", Article), "--url", "https://example.com/a/page.html");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        using var json = JsonDocument.Parse(lines[0]);
        Assert.Equal(["content", "metadata"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var content = json.RootElement.GetProperty("content").GetString()!;
        Assert.Contains("The first paragraph of a small article", content, StringComparison.Ordinal);
        Assert.Contains("[relative link](https://example.com/more)", content, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", content, StringComparison.Ordinal);
        var metadata = json.RootElement.GetProperty("metadata");
        Assert.Equal("google", metadata.GetProperty("platform").GetString());
        Assert.Equal("https://example.com/a/page.html", metadata.GetProperty("url").GetString());
        Assert.Equal("2025-06-07T08:09:10.000Z", metadata.GetProperty("timestamp").GetString());
        Assert.Equal("Hello page", metadata.GetProperty("title").GetString());
        Assert.Equal("Hello OG", metadata.GetProperty("og:title").GetString());
    }

    [Fact]
    public void Html_mode_decodes_the_declared_charset()
    {
        var cyrillic = System.Text.CodePagesEncodingProvider.Instance.GetEncoding("windows-1251")!;
        var page = "<html><head><meta charset=\"windows-1251\"><title>Привет</title></head><body><p>Текст статьи.</p></body></html>";
        var (exit, stdout, _) = Run("--html", Write("ru.html", page, cyrillic), "--url", "https://example.ru/");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("Текст статьи.", json.RootElement.GetProperty("content").GetString());
        Assert.Equal("Привет", json.RootElement.GetProperty("metadata").GetProperty("title").GetString());
    }

    [Fact]
    public void Batch_mode_writes_each_page_counts_failures_and_prints_a_summary()
    {
        var html = Write("page.html", Article);
        var output = Path.Combine(_folder.FullName, "out");
        var manifest = Write("manifest.jsonl", string.Join('\n',
            JsonSerializer.Serialize(new { name = "first", html, url = "https://example.com/1" }),
            "not json at all",
            JsonSerializer.Serialize(new { name = "missing", html = Path.Combine(_folder.FullName, "nope.html"), url = "https://example.com/2" }),
            JsonSerializer.Serialize(new { name = "../../escape", html, url = "https://example.com/3" }),
            JsonSerializer.Serialize(new { name = "nourl", html }),
            string.Empty));

        var (exit, stdout, stderr) = Run("--batch", manifest, "--out", output);

        Assert.Equal(0, exit);
        Assert.Matches(@"^pages=5 failures=3 median_ms=\d+\.\d p95_ms=\d+\.\d\n$", stdout.Replace("\r", string.Empty, StringComparison.Ordinal));
        Assert.Contains("line 2", stderr, StringComparison.Ordinal);
        Assert.Contains("line 3", stderr, StringComparison.Ordinal);
        Assert.Contains("line 5", stderr, StringComparison.Ordinal);
        Assert.Contains("The first paragraph", File.ReadAllText(Path.Combine(output, "first.md")), StringComparison.Ordinal);
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "first.meta.json")));
        Assert.Equal("https://example.com/1", meta.RootElement.GetProperty("url").GetString());
        Assert.Equal("Hello page", meta.RootElement.GetProperty("title").GetString());
        var written = Directory.GetFiles(_folder.FullName, "*.md", SearchOption.AllDirectories).Select(Path.GetFullPath).ToList();
        Assert.All(written, path => Assert.StartsWith(Path.GetFullPath(output), path, StringComparison.Ordinal));
        Assert.Equal(2, written.Count);
        Assert.False(File.Exists(Path.Combine(_folder.Parent!.FullName, "escape.md")));
    }

    [Theory]
    [InlineData]
    [InlineData("--html", "page.html")]
    [InlineData("--html", "page.html", "--url", "not-a-url")]
    [InlineData("--html", "page.html", "--url", "ftp://example.com/")]
    [InlineData("--batch", "m.jsonl")]
    [InlineData("--batch", "m.jsonl", "--html", "page.html", "--out", "dir")]
    [InlineData("--batch", "m.jsonl", "--out", "dir", "--url", "https://example.com/")]
    public void Bad_usage_exits_2_with_a_message(params string[] args)
    {
        var (exit, stdout, stderr) = Run(args);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("extract: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_page_in_html_mode_is_a_runtime_failure()
    {
        var (exit, _, stderr) = Run("--html", Path.Combine(_folder.FullName, "absent.html"), "--url", "https://example.com/");
        Assert.Equal(1, exit);
        Assert.Contains("cannot read", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd", "_.._etc_passwd")]
    [InlineData("..", "_")]
    [InlineData("a/b\\c:d", "a_b_c_d")]
    [InlineData("0123abcdef", "0123abcdef")]
    public void Names_are_sanitised_to_stay_in_the_folder(string name, string expected) =>
        Assert.Equal(expected, ExtractCommand.SafeFileName(name));
}
