using System.Text.Json;
using Mining.Core.Api;
using Mining.Core.Contract;
using Mining.Core.Tests.Codec;

namespace Mining.Core.Tests.Api;

/// <summary>The request and answer shapes of every endpoint in MINING_API.md §2–§5.</summary>
public sealed class EndpointTests
{
    private const string AssignmentJson = """
        {"id": "a-1", "status": "not_started", "started_at": null, "created_at": "2026-12-04T10:00:00Z", "unknown_field": {"x": 1},
         "metadata": {"url": "https://example.com/"},
         "task": {"id": "t-1", "platform": "google", "source_url": "https://example.com/", "reward_amount": 0.5,
                  "metadata": {"title": "T", "snippet": "S", "query": "Q"}, "search_query_id": "q-1", "new_thing": true},
         "result": null}
        """;

    [Fact]
    public async Task Me_reads_the_user_id()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Json(context, 200, """{"user": {"id": "u-1", "email": "a@b.c", "plan": "free"}}""");

        var user = await harness.Client.GetMeAsync(CancellationToken.None);

        Assert.Equal("u-1", user.Id);
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/auth/me", request.Path);
        Assert.Equal(["all"], request.Query["platforms"]);
        Assert.Equal("Bearer " + ClientHarness.AccessToken, request.Authorization);
    }

    [Fact]
    public async Task Register_sends_the_encoded_device_payload_and_decodes_the_device_id()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Json(context, 200,
            JsonSerializer.Serialize(new { data = CodecInverses.EncodeForDecode("""{"device_id":"dev-9"}""") }));
        var info = new DeviceInfo { OsName = "linux", OsVersion = "6.1", CpuCores = 2, MemoryGb = 24, MachineId = "abc" };

        var deviceId = await harness.Client.RegisterDeviceAsync("u-1", info, CancellationToken.None);

        Assert.Equal("dev-9", deviceId);
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/devices/register-v2", request.Path);
        var (json, _) = CodecInverses.InvertEncode(JsonDocument.Parse(request.Body).RootElement.GetProperty("data").GetString()!);
        using var payload = JsonDocument.Parse(json);
        Assert.Equal("u-1", payload.RootElement.GetProperty("user_id").GetString());
        Assert.Equal("pc", payload.RootElement.GetProperty("device_type").GetString());
        Assert.Equal(harness.Time.GetUtcNow().ToUnixTimeMilliseconds(), payload.RootElement.GetProperty("timestamp").GetInt64());
        var device = payload.RootElement.GetProperty("device_info");
        Assert.Equal("linux", device.GetProperty("os_name").GetString());
        Assert.Equal(24, device.GetProperty("memory_gb").GetInt32());
        Assert.Equal("pc", device.GetProperty("device_type").GetString());
    }

    [Theory]
    [InlineData("""{"data": "not base64!"}""")]
    [InlineData("""{"data": "NTdjNw=="}""")]
    [InlineData("""{"nothing": 1}""")]
    public async Task A_registration_answer_without_a_device_id_is_a_clear_api_error(string answer)
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Json(context, 200, answer);
        var info = new DeviceInfo { OsName = "linux", OsVersion = "6.1", CpuCores = 2, MemoryGb = 24, MachineId = "abc" };

        var error = await Assert.ThrowsAsync<MiningApiException>(() => harness.Client.RegisterDeviceAsync("u-1", info, CancellationToken.None));

        Assert.Contains("POST /devices/register-v2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Heartbeat_encodes_user_device_and_agent_info()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Json(context, 200, "{}");

        var result = await harness.Client.SendHeartbeatAsync("u-1", "d-1", CancellationToken.None);

        Assert.Null(result.AssignedCount);
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/workers/heartbeat", request.Path);
        var (json, _) = CodecInverses.InvertEncode(JsonDocument.Parse(request.Body).RootElement.GetProperty("data").GetString()!);
        Assert.Equal(
            $$$"""{"user_id":"u-1","device_id":"d-1","agent_info":{"client":"mining-functions/{{{Mining.Core.Http.MiningProduct.Version}}}","ts":{{{harness.Time.GetUtcNow().ToUnixTimeMilliseconds()}}}}}""",
            json);
    }

    [Theory]
    [InlineData("""{"assigned": 3}""", 3)]
    [InlineData("""{"assigned_count": 0}""", 0)]
    [InlineData("""{"ok": true, "data": {"count": 5}}""", 5)]
    [InlineData("""{"assigned": [{"id": "a"}, {"id": "b"}]}""", 2)]
    [InlineData("""{"ok": true}""", null)]
    [InlineData("ok", null)]
    [InlineData("", null)]
    public async Task Heartbeat_returns_an_assigned_count_only_when_the_answer_carries_one(string answer, int? expected)
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Text(context, 200, answer);

        var result = await harness.Client.SendHeartbeatAsync("u-1", "d-1", CancellationToken.None);

        Assert.Equal(expected, result.AssignedCount);
    }

    [Fact]
    public async Task Heartbeat_reads_a_count_inside_an_encoded_data_answer()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Json(context, 200,
            JsonSerializer.Serialize(new { data = CodecInverses.EncodeForDecode("""{"assigned":4}""") }));

        Assert.Equal(4, (await harness.Client.SendHeartbeatAsync("u-1", "d-1", CancellationToken.None)).AssignedCount);
    }

    [Fact]
    public async Task Preferences_are_read_and_written()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => context.Request.Method == "GET"
            ? ServerAnswers.Json(context, 200, """{"platforms": ["google"], "updated_at": "2026-12-01T00:00:00Z"}""")
            : ServerAnswers.Json(context, 200, """{"platforms": ["google", "twitter"]}""");

        var platforms = await harness.Client.GetPreferencesAsync(CancellationToken.None);
        await harness.Client.SetPreferencesAsync(["google", "twitter"], CancellationToken.None);

        Assert.Equal(["google"], platforms);
        var put = harness.Server.Requests.Single(r => r.Method == "PUT");
        Assert.Equal("/workers/preferences", put.Path);
        Assert.Equal("""{"platforms":["google","twitter"]}""", put.Body);
    }

    [Fact]
    public async Task List_sends_repeated_keys_and_every_query_field_and_reads_the_cache_version()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context =>
        {
            context.Response.Headers["X-Assignment-Cache-Version"] = "v-42";
            return ServerAnswers.Json(context, 200, $$"""{"assignments": [{{AssignmentJson}}], "total": 1}""");
        };
        var query = new AssignmentQuery
        {
            Platforms = ["google", "twitter"],
            Limit = 10,
            Offset = 20,
            DeviceId = "d-1",
            SearchQueryId = "q 1",
            CreatedAfter = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(2)),
            SortBy = "updated_at",
            SortOrder = "desc",
        };

        var list = await harness.Client.ListAssignmentsAsync(query, CancellationToken.None);

        Assert.Equal("v-42", list.CacheVersion);
        Assert.Equal(1, list.Total);
        var assignment = Assert.Single(list.Assignments);
        Assert.Equal("https://example.com/", assignment.Task.SourceUrl);
        Assert.Equal("q-1", assignment.Task.SearchQueryId);
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(["not_started", "in_progress"], request.Query["statuses"]);
        Assert.Equal(["google", "twitter"], request.Query["platforms"]);
        Assert.Equal(["10"], request.Query["limit"]);
        Assert.Equal(["20"], request.Query["offset"]);
        Assert.Equal(["d-1"], request.Query["device_id"]);
        Assert.Equal(["q 1"], request.Query["search_query_id"]);
        Assert.Equal(["2026-12-01T06:00:00.000Z"], request.Query["created_after"]);
        Assert.Equal(["updated_at"], request.Query["sort_by"]);
        Assert.Equal(["desc"], request.Query["sort_order"]);
    }

    [Fact]
    public async Task List_filters_platforms_again_on_the_client()
    {
        await using var harness = await ClientHarness.StartAsync();
        var twitter = AssignmentJson.Replace("\"google\"", "\"twitter\"", StringComparison.Ordinal).Replace("\"a-1\"", "\"a-2\"", StringComparison.Ordinal);
        harness.Server.Handler = context => ServerAnswers.Json(context, 200, $$"""{"assignments": [{{AssignmentJson}}, {{twitter}}], "total": 2}""");

        var list = await harness.Client.ListAssignmentsAsync(new AssignmentQuery { Platforms = ["google"] }, CancellationToken.None);

        Assert.Equal("a-1", Assert.Single(list.Assignments).Id);
        Assert.Null(list.CacheVersion);
    }

    [Fact]
    public async Task Version_reads_the_camel_case_answer_with_the_same_query()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Json(context, 200, """{"cacheVersion": null, "paramsSignature": "sig"}""");

        var version = await harness.Client.GetAssignmentsVersionAsync(new AssignmentQuery { Platforms = ["google"] }, CancellationToken.None);

        Assert.Null(version.CacheVersion);
        Assert.Equal("sig", version.ParamsSignature);
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/mining/assignments/version", request.Path);
        Assert.Equal(["google"], request.Query["platforms"]);
    }

    [Fact]
    public async Task Get_reads_one_assignment_and_escapes_its_id()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Json(context, 200, AssignmentJson);

        var assignment = await harness.Client.GetAssignmentAsync("a/1", CancellationToken.None);

        Assert.Equal(0.5, assignment.Task.RewardAmount);
        Assert.Equal("/mining/assignments/a%2F1", Assert.Single(harness.Server.Requests).Path);
    }

    [Fact]
    public async Task An_answer_missing_a_required_field_names_the_field_and_the_endpoint()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Json(context, 200, """{"id": "a-1", "status": "in_progress"}""");

        var error = await Assert.ThrowsAsync<MiningApiException>(() => harness.Client.GetAssignmentAsync("a-1", CancellationToken.None));

        Assert.Contains("GET /mining/assignments/a-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("'task'", error.Message, StringComparison.Ordinal);
    }
}
