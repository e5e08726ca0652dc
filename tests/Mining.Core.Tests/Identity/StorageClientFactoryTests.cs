using Mining.Core.Options;
using Mining.Core.Storage;

namespace Mining.Core.Tests.Identity;

public sealed class StorageClientFactoryTests
{
    [Theory]
    [InlineData("https://acct.blob.core.windows.net", "https://acct.blob.core.windows.net/", "https://acct.queue.core.windows.net/")]
    [InlineData("https://acct.queue.core.windows.net/", "https://acct.blob.core.windows.net/", "https://acct.queue.core.windows.net/")]
    public void An_https_account_url_means_managed_identity_for_each_service(string storage, string blob, string queue)
    {
        var factory = new StorageClientFactory(Microsoft.Extensions.Options.Options.Create(new MiningOptions { Storage = storage }));

        Assert.True(factory.UsesManagedIdentity);
        Assert.Equal(new Uri(blob), factory.CreateBlobServiceClient().Uri);
        Assert.Equal(new Uri(queue), factory.CreateQueueServiceClient().Uri);
    }
}
