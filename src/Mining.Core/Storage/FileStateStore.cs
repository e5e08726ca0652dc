namespace Mining.Core.Storage;

/// <summary>One small text value kept in a file, written atomically and readable only by its owner on Unix. The file state stores derive from it.</summary>
public class FileStateStore(string path)
{
    public string FilePath { get; } = path;

    public async Task<string?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath))
        {
            return null;
        }

        var text = (await File.ReadAllTextAsync(FilePath, cancellationToken).ConfigureAwait(false)).Trim();
        return text.Length == 0 ? null : text;
    }

    public async Task SaveAsync(string value, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(FilePath))!;
        Directory.CreateDirectory(directory);
        var temporary = FilePath + ".tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var stream = new FileStream(temporary, fileOptions);
        await using (stream.ConfigureAwait(false))
        {
            await using var writer = new StreamWriter(stream);
            await writer.WriteAsync(value.AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, FilePath, overwrite: true);
    }
}
