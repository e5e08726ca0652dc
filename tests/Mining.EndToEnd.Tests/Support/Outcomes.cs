using Mining.Simulator;
using Mining.Simulator.Model;
using MiningWorker.Demo;

namespace Mining.EndToEnd.Tests.Support;

/// <summary>What the server must have seen once a worker finished a query.</summary>
internal static class Outcomes
{
    public static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Every good page submitted once with its article and without its boilerplate; every bad one abandoned with its reason; no violation.</summary>
    public static void AssertCorrect(SimulatorServer simulator, SearchQuerySnapshot query)
    {
        var assignments = simulator.State.AssignmentsOf(query.Id);
        Assert.Equal(query.AssignmentIds.Count, assignments.Count);
        foreach (var assignment in assignments)
        {
            Assert.True(DemoReport.IsAsExpected(assignment), $"{assignment.Page.PathAndQuery} ended {assignment.State} ({assignment.AbandonReason})");
            if (assignment.State == AssignmentState.Submitted)
            {
                Assert.Equal(1, assignment.AcceptedSubmits);
                AssertContent(assignment);
            }
        }

        Assert.Empty(simulator.State.Violations);
    }

    private static void AssertContent(AssignmentSnapshot assignment)
    {
        var expected = assignment.Page.Content!;
        var submitted = assignment.Submission!;
        foreach (var paragraph in expected.Paragraphs)
        {
            Assert.Contains(paragraph, submitted.Content, StringComparison.Ordinal);
        }

        foreach (var boilerplate in expected.Boilerplate)
        {
            Assert.DoesNotContain(boilerplate, submitted.Content, StringComparison.Ordinal);
        }

        Assert.Equal(assignment.Platform, submitted.Metadata["platform"]);
        Assert.Equal(assignment.SourceUrl, submitted.Metadata["url"]);
        Assert.StartsWith(expected.Title, submitted.Metadata["title"], StringComparison.Ordinal);
    }
}
