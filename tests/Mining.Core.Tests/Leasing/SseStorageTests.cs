using Mining.Testing;

namespace Mining.Core.Tests.Leasing;

/// <summary>The SSE area's storage tests (signal queue, listener lease) share one Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class SseStorageTests : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "sse-storage";

    /// <summary>A queue or container name of its own for one test, since the tests share one Azurite.</summary>
    public static string UniqueName(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..12];
}
