using Mining.Core.Storage;

namespace Mining.Core.Tests.Signals;

public sealed class StorageClientFactoryTests
{
    [Theory]
    [InlineData("https://acct.blob.core.windows.net", "acct.queue.core.windows.net", "acct.blob.core.windows.net")]
    [InlineData("https://acct.queue.core.windows.net/", "acct.queue.core.windows.net", "acct.blob.core.windows.net")]
    [InlineData("https://storage.example.test", "storage.example.test", "storage.example.test")]
    public void An_https_account_url_means_managed_identity_on_each_service_endpoint(string storage, string queueHost, string blobHost)
    {
        Assert.Equal(queueHost, StorageClientFactory.CreateQueueServiceClient(storage).Uri.Host);
        Assert.Equal(blobHost, StorageClientFactory.CreateBlobServiceClient(storage).Uri.Host);
    }

    [Fact]
    public void A_connection_string_is_used_as_is()
    {
        const string storage = "UseDevelopmentStorage=true";
        Assert.Equal(10001, StorageClientFactory.CreateQueueServiceClient(storage).Uri.Port);
        Assert.Equal(10000, StorageClientFactory.CreateBlobServiceClient(storage).Uri.Port);
    }
}
