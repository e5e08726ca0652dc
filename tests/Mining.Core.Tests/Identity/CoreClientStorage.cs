using Mining.Testing;

namespace Mining.Core.Tests.Identity;

/// <summary>One Azurite for the contract client's storage tests.</summary>
[CollectionDefinition(Name)]
public sealed class CoreClientStorage : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "core-client-storage";
}
