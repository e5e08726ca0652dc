using Mining.Testing;

namespace Mining.Core.Tests.Leasing;

/// <summary>The SSE area's storage tests (signal queue, listener lease) share one Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class SseStorageTests : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "sse-storage";
}
