using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Mining.Infra.Tests;

/// <summary>
/// One template in the compiled ARM tree: the root, or a module's nested deployment with the
/// parameter values its parent passes in. Resolves <c>[parameters('x')]</c> through that chain to
/// the value passed or the default, so a test can check what a module really receives.
/// </summary>
internal sealed partial class ArmScope(JsonObject template, JsonObject? passedParameters, ArmScope? parent)
{
    public JsonObject Template { get; } = template;

    public JsonNode? Resolve(JsonNode? value)
    {
        if (value is not JsonValue scalar || !scalar.TryGetValue(out string? text))
        {
            return value;
        }

        var match = ParameterReference().Match(text);
        if (!match.Success)
        {
            return value;
        }

        var name = match.Groups["name"].Value;
        if (passedParameters?[name] is JsonObject passed && passed.ContainsKey("value") && parent is not null)
        {
            return parent.Resolve(passed["value"]);
        }

        var declared = Template["parameters"]?[name] as JsonObject
            ?? throw new InvalidOperationException($"Parameter '{name}' is referenced but not declared.");
        return declared.ContainsKey("defaultValue") ? Resolve(declared["defaultValue"]) : null;
    }

    [GeneratedRegex(@"^\[parameters\('(?<name>[^']+)'\)\]$")]
    private static partial Regex ParameterReference();
}
