using Microsoft.Extensions.Options;
using Mining.Core.Auth;
using Mining.Core.Options;

namespace Mining.Core.Tests.Auth;

public sealed class FileRefreshTokenStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mining-token-store-").FullName;

    [Fact]
    public async Task A_saved_token_is_loaded_by_a_new_store_and_readable_only_by_its_owner()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new MiningOptions { StateDirectory = Path.Combine(_directory, "nested") });

        Assert.Null(await new FileRefreshTokenStore(options).LoadAsync(CancellationToken.None));
        await new FileRefreshTokenStore(options).SaveAsync("rotated", CancellationToken.None);
        await new FileRefreshTokenStore(options).SaveAsync("rotated-again", CancellationToken.None);

        Assert.Equal("rotated-again", await new FileRefreshTokenStore(options).LoadAsync(CancellationToken.None));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_directory, "nested", "refresh-token")));
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
