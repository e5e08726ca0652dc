using System.Diagnostics;
using System.Globalization;
using Mining.Workflows.Bench;
using Mining.Workflows.Tests.Fakes;

// Orchestration benchmark: an 8-page fan-out against the ideal and against one-at-a-time, and the latency from a
// signal to the first fetch. Every figure comes from the same process and backend. Not a timed test.
const int Batch = 8;
const int Repeats = 7;
const int LatencySamples = 30;
var pageTime = TimeSpan.FromMilliseconds(200);
var nextId = 0;

var capped = await MeasureCappedAsync();
await using var host = await BenchHost.StartAsync(maxActivities: 32);
host.Crawler.Delay = pageTime;

async Task<double> RunBatchAsync(BenchHost bench)
{
    var submitted = 0;
    var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    bench.Api.OnSubmit = _ =>
    {
        if (Interlocked.Increment(ref submitted) == Batch)
        {
            done.TrySetResult();
        }
    };
    bench.Api.Add(Enumerable.Range(0, Batch).Select(_ => FakeMiningApi.Assignment("a" + Interlocked.Increment(ref nextId))).ToArray());
    var clock = Stopwatch.StartNew();
    await bench.SignalAsync();
    await done.Task.WaitAsync(TimeSpan.FromMinutes(1));
    var elapsed = clock.Elapsed.TotalMilliseconds;

    // Let the round finish and the orchestration go back to waiting before the next run.
    await Task.Delay(300);
    return elapsed;
}

async Task<double[]> MeasureAsync(int maxConcurrentCrawls)
{
    host.Options.MaxConcurrentCrawls = maxConcurrentCrawls;
    await RunBatchAsync(host); // warm-up, and the round that picks up the new setting
    var runs = new double[Repeats];
    for (var i = 0; i < Repeats; i++)
    {
        runs[i] = await RunBatchAsync(host);
    }

    return runs;
}

// The same fan-out on the service's stock cap (ProcessorCount activities at a time), for comparison.
async Task<double> MeasureCappedAsync()
{
    await using var stock = await BenchHost.StartAsync(maxActivities: Environment.ProcessorCount);
    stock.Crawler.Delay = pageTime;
    stock.Options.MaxConcurrentCrawls = Batch;
    await RunBatchAsync(stock);
    return Median([await RunBatchAsync(stock), await RunBatchAsync(stock), await RunBatchAsync(stock)]);
}

var parallel = await MeasureAsync(maxConcurrentCrawls: Batch);
var sequential = await MeasureAsync(maxConcurrentCrawls: 1);

host.Api.OnSubmit = null;
var latencies = new List<double>();
for (var i = 0; i < LatencySamples; i++)
{
    var fetched = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    host.Api.OnVersionCall = () => fetched.TrySetResult();
    var clock = Stopwatch.StartNew();
    await host.SignalAsync();
    await fetched.Task.WaitAsync(TimeSpan.FromMinutes(1));
    latencies.Add(clock.Elapsed.TotalMilliseconds);
    await Task.Delay(250);
}

static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

static double Percentile(IEnumerable<double> values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[(int)Math.Ceiling(p * sorted.Length) - 1];
}

static string Ms(double value) => value.ToString("F0", CultureInfo.InvariantCulture) + " ms";

static string Times(double value) => value.ToString("F2", CultureInfo.InvariantCulture) + "×";

var ideal = pageTime.TotalMilliseconds;
var parallelMedian = Median(parallel);
var sequentialMedian = Median(sequential);
Console.WriteLine($"backend: in-memory service over the gRPC sidecar, activity cap lifted to 32 (ProcessorCount = {Environment.ProcessorCount})");
Console.WriteLine($"fan-out, {Batch} pages × {Ms(ideal)}, signal → last submit, {Repeats} runs after warm-up:");
Console.WriteLine($"  MaxConcurrentCrawls={Batch}: median {Ms(parallelMedian)}, min {Ms(parallel.Min())}, max {Ms(parallel.Max())}");
Console.WriteLine($"  MaxConcurrentCrawls={Batch}, stock cap of {Environment.ProcessorCount}: median {Ms(capped)} of 3 runs");
Console.WriteLine($"  MaxConcurrentCrawls=1: median {Ms(sequentialMedian)}, min {Ms(sequential.Min())}, max {Ms(sequential.Max())}");
Console.WriteLine($"  vs ideal {Ms(ideal)}: {Times(parallelMedian / ideal)} (goal ≤ 1.50×)");
Console.WriteLine($"  speed-up vs one-at-a-time: {Times(sequentialMedian / parallelMedian)} (goal ≥ 5.00×)");
Console.WriteLine($"signal → first fetch, {LatencySamples} samples: p50 {Ms(Median(latencies))}, p95 {Ms(Percentile(latencies, 0.95))}, max {Ms(latencies.Max())} (goal p50 ≤ 300 ms)");
