using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mining.Core.Auth;
using Mining.Core.Identity;

namespace Mining.Core.Tests.Identity;

public sealed class StateStoreRegistrationTests
{
    [Fact]
    public void The_standalone_host_gets_file_stores_by_default()
    {
        using var services = Build(_ => { });

        Assert.IsType<FileDeviceIdStore>(services.GetRequiredService<IDeviceIdStore>());
        Assert.IsType<FileRefreshTokenStore>(services.GetRequiredService<IRefreshTokenStore>());
    }

    [Fact]
    public void The_functions_host_can_choose_blob_stores()
    {
        using var services = Build(collection => collection.UseBlobStateStores());

        Assert.IsType<BlobDeviceIdStore>(services.GetRequiredService<IDeviceIdStore>());
        Assert.IsType<BlobRefreshTokenStore>(services.GetRequiredService<IRefreshTokenStore>());
    }

    [Fact]
    public void A_second_call_adds_nothing()
    {
        var services = new ServiceCollection().AddMiningCore();
        var count = services.Count;

        services.AddMiningCore();

        Assert.Equal(count, services.Count);
    }

    private static ServiceProvider Build(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddMiningCore();
        configure(services);
        return services.BuildServiceProvider();
    }
}
