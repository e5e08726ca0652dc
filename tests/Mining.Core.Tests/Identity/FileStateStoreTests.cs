using Microsoft.Extensions.Options;
using Mining.Core.Auth;
using Mining.Core.Identity;
using Mining.Core.Options;
using Mining.Core.Storage;

namespace Mining.Core.Tests.Identity;

/// <summary>The standalone host's file stores: the device id and a rotated refresh token under the state directory.</summary>
public sealed class FileStateStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mining-state-store-").FullName;

    private IOptions<MiningOptions> Options => Microsoft.Extensions.Options.Options.Create(new MiningOptions { StateDirectory = Path.Combine(_directory, "state") });

    [Fact]
    public async Task A_saved_device_id_survives_a_new_store()
    {
        Assert.Null(await new FileDeviceIdStore(Options).LoadAsync(CancellationToken.None));
        await new FileDeviceIdStore(Options).SaveAsync("dev-1", CancellationToken.None);

        Assert.Equal("dev-1", await new FileDeviceIdStore(Options).LoadAsync(CancellationToken.None));
        Assert.Equal("dev-1", await File.ReadAllTextAsync(Path.Combine(_directory, "state", "device-id")));
    }

    [Fact]
    public async Task A_rotated_refresh_token_is_overwritten_and_readable_only_by_its_owner()
    {
        await new FileRefreshTokenStore(Options).SaveAsync("rotated", CancellationToken.None);
        await new FileRefreshTokenStore(Options).SaveAsync("rotated-again", CancellationToken.None);

        Assert.Equal("rotated-again", await new FileRefreshTokenStore(Options).LoadAsync(CancellationToken.None));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_directory, "state", "refresh-token")));
        }
    }

    [Fact]
    public void Without_a_state_directory_the_os_app_data_folder_is_used()
    {
        var resolved = StateDirectory.Resolve(new MiningOptions());

        Assert.Equal(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "mining-worker"), resolved);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
