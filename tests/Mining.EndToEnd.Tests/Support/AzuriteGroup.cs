using Mining.Testing;

namespace Mining.EndToEnd.Tests.Support;

[CollectionDefinition(Name)]
public sealed class AzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
