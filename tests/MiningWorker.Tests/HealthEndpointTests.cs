using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MiningWorker.Durable;
using MiningWorker.Tests.Support;

namespace MiningWorker.Tests;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Reports_the_last_heartbeat_and_turns_503_when_heartbeats_stop_getting_through()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var domain = new FakeDomain { FanOut = 1, Configure = services => services.AddSingleton<TimeProvider>(time) };
        await using var worker = RunningWorker.Start(domain, DurableBackendKind.InMemory, new Dictionary<string, string?> { ["Mining:HeartbeatInterval"] = "00:01:00" });
        var health = await worker.WaitStartedAsync();
        Assert.Equal(IPAddress.Loopback.ToString(), health.Host);
        using var http = new HttpClient();
        await Eventually.TrueAsync(() => domain.Heartbeats == 1, "the first heartbeat");

        var healthy = await http.GetAsync(health);
        var body = JsonDocument.Parse(await healthy.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Stopped", body.GetProperty("checks").GetProperty("sse").GetProperty("data").GetProperty("state").GetString());
        Assert.Equal(time.GetUtcNow().ToString("O"), body.GetProperty("checks").GetProperty("heartbeat").GetProperty("data").GetProperty("last_success_at").GetString());

        domain.FailHeartbeat = true;
        for (var beat = 2; beat <= 4; beat++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            var expected = beat;
            await Eventually.TrueAsync(() => domain.Heartbeats == expected, $"heartbeat {expected}");
        }

        var unhealthy = await http.GetAsync(health);
        var report = JsonDocument.Parse(await unhealthy.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        Assert.Contains("503", report.GetProperty("checks").GetProperty("heartbeat").GetProperty("data").GetProperty("last_error").GetString(), StringComparison.Ordinal);
    }
}
