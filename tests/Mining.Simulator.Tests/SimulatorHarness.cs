using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace Mining.Simulator.Tests;

/// <summary>A simulator on a fake clock plus an HTTP client that speaks the contract like a worker.</summary>
internal sealed class SimulatorHarness : IAsyncDisposable
{
    private SimulatorHarness(SimulatorServer server, FakeTimeProvider time)
    {
        Server = server;
        Time = time;
        Http = new HttpClient { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromSeconds(20) };
    }

    public SimulatorServer Server { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Http { get; }

    public string? AccessToken { get; private set; }

    public static async Task<SimulatorHarness> StartAsync(Action<SimulatorOptions>? configure = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
        var options = new SimulatorOptions { TimeProvider = time };
        configure?.Invoke(options);
        return new SimulatorHarness(await SimulatorServer.StartAsync(options), time);
    }

    /// <summary>Refreshes with the server's refresh token and sends the new access token from now on.</summary>
    public async Task<string> AuthorizeAsync()
    {
        using var response = await Http.PostAsJsonAsync("/auth/refresh", new { refresh_token = Server.RefreshToken });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        UseToken(body.GetProperty("access_token").GetString()!);
        return AccessToken!;
    }

    public void UseToken(string? token)
    {
        AccessToken = token;
        Http.DefaultRequestHeaders.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
    }

    public static object RegistrationPayload(string userId, string machineId = "machine-a") => new
    {
        user_id = userId,
        device_info = new { os_name = "linux", os_version = "6.1", cpu_cores = 2, memory_gb = 24, machine_id = machineId, device_type = "pc" },
        device_type = "pc",
        timestamp = 1_764_800_000_123L,
    };

    public Task<HttpResponseMessage> PostEncodedAsync(string path, object payload) =>
        PostDataAsync(path, ContractCodec.Encode(JsonSerializer.Serialize(payload)));

    public Task<HttpResponseMessage> PostDataAsync(string path, string data) =>
        Http.PostAsJsonAsync(path, new { data });

    public async Task<string> RegisterDeviceAsync(string machineId = "machine-a")
    {
        using var response = await PostEncodedAsync("/devices/register-v2", RegistrationPayload(Server.UserId, machineId));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var answer = JsonDocument.Parse(ContractCodec.Decode(body.GetProperty("data").GetString()!)).RootElement;
        return answer.GetProperty("device_id").GetString()!;
    }

    public static object HeartbeatPayload(string userId, string deviceId) => new
    {
        user_id = userId,
        device_id = deviceId,
        agent_info = new { client = "mining-functions/0.1.0", ts = 1_764_800_000_000L },
    };

    /// <summary>Sends a heartbeat and returns the assigned count from its answer.</summary>
    public async Task<int> HeartbeatAsync(string deviceId)
    {
        using var response = await PostEncodedAsync("/workers/heartbeat", HeartbeatPayload(Server.UserId, deviceId));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("assigned").GetInt32();
    }

    /// <summary>An authorized worker with a registered device that has sent its first heartbeat.</summary>
    public async Task<string> OnlineWorkerAsync()
    {
        await AuthorizeAsync();
        var deviceId = await RegisterDeviceAsync();
        await HeartbeatAsync(deviceId);
        return deviceId;
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, object body) =>
        Http.PostAsync(path, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
