using System.Text.Json;
using Mining.Core.Identity;
using Mining.Core.Tests.Api;
using Mining.Core.Tests.Codec;

namespace Mining.Core.Tests.Identity;

public sealed class WorkerIdentityAccessorTests
{
    [Fact]
    public async Task Concurrent_callers_share_one_resolution_that_registers_and_stores_the_device()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = Answer;

        var identities = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => harness.Get<IWorkerIdentityAccessor>().GetAsync(CancellationToken.None).AsTask()));

        Assert.All(identities, identity => Assert.Equal(new WorkerIdentity("u-1", "dev-new"), identity));
        Assert.Single(harness.Server.RequestsTo("/auth/me"));
        Assert.Single(harness.Server.RequestsTo("/devices/register-v2"));
        Assert.Equal("dev-new", await File.ReadAllTextAsync(Path.Combine(harness.StateDirectory, "device-id")));
    }

    [Fact]
    public async Task A_stored_device_id_is_kept_and_not_registered_again()
    {
        await using var harness = await ClientHarness.StartAsync();
        await harness.Get<IDeviceIdStore>().SaveAsync("dev-old", CancellationToken.None);
        harness.Server.Handler = Answer;

        var identity = await harness.Get<IWorkerIdentityAccessor>().GetAsync(CancellationToken.None);

        Assert.Equal(new WorkerIdentity("u-1", "dev-old"), identity);
        Assert.Empty(harness.Server.RequestsTo("/devices/register-v2"));
    }

    [Fact]
    public async Task A_failed_resolution_is_not_cached()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = ServerAnswers.Sequence(context => ServerAnswers.Text(context, 403, "no"), Answer);
        var accessor = harness.Get<IWorkerIdentityAccessor>();

        await Assert.ThrowsAsync<Mining.Core.Api.MiningApiException>(() => accessor.GetAsync(CancellationToken.None).AsTask());
        var identity = await accessor.GetAsync(CancellationToken.None);

        Assert.Equal("dev-new", identity.DeviceId);
    }

    private static Task Answer(Microsoft.AspNetCore.Http.HttpContext context) => context.Request.Path.Value switch
    {
        "/auth/me" => ServerAnswers.Json(context, 200, """{"user": {"id": "u-1"}}"""),
        "/devices/register-v2" => ServerAnswers.Json(context, 200,
            JsonSerializer.Serialize(new { data = CodecInverses.EncodeForDecode("""{"device_id":"dev-new"}""") })),
        _ => ServerAnswers.Text(context, 404, "no"),
    };
}
