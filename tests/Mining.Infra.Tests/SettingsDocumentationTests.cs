using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mining.Core.Options;
using Mining.Testing;

namespace Mining.Infra.Tests;

/// <summary>The operator's guide lists every setting there is: the contract's, the options', and the template's.</summary>
[Collection(CompiledTemplateGroup.Name)]
public sealed partial class SettingsDocumentationTests(CompiledTemplate template)
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "operations.md"));

    [Fact]
    public void Every_setting_of_the_CLI_contract_is_documented()
    {
        var contract = File.ReadAllText(Path.Combine(RepositoryPaths.Shared, "contract", "WORKER_CLI.md"));
        var keys = ContractKey().Matches(contract).Select(m => m.Groups["key"].Value).ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains($"`{key}`", Guide, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_bindable_option_is_documented()
    {
        var keys = OptionKeys(typeof(MiningOptions), MiningOptions.SectionName).ToList();

        Assert.Contains("Mining:Sse:LeaseContainerName", keys);
        Assert.All(keys, key => Assert.Contains($"`{key}`", Guide, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_worker_setting_the_template_sets_is_documented()
    {
        var site = template.Single("Microsoft.Web/sites");
        var names = site.Get("properties.siteConfig.appSettings")!.AsArray().OfType<JsonObject>()
            .Select(s => s["name"]!.GetValue<string>())
            .Where(n => n.StartsWith("Mining__", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name =>
        {
            // Mining__Platforms__0 is item 0 of Mining:Platforms.
            var key = ListIndex().Replace(name, "").Replace("__", ":", StringComparison.Ordinal);
            Assert.Contains($"`{key}`", Guide, StringComparison.Ordinal);
        });
    }

    private static IEnumerable<string> OptionKeys(Type options, string prefix)
    {
        foreach (var property in options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var key = $"{prefix}:{property.Name}";
            var type = property.PropertyType;
            var isSection = type.IsClass && type != typeof(string) && !type.IsGenericType && !type.IsArray;
            if (isSection)
            {
                foreach (var nested in OptionKeys(type, key))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return key;
            }
        }
    }

    [GeneratedRegex(@"^\|\s*`(?<key>Mining:[A-Za-z:]+)`", RegexOptions.Multiline)]
    private static partial Regex ContractKey();

    [GeneratedRegex(@"__\d+$")]
    private static partial Regex ListIndex();
}
