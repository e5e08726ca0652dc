namespace Mining.Workflows.Tests;

public sealed class WorkerInstanceIdTests
{
    [Fact]
    public void A_plain_device_id_is_used_as_is()
    {
        Assert.Equal("mining-worker-3f2a_b.c-9", WorkerInstanceId.For("3f2a_b.c-9"));
    }

    [Theory]
    [InlineData("dev/ice")]
    [InlineData("dev#ice?")]
    [InlineData("dev ice")]
    public void Characters_a_backend_refuses_are_replaced_and_the_original_hashed(string deviceId)
    {
        var id = WorkerInstanceId.For(deviceId);

        Assert.StartsWith("mining-worker-dev-ice", id, StringComparison.Ordinal);
        Assert.Matches("^[A-Za-z0-9._-]+$", id);
    }

    [Fact]
    public void Distinct_devices_never_share_an_instance_even_when_sanitised_alike()
    {
        Assert.NotEqual(WorkerInstanceId.For("a/b"), WorkerInstanceId.For("a?b"));
        Assert.NotEqual(WorkerInstanceId.For("a-b"), WorkerInstanceId.For("a/b"));
    }

    [Fact]
    public void A_long_device_id_is_cut_and_stays_unique()
    {
        var first = WorkerInstanceId.For(new string('a', 200) + "1");
        var second = WorkerInstanceId.For(new string('a', 200) + "2");

        Assert.NotEqual(first, second);
        Assert.True(first.Length <= 100, first);
    }

    [Fact]
    public void An_empty_device_id_is_refused()
    {
        Assert.Throws<ArgumentException>(() => WorkerInstanceId.For(" "));
    }
}
