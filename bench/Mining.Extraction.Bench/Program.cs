using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Mining.Core.Crawling;
using Mining.Core.Extraction;
using SmartReader;

// Extraction speed on the benchmark's development pages, single-threaded on one core, against a SmartReader-only
// baseline run in the same process; then time and peak working set on synthetic pages of 1 and 5 MB.
// Usage: dotnet run -c Release --project bench/Mining.Extraction.Bench -- [ITERATIONS] [PAGES_DIR]
var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var pagesDir = args.Length > 1 ? args[1] : FindPages();
if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
{
    Process.GetCurrentProcess().ProcessorAffinity = 1;
}

var pages = Directory.GetFiles(pagesDir, "*.json").Order(StringComparer.Ordinal).Select(path =>
{
    using var json = JsonDocument.Parse(File.ReadAllText(path));
    return (Html: CharsetDetector.Decode(File.ReadAllBytes(Path.ChangeExtension(path, ".html")), headerCharset: null, PageKind.Html), Url: new Uri(json.RootElement.GetProperty("url").GetString()!));
}).ToList();

var extractor = new MainContentExtractor();
var ours = new List<double>();
var baseline = new List<double>();
for (var warmup = 0; warmup < 2; warmup++)
{
    foreach (var (html, url) in pages)
    {
        extractor.Extract(html, url);
        SmartReaderOnly(html, url);
    }
}

for (var i = 0; i < iterations; i++)
{
    foreach (var (html, url) in pages)
    {
        baseline.Add(Time(() => SmartReaderOnly(html, url)));
        ours.Add(Time(() => extractor.Extract(html, url)));
    }
}

if (iterations > 0)
{
    Console.WriteLine(Invariant($"dev pages: {pages.Count} x {iterations} iterations, one core, single-threaded"));
    Report("MainContentExtractor (Markdown + metadata)", ours);
    Report("SmartReader only (baseline)", baseline);
    Console.WriteLine(Invariant($"  ratio ours/baseline: median {Percentile(ours, 0.5) / Percentile(baseline, 0.5):F2}, p95 {Percentile(ours, 0.95) / Percentile(baseline, 0.95):F2}"));
}

foreach (var megabytes in (int[])[1, 5])
{
    var big = SyntheticPage(megabytes * 1024 * 1024);
    GC.Collect();
    var before = Process.GetCurrentProcess().WorkingSet64;
    var started = Stopwatch.GetTimestamp();
    var result = extractor.Extract(big, new Uri("https://example.com/big"));
    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    using var process = Process.GetCurrentProcess();
    Console.WriteLine(Invariant(
        $"synthetic {big.Length / 1024.0 / 1024.0:F1} MB page: {elapsed:F0} ms, markdown {result.Markdown.Length / 1024} KB, working set before {before / 1048576} MB, peak working set {process.PeakWorkingSet64 / 1048576} MB"));
}

static string SmartReaderOnly(string html, Uri url) => new Reader(url.AbsoluteUri, html).GetArticle().TextContent ?? string.Empty;

static double Time(Action action)
{
    var started = Stopwatch.GetTimestamp();
    action();
    return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}

static void Report(string label, List<double> timings) =>
    Console.WriteLine(Invariant($"  {label}: median {Percentile(timings, 0.5):F1} ms, p95 {Percentile(timings, 0.95):F1} ms, max {timings.Max():F1} ms"));

static double Percentile(List<double> timings, double share)
{
    var sorted = timings.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

// A page shaped like a bloated article: navigation, deeply nested wrappers, link lists, tables and long paragraphs.
static string SyntheticPage(int bytes)
{
    var html = new StringBuilder(bytes + 4096);
    html.Append("<!doctype html><html><head><title>Big</title></head><body><nav><ul>");
    for (var i = 0; i < 200; i++)
    {
        html.Append(CultureInfo.InvariantCulture, $"<li><a href='/section/{i}'>Section {i}</a></li>");
    }

    html.Append("</ul></nav><main><article>");
    var n = 0;
    while (html.Length < bytes)
    {
        n++;
        html.Append("<div class='wrap'><div><section>");
        html.Append(CultureInfo.InvariantCulture, $"<h2>Part {n}</h2><p>Paragraph {n} has <em>emphasis</em>, <a href='/link/{n}'>a link</a> and plenty of ordinary words that go on for a while so the text looks like prose, as articles do, with commas, full stops and the odd number like {n * 7}.</p>");
        html.Append(CultureInfo.InvariantCulture, $"<ul><li>item {n}a</li><li>item {n}b<ul><li>nested</li></ul></li></ul><table><tr><th>k</th><th>v</th></tr><tr><td>{n}</td><td>value | {n}</td></tr></table>");
        html.Append("</section></div></div>");
    }

    html.Append("</article></main><footer>footer</footer></body></html>");
    return html.ToString();
}

static string FindPages()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "..", "shared", "fixtures", "extraction", "pages");
        if (File.Exists(Path.Combine(dir.FullName, "MiningFunctions.sln")) && Directory.Exists(candidate))
        {
            return Path.GetFullPath(candidate);
        }
    }

    throw new DirectoryNotFoundException("Pass the pages folder: ../shared/fixtures/extraction/pages");
}
