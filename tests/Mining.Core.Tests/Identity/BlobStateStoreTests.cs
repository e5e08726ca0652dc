using Mining.Core.Auth;
using Mining.Core.Identity;
using Mining.Core.Options;
using Mining.Core.Storage;
using Mining.Testing;

namespace Mining.Core.Tests.Identity;

[Collection(CoreClientStorage.Name)]
public sealed class BlobStateStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_blob_device_id_store_keeps_the_id_for_every_instance()
    {
        var factory = Factory();

        Assert.Null(await new BlobDeviceIdStore(factory).LoadAsync(CancellationToken.None));
        await new BlobDeviceIdStore(factory).SaveAsync("dev-7", CancellationToken.None);

        Assert.Equal("dev-7", await new BlobDeviceIdStore(Factory()).LoadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_blob_refresh_token_store_overwrites_a_rotated_token()
    {
        var factory = Factory();

        await new BlobRefreshTokenStore(factory).SaveAsync("first", CancellationToken.None);
        await new BlobRefreshTokenStore(factory).SaveAsync("second", CancellationToken.None);

        Assert.Equal("second", await new BlobRefreshTokenStore(Factory()).LoadAsync(CancellationToken.None));
    }

    [Fact]
    public void A_connection_string_does_not_use_managed_identity()
    {
        var factory = Factory();

        Assert.False(factory.UsesManagedIdentity);
        Assert.Equal(azurite.BlobPort, factory.CreateBlobServiceClient().Uri.Port);
        Assert.Equal(azurite.QueuePort, factory.CreateQueueServiceClient().Uri.Port);
    }

    private StorageClientFactory Factory() =>
        new(Microsoft.Extensions.Options.Options.Create(new MiningOptions { Storage = azurite.ConnectionString }));
}
