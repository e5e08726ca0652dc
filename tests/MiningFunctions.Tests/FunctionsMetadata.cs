using System.Text.Json.Nodes;
using Mining.Testing;

namespace MiningFunctions.Tests;

/// <summary>
/// <c>func</c> cannot run here, so the bindings are proven from the <c>functions.metadata</c> the worker SDK writes
/// when MiningFunctions builds. This project references it, so building the tests builds the app first, in the
/// same configuration; the file sits in the app's matching output folder.
/// </summary>
public static class FunctionsMetadata
{
    public static JsonArray Load()
    {
        var outputPath = Path.GetRelativePath(Path.Combine(RepositoryPaths.Root, "tests", "MiningFunctions.Tests"), AppContext.BaseDirectory);
        var file = Path.Combine(RepositoryPaths.Root, "src", "MiningFunctions", outputPath, "functions.metadata");
        Assert.True(File.Exists(file), "Build MiningFunctions first: no " + file);
        return JsonNode.Parse(File.ReadAllText(file))!.AsArray();
    }
}
