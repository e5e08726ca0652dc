using System.Text.Json.Nodes;
using Mining.Testing;

namespace Mining.Infra.Tests;

/// <summary>infra/main.bicep compiled once to ARM JSON, with every module's resources flattened.</summary>
public sealed class CompiledTemplate : IAsyncLifetime
{
    public static string MainBicep => Path.Combine(RepositoryPaths.Root, "infra", "main.bicep");

    internal JsonObject Root { get; private set; } = [];

    /// <summary>The whole template as text, for checks that no expression anywhere may break.</summary>
    internal string Text { get; private set; } = "";

    internal IReadOnlyList<ArmResource> Resources { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Root = await BicepCli.BuildAsync(MainBicep);
        Text = Root.ToJsonString();
        Resources = Flatten(new ArmScope(Root, null, null)).ToList();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    internal IEnumerable<ArmResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    internal ArmResource Single(string type)
    {
        var matches = OfType(type).ToList();
        Assert.True(matches.Count == 1, $"Expected exactly one {type}, found {matches.Count}.");
        return matches[0];
    }

    private static IEnumerable<ArmResource> Flatten(ArmScope scope)
    {
        // languageVersion 2.0 templates keep resources in an object keyed by symbolic name.
        var resources = scope.Template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject symbolic => symbolic.Select(p => p.Value).OfType<JsonObject>(),
            _ => [],
        };

        // Symbolic-name templates also list `existing` references; only deployed resources count.
        foreach (var resource in resources.Where(r => r["existing"]?.GetValue<bool>() != true))
        {
            yield return new ArmResource(resource, scope);
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                var passed = resource["properties"]?["parameters"] as JsonObject;
                foreach (var inner in Flatten(new ArmScope(nested, passed, scope)))
                {
                    yield return inner;
                }
            }
        }
    }
}
