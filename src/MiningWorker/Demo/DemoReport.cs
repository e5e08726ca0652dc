using System.Globalization;
using System.Text.Json;
using Mining.Simulator;
using Mining.Simulator.Model;
using Spectre.Console;

namespace MiningWorker.Demo;

/// <summary>The demo's closing report: each task, then the signal-to-fetch latency and the totals.</summary>
internal static class DemoReport
{
    public static void Write(IAnsiConsole console, SimulatorState state, string searchQueryId, TimeSpan elapsed)
    {
        var assignments = state.AssignmentsOf(searchQueryId);
        var table = new Table().Title("Tasks").AddColumns("#", "page", "outcome", "abandon reason", "as expected", "time");
        var number = 0;
        foreach (var assignment in assignments)
        {
            table.AddRow(
                (++number).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(assignment.Page.PathAndQuery),
                Outcome(assignment),
                Markup.Escape(assignment.AbandonReason ?? "-"),
                IsAsExpected(assignment) ? "[green]yes[/]" : "[red]no[/]",
                Duration(assignment));
        }

        console.Write(table);
        var latencies = FetchLatency.Measure(state);
        console.MarkupLine(CultureInfo.InvariantCulture,
            "Signal-to-fetch latency: p50 {0} ms, max {1} ms over {2} signals",
            FetchLatency.Percentile(latencies, 50).TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture),
            (latencies.Count == 0 ? TimeSpan.Zero : latencies.Max()).TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture),
            latencies.Count);
        console.MarkupLine(CultureInfo.InvariantCulture,
            "Totals: {0} tasks, {1} submitted, {2} abandoned, {3} not final, {4} as expected; {5} contract violations; {6:F1} s",
            assignments.Count,
            assignments.Count(a => a.State == AssignmentState.Submitted),
            assignments.Count(a => a.State == AssignmentState.Abandoned),
            assignments.Count(a => !a.IsFinal),
            assignments.Count(IsAsExpected),
            state.Violations.Count,
            elapsed.TotalSeconds);
        foreach (var violation in state.Violations)
        {
            console.MarkupLine("[red]violation:[/] {0}", Markup.Escape(violation.ToString()));
        }
    }

    public static bool IsAsExpected(AssignmentSnapshot assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return assignment.ExpectedAbandonReason is { } reason
            ? assignment.State == AssignmentState.Abandoned && assignment.AbandonReason == JsonNamingPolicy.SnakeCaseLower.ConvertName(reason.ToString())
            : assignment.State == AssignmentState.Submitted;
    }

    private static string Outcome(AssignmentSnapshot assignment) => assignment.State switch
    {
        AssignmentState.Submitted => "[green]submitted[/]",
        AssignmentState.Abandoned => "[yellow]abandoned[/]",
        var other => $"[red]{other}[/]",
    };

    private static string Duration(AssignmentSnapshot assignment)
    {
        var end = assignment.CompletedAt ?? assignment.FailedAt;
        return assignment.AssignedAt is { } start && end is { } finish
            ? ((finish - start).TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms")
            : "-";
    }
}
