using Mining.Core.Identity;
using Mining.Core.Options;
using Mining.Core.Storage;

namespace Mining.Core.Tests.Identity;

public sealed class FileDeviceIdStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mining-device-store-").FullName;

    [Fact]
    public async Task A_saved_device_id_survives_a_new_store()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new MiningOptions { StateDirectory = Path.Combine(_directory, "state") });

        Assert.Null(await new FileDeviceIdStore(options).LoadAsync(CancellationToken.None));
        await new FileDeviceIdStore(options).SaveAsync("dev-1", CancellationToken.None);

        Assert.Equal("dev-1", await new FileDeviceIdStore(options).LoadAsync(CancellationToken.None));
        Assert.Equal("dev-1", await File.ReadAllTextAsync(Path.Combine(_directory, "state", "device-id")));
    }

    [Fact]
    public void Without_a_state_directory_the_os_app_data_folder_is_used()
    {
        var resolved = StateDirectory.Resolve(new MiningOptions());

        Assert.Equal(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "mining-worker"), resolved);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
