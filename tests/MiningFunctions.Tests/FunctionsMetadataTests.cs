using System.Text.Json.Nodes;
using Mining.Workflows;

namespace MiningFunctions.Tests;

public sealed class FunctionsMetadataTests
{
    static readonly Lazy<JsonArray> Metadata = new(FunctionsMetadata.Load);

    static JsonObject Trigger(string function)
    {
        var entry = Metadata.Value.SingleOrDefault(f => (string?)f!["name"] == function);
        Assert.True(entry is not null, $"function {function} missing from functions.metadata");
        return entry["bindings"]!.AsArray().Single(b => ((string)b!["type"]!).EndsWith("Trigger", StringComparison.Ordinal))!.AsObject();
    }

    static bool HasDurableClient(string function) =>
        Metadata.Value.Single(f => (string?)f!["name"] == function)!["bindings"]!.AsArray().Any(b => (string?)b!["type"] == "durableClient");

    [Fact]
    public void Exactly_the_expected_functions_are_declared()
    {
        string[] expected =
        [
            HeartbeatFunction.Name,
            SignalQueueFunctions.Name,
            SignalQueueFunctions.PoisonName,
            WorkflowNames.Orchestrator,
            WorkflowNames.FetchAssignments,
            WorkflowNames.StartAssignment,
            WorkflowNames.CrawlAndSubmit,
        ];

        Assert.Equal(expected.Order(), Metadata.Value.Select(f => (string)f!["name"]!).Order());
    }

    [Fact]
    public void The_heartbeat_runs_on_the_configured_schedule_and_at_start()
    {
        var trigger = Trigger(HeartbeatFunction.Name);

        Assert.Equal("timerTrigger", (string?)trigger["type"]);
        Assert.Equal("%Mining:HeartbeatSchedule%", (string?)trigger["schedule"]);
        Assert.True((bool?)trigger["runOnStartup"]);
    }

    [Theory]
    [InlineData(SignalQueueFunctions.Name, "%Mining:Sse:SignalQueueName%")]
    [InlineData(SignalQueueFunctions.PoisonName, "%Mining:Sse:SignalQueueName%-poison")]
    public void The_signal_queues_are_read_from_the_storage_account_with_a_durable_client(string function, string queueName)
    {
        var trigger = Trigger(function);

        Assert.Equal("queueTrigger", (string?)trigger["type"]);
        Assert.Equal(queueName, (string?)trigger["queueName"]);
        Assert.Equal("AzureWebJobsStorage", (string?)trigger["connection"]);
        Assert.True(HasDurableClient(function));
    }

    [Fact]
    public void The_orchestrator_and_activities_are_bound_under_the_workflow_names()
    {
        Assert.Equal("orchestrationTrigger", (string?)Trigger(WorkflowNames.Orchestrator)["type"]);
        foreach (var activity in new[] { WorkflowNames.FetchAssignments, WorkflowNames.StartAssignment, WorkflowNames.CrawlAndSubmit })
        {
            Assert.Equal("activityTrigger", (string?)Trigger(activity)["type"]);
        }
    }
}
