using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mining.Core.Options;
using Mining.Testing;

namespace MiningFunctions.Tests;

/// <summary>host.json and local.settings.sample.json: the settings the Functions host reads before any code runs.</summary>
public sealed partial class HostSettingsTests
{
    static JsonNode Read(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, name)), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;

    static JsonObject SampleValues => Read("local.settings.sample.json")["Values"]!.AsObject();

    [Fact]
    public void Host_json_sets_the_hub_fast_polling_and_queue_retries()
    {
        var host = Read("host.json");
        var durable = host["extensions"]!["durableTask"]!;
        var queues = host["extensions"]!["queues"]!;

        Assert.Equal("2.0", (string?)host["version"]);
        Assert.Equal("%Mining:Durable:TaskHubName%", (string?)durable["hubName"]);
        Assert.Equal("00:00:01", (string?)durable["storageProvider"]!["maxQueuePollingInterval"]);
        Assert.Equal(5, (int?)queues["maxDequeueCount"]);
        Assert.Equal(5, (int?)queues["batchSize"]);
        Assert.True(TimeSpan.Parse((string)queues["visibilityTimeout"]!, System.Globalization.CultureInfo.InvariantCulture) > TimeSpan.Zero);
    }

    [Fact]
    public void Every_setting_a_binding_or_host_json_names_has_a_sample_value()
    {
        var settingsNamed = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "host.json")) + FunctionsMetadata.Load().ToJsonString();
        var names = SettingToken().Matches(settingsNamed).Select(m => m.Groups[1].Value).Distinct().ToArray();

        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            var key = name.Replace(":", "__", StringComparison.Ordinal);
            Assert.True(SampleValues.ContainsKey(key), $"local.settings.sample.json lacks {key}");
            Assert.False(string.IsNullOrWhiteSpace((string?)SampleValues[key]), key);
        }
    }

    [Fact]
    public void The_sample_uses_azurite_and_a_refresh_token_placeholder_and_sane_defaults()
    {
        var values = SampleValues;

        Assert.Equal("UseDevelopmentStorage=true", (string?)values["AzureWebJobsStorage"]);
        Assert.Equal("dotnet-isolated", (string?)values["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal("UseDevelopmentStorage=true", (string?)values["Mining__Storage"]);
        Assert.Equal(new MiningOptions().Sse.SignalQueueName, (string?)values["Mining__Sse__SignalQueueName"]);
        Assert.Equal(new MiningOptions().Durable.TaskHubName, (string?)values["Mining__Durable__TaskHubName"]);
        Assert.Equal("0 */1 * * * *", (string?)values["Mining__HeartbeatSchedule"]);
        Assert.Matches("^<.+>$", (string?)values["Mining__RefreshToken"]);
    }

    /// <summary>Settings the Functions app does not read: the schedule replaces the interval, and state lives in storage.</summary>
    static readonly string[] StandaloneOnly = [nameof(MiningOptions.HeartbeatInterval), nameof(MiningOptions.StateDirectory), nameof(MiningOptions.AccessToken)];

    [Fact]
    public void The_sample_names_every_mining_option_the_functions_app_reads()
    {
        var missing = typeof(MiningOptions).GetProperties()
            .Where(p => p.CanWrite && !StandaloneOnly.Contains(p.Name))
            .Select(p => "Mining__" + p.Name)
            .Where(key => !SampleValues.Any(v => v.Key == key || v.Key.StartsWith(key + "__", StringComparison.Ordinal)))
            .ToArray();

        Assert.Empty(missing);
    }

    [GeneratedRegex("%([A-Za-z0-9_:]+)%")]
    private static partial Regex SettingToken();
}
