namespace Mining.Infra.Tests;

/// <summary>Shares one compilation of the template across the test classes.</summary>
[CollectionDefinition(Name)]
public sealed class CompiledTemplateGroup : ICollectionFixture<CompiledTemplate>
{
    public const string Name = "compiled template";
}
