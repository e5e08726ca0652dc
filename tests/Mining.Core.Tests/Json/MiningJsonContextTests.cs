using System.Text.Json;
using Mining.Core.Contract;
using Mining.Core.Json;

namespace Mining.Core.Tests.Json;

public sealed class MiningJsonContextTests
{
    private static readonly MiningJsonContext Context = MiningJsonContext.Default;

    [Fact]
    public void An_assignment_with_unknown_fields_and_nulls_is_read()
    {
        var assignment = JsonSerializer.Deserialize("""
            {"id": "a", "status": "completed", "completed_at": "2026-12-04T10:00:00.123Z", "failure_reason_expires_at": null,
             "brand_new": [1, 2], "task": {"id": "t", "platform": "twitter", "source_url": "https://x.com/", "reward_amount": "1.5"}}
            """, Context.MiningAssignment)!;

        Assert.Equal(AssignmentStatus.Completed, assignment.Status);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 10, 0, 0, 123, TimeSpan.Zero), assignment.CompletedAt);
        Assert.Equal(1.5, assignment.Task.RewardAmount);
    }

    [Theory]
    [InlineData("""{"status": "x", "task": {"id": "t", "platform": "google", "source_url": "u"}}""", "'id'")]
    [InlineData("""{"id": "a", "status": "x", "task": {"id": "t", "platform": "google"}}""", "'source_url'")]
    [InlineData("""{"id": null, "status": "x", "task": {"id": "t", "platform": "google", "source_url": "u"}}""", "id")]
    public void A_missing_or_null_required_field_fails_naming_it(string json, string field)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.MiningAssignment));

        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Abandon_reasons_are_snake_case_strings_both_ways()
    {
        var json = JsonSerializer.Serialize(new AbandonRequest(AbandonReason.ContentRemoved, null), Context.AbandonRequest);

        Assert.Equal("""{"reason":"content_removed"}""", json);
        Assert.Equal(AbandonReason.SiteBlocked, JsonSerializer.Deserialize("\"site_blocked\"", Context.AbandonReason));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("3", Context.AbandonReason));
    }

    [Fact]
    public void Device_info_is_written_in_snake_case_with_its_device_type()
    {
        var json = JsonSerializer.Serialize(
            new DeviceInfo { OsName = "linux", OsVersion = "6.1.0", CpuCores = 2, MemoryGb = 24, MachineId = "h" }, Context.DeviceInfo);

        Assert.Equal("""{"os_name":"linux","os_version":"6.1.0","cpu_cores":2,"memory_gb":24,"machine_id":"h","device_type":"pc"}""", json);
    }

    [Fact]
    public void A_list_answer_and_a_version_answer_are_read()
    {
        var list = JsonSerializer.Deserialize("""{"assignments": [], "total": 7, "page": 1}""", Context.AssignmentList)!;
        var version = JsonSerializer.Deserialize("""{"cacheVersion": "c", "paramsSignature": "p"}""", Context.AssignmentVersion)!;

        Assert.Equal(7, list.Total);
        Assert.Equal("c", version.CacheVersion);
        Assert.Equal("p", version.ParamsSignature);
    }

    [Fact]
    public void A_signal_round_trips_in_snake_case()
    {
        var signal = new Mining.Core.Signals.AssignmentSignal("sse_assignment", 2, "q-1", "e-9", new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));

        var json = JsonSerializer.Serialize(signal, Context.AssignmentSignal);

        Assert.Equal("""{"reason":"sse_assignment","count":2,"search_query_id":"q-1","event_id":"e-9","received_at":"2026-12-04T12:00:00+00:00"}""", json);
        Assert.Equal(signal, JsonSerializer.Deserialize(json, Context.AssignmentSignal));
    }
}
