using System.CommandLine;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using MiningWorker.Commands;

namespace MiningWorker.Tests;

public sealed partial class SimulatorCommandTests
{
    [Fact]
    public async Task It_serves_until_cancelled_and_prints_the_url_the_token_and_how_to_create_tasks()
    {
        var output = new SynchronizedStringWriter();
        using var stop = new CancellationTokenSource();
        var run = SimulatorCommand.Create().Parse(["--tasks", "2"]).InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() }, stop.Token);

        var banner = await WaitForOutputAsync(output, "Press Ctrl-C to stop.");
        var url = new Uri(BaseUrl().Match(banner).Groups[1].Value);
        var token = RefreshToken().Match(banner).Groups[1].Value;
        using var http = new HttpClient { BaseAddress = url };
        using var refresh = await http.PostAsJsonAsync("/auth/refresh", new { refresh_token = token });
        using var state = await http.GetAsync("/_sim/state");
        await stop.CancelAsync();
        var exitCode = await run.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(IPAddress.Loopback.ToString(), url.Host);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(2, (await state.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("assignments").GetArrayLength());
        Assert.Contains("_sim/queries", banner, StringComparison.Ordinal);
        Assert.Contains($"--Mining:MinerBaseUrl={url}", banner, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        Assert.Contains("POST /auth/refresh -> 200", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Stopping.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_listens_on_the_requested_port_with_the_given_refresh_token()
    {
        var port = FreePort();
        var output = new SynchronizedStringWriter();
        using var stop = new CancellationTokenSource();
        var run = SimulatorCommand.Create().Parse(["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--refresh-token", "manual-token"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() }, stop.Token);

        var banner = await WaitForOutputAsync(output, "Press Ctrl-C to stop.");
        await stop.CancelAsync();

        Assert.Contains($"http://127.0.0.1:{port}/", banner, StringComparison.Ordinal);
        Assert.Contains("Refresh token: manual-token", banner, StringComparison.Ordinal);
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(15)));
    }

    [Fact]
    public async Task A_port_in_use_is_a_runtime_failure_with_a_clear_message()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;
        var error = new StringWriter();

        var exitCode = await SimulatorCommand.Create().Parse(["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            .InvokeAsync(new InvocationConfiguration { Output = new StringWriter(), Error = error });

        Assert.Equal(1, exitCode);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--port", "-1")]
    [InlineData("--tasks", "-3")]
    public void Out_of_range_values_are_parse_errors(string option, string value)
    {
        var result = SimulatorCommand.Create().Parse([option, value]);

        Assert.Contains(result.Errors, e => e.Message.Contains(option, StringComparison.Ordinal));
    }

    private static async Task<string> WaitForOutputAsync(SynchronizedStringWriter output, string marker)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!output.ToString().Contains(marker, StringComparison.Ordinal))
        {
            await output.Changed.WaitAsync(timeout.Token);
        }

        return output.ToString();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Simulator listening on (\S+)")]
    private static partial Regex BaseUrl();

    [GeneratedRegex(@"Refresh token: (\S+)")]
    private static partial Regex RefreshToken();

    /// <summary>A thread-safe output capture that signals each write, so the test waits on output instead of sleeping.</summary>
    private sealed class SynchronizedStringWriter : StringWriter
    {
        private readonly Lock _gate = new();
        private SemaphoreSlim _changed = new(0);

        public SemaphoreSlim Changed => _changed;

        public override void Write(char value)
        {
            lock (_gate)
            {
                base.Write(value);
            }

            _changed.Release();
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                base.Write(value);
            }

            _changed.Release();
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }
    }
}
