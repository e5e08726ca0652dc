using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Mining.Core.Crawling;
using Mining.Core.Extraction;

namespace MiningWorker.Commands;

/// <summary><c>mining-worker extract</c>: runs the crawler's extraction on saved pages (WORKER_CLI.md).</summary>
internal static class ExtractCommand
{
    private const int BadUsage = 2;
    private const string Platform = "google";

    private static readonly JsonSerializerOptions OutputJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(IContentExtractor? extractor = null, TimeProvider? time = null)
    {
        var html = new Option<FileInfo>("--html") { Description = "A saved HTML page to extract" };
        var url = new Option<string>("--url") { Description = "The page's address, for resolving links (with --html)" };
        var batch = new Option<FileInfo>("--batch") { Description = "JSON lines {\"name\", \"html\", \"url\"} to extract" };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for NAME.md and NAME.meta.json (with --batch)" };
        var command = new Command("extract", "Extract the main content and metadata of saved pages, as the crawler would submit them");
        command.Options.Add(html);
        command.Options.Add(url);
        command.Options.Add(batch);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var run = new Runner(extractor ?? new MainContentExtractor(), time ?? TimeProvider.System, stdout, stderr);
            var htmlFile = parseResult.GetValue(html);
            var batchFile = parseResult.GetValue(batch);
            if ((htmlFile is null) == (batchFile is null))
            {
                return Usage(stderr, "give either --html FILE --url URL or --batch MANIFEST --out DIR");
            }

            if (htmlFile is not null)
            {
                var pageUrl = parseResult.GetValue(url);
                if (parseResult.GetValue(output) is not null)
                {
                    return Usage(stderr, "--out goes with --batch");
                }

                return TryParsePageUrl(pageUrl, out var address)
                    ? run.Single(htmlFile, address)
                    : Usage(stderr, "--html needs --url with an absolute http(s) URL");
            }

            var folder = parseResult.GetValue(output);
            if (folder is null || parseResult.GetValue(url) is not null)
            {
                return Usage(stderr, "--batch needs --out DIR (and takes no --url)");
            }

            return run.Batch(batchFile!, folder);
        });
        return command;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine("extract: " + message);
        return BadUsage;
    }

    internal static bool TryParsePageUrl(string? value, out Uri url) =>
        Uri.TryCreate(value, UriKind.Absolute, out url!) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary>A file name from a manifest name that cannot leave the output folder or clash with a device name.</summary>
    internal static string SafeFileName(string name)
    {
        var builder = new StringBuilder(Math.Min(name.Length, 120));
        foreach (var c in name)
        {
            if (builder.Length == 120)
            {
                break;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        var safe = builder.ToString().Trim('.');
        return safe.Length == 0 ? "_" : safe;
    }

    private sealed class Runner(IContentExtractor extractor, TimeProvider time, TextWriter stdout, TextWriter stderr)
    {
        public int Single(FileInfo file, Uri url)
        {
            ExtractedPage page;
            try
            {
                page = extractor.Extract(CharsetDetector.Decode(File.ReadAllBytes(file.FullName), headerCharset: null, PageKind.Html), url);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"extract: cannot read {file.FullName}: {ex.Message}");
                return 1;
            }

            var submitted = new SortedDictionary<string, object>(StringComparer.Ordinal)
            {
                ["content"] = page.Markdown,
                ["metadata"] = SubmissionMetadata.Compose(Platform, url, time.GetUtcNow(), page),
            };
            stdout.WriteLine(JsonSerializer.Serialize(submitted, OutputJson));
            return 0;
        }

        public int Batch(FileInfo manifest, DirectoryInfo folder)
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(manifest.FullName);
                folder.Create();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"extract: {ex.Message}");
                return 1;
            }

            var timings = new List<double>(lines.Length);
            var failures = 0;
            for (var i = 0; i < lines.Length; i++)
            {
                if (string.IsNullOrWhiteSpace(lines[i]))
                {
                    continue;
                }

                var error = ExtractLine(lines[i], folder, timings);
                if (error is not null)
                {
                    failures++;
                    stderr.WriteLine($"extract: {manifest.Name} line {i + 1}: {error}");
                }
            }

            timings.Sort();
            stdout.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"pages={timings.Count + failures} failures={failures} median_ms={Percentile(timings, 0.5):F1} p95_ms={Percentile(timings, 0.95):F1}"));
            return 0;
        }

        /// <returns>Null when the page was written, else why not.</returns>
        private string? ExtractLine(string line, DirectoryInfo folder, List<double> timings)
        {
            ManifestEntry? entry;
            try
            {
                entry = JsonSerializer.Deserialize<ManifestEntry>(line, ManifestEntry.Json);
            }
            catch (JsonException ex)
            {
                return "not a JSON object {\"name\", \"html\", \"url\"}: " + ex.Message;
            }

            if (entry is not { Name.Length: > 0, Html.Length: > 0 } || !TryParsePageUrl(entry.Url, out var url))
            {
                return "needs \"name\", \"html\" and an absolute http(s) \"url\"";
            }

            try
            {
                var bytes = File.ReadAllBytes(entry.Html);
                var started = Stopwatch.GetTimestamp();
                var page = extractor.Extract(CharsetDetector.Decode(bytes, headerCharset: null, PageKind.Html), url);
                timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                var name = SafeFileName(entry.Name);
                File.WriteAllText(Path.Combine(folder.FullName, name + ".md"), page.Markdown + "\n");
                var metadata = SubmissionMetadata.Compose(Platform, url, time.GetUtcNow(), page);
                File.WriteAllText(Path.Combine(folder.FullName, name + ".meta.json"), JsonSerializer.Serialize(metadata, OutputJson) + "\n");
                return null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return $"{entry.Name}: {ex.Message}";
            }
        }

        private static double Percentile(List<double> sorted, double share) =>
            sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private sealed record ManifestEntry(string? Name, string? Html, string? Url)
    {
        public static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };
    }
}
