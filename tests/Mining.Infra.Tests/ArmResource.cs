using System.Text.Json.Nodes;

namespace Mining.Infra.Tests;

/// <summary>A resource of the compiled template, with the scope that resolves its parameters.</summary>
internal sealed record ArmResource(JsonObject Json, ArmScope Scope)
{
    public string Type => Json["type"]!.GetValue<string>();

    /// <summary>The node at a dotted path (e.g. <c>properties.siteConfig</c>), parameters resolved.</summary>
    public JsonNode? Get(string path)
    {
        JsonNode? node = Json;
        foreach (var segment in path.Split('.'))
        {
            node = Scope.Resolve(node?[segment]);
        }

        return node;
    }

    public string? GetString(string path) => Get(path)?.GetValue<string>();
}
