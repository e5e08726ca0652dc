namespace MiningWorker.Hosting;

/// <summary>
/// Reads <c>Mining:Storage</c>: a connection string, or an https account URL (any of its service endpoints)
/// that means managed identity.
/// </summary>
internal static class StorageEndpoints
{
    public static bool UsesManagedIdentity(string storage) =>
        storage.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The endpoint of one service (<c>blob</c>, <c>queue</c>, <c>table</c>) of the account behind an https account URL.</summary>
    public static Uri ServiceUri(string storage, string service)
    {
        var account = new Uri(storage);
        var labels = account.Host.Split('.');
        if (labels.Length > 2 && labels[1] is "blob" or "queue" or "table" or "dfs")
        {
            labels[1] = service;
        }

        return new UriBuilder(account) { Host = string.Join('.', labels), Path = "/" }.Uri;
    }
}
