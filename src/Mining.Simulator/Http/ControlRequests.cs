using System.Text.Json;
using Mining.Simulator.Model;

namespace Mining.Simulator.Http;

/// <summary>Turns control-API bodies into calls on the C# API.</summary>
internal static class ControlRequests
{
    /// <summary>
    /// <c>{"tasks": n}</c> for n good pages, or <c>{"mix": {"good": 10, "missing": 2, "slow": 3, ...}}</c>, with optional
    /// <c>slow_ms</c>, <c>platform</c> and <c>query</c>. With both, <c>tasks</c> must equal the mix's total.
    /// </summary>
    public static SearchQuerySpec ToSpec(JsonElement body)
    {
        var spec = new SearchQuerySpec();
        if (JsonFields.TryObject(body, "mix", out var mix))
        {
            foreach (var entry in mix.EnumerateObject())
            {
                var count = entry.Value.GetInt32();
                spec = entry.Name switch
                {
                    "good" => spec with { Good = count },
                    "slow" => spec with { Slow = count },
                    "missing" => spec with { Missing = count },
                    "blocked" => spec with { Blocked = count },
                    "empty" => spec with { Empty = count },
                    "down" => spec with { Down = count },
                    _ => throw new ArgumentException($"Unknown page kind '{entry.Name}' in mix; use good, slow, missing, blocked, empty, down."),
                };
            }
        }

        if (body.TryGetProperty("tasks", out var tasks))
        {
            var total = tasks.GetInt32();
            if (spec.Total == 0)
            {
                spec = spec with { Good = total };
            }
            else if (spec.Total != total)
            {
                throw new ArgumentException($"tasks is {total} but the mix adds up to {spec.Total}.");
            }
        }

        if (body.TryGetProperty("slow_ms", out var slowMs))
        {
            spec = spec with { SlowDelay = TimeSpan.FromMilliseconds(slowMs.GetInt32()) };
        }

        if (JsonFields.TryString(body, "platform", out var platform))
        {
            spec = spec with { Platform = platform };
        }

        if (JsonFields.TryString(body, "query", out var query))
        {
            spec = spec with { Query = query };
        }

        return spec;
    }

    /// <summary>
    /// Applies <c>{"kind": ...}</c>: <c>drop_stream</c>, <c>drop_stream_mid_event</c>, <c>rate_limit</c> (route, calls,
    /// retry_after_seconds), <c>server_error</c> (route, calls, status), <c>expire_tokens</c>, <c>fail_refresh</c>
    /// (status, calls), <c>restore_refresh</c>, <c>delay_pages</c> (delay_ms), <c>clear</c>. Returns what was done.
    /// </summary>
    public static string ApplyFault(SimulatorFaults faults, JsonElement body)
    {
        if (!JsonFields.TryString(body, "kind", out var kind))
        {
            throw new ArgumentException("The body needs 'kind'.");
        }

        switch (kind)
        {
            case "drop_stream":
                return $"dropped {faults.DropEventStreams()} stream(s)";
            case "drop_stream_mid_event":
                return $"dropped {faults.DropEventStreams(midEvent: true)} stream(s) mid-event";
            case "rate_limit":
                faults.RateLimit(RouteOf(body), Int(body, "calls", 1), TimeSpan.FromSeconds(Int(body, "retry_after_seconds", 1)));
                return kind;
            case "server_error":
                faults.FailWithServerError(RouteOf(body), Int(body, "calls", 1), Int(body, "status", 503));
                return kind;
            case "expire_tokens":
                faults.ExpireAccessTokens();
                return kind;
            case "fail_refresh":
                faults.FailRefresh(Int(body, "status", 401), body.TryGetProperty("calls", out var calls) ? calls.GetInt32() : null);
                return kind;
            case "restore_refresh":
                faults.RestoreRefresh();
                return kind;
            case "delay_pages":
                faults.DelayPages(TimeSpan.FromMilliseconds(Int(body, "delay_ms", 0)));
                return kind;
            case "clear":
                faults.ClearAll();
                return kind;
            default:
                throw new ArgumentException($"Unknown fault kind '{kind}'.");
        }
    }

    /// <summary>A route by its snake_case name, e.g. <c>list_assignments</c>.</summary>
    public static SimulatorRoute RouteOf(JsonElement body)
    {
        var name = JsonFields.TryString(body, "route", out var route) ? route : throw new ArgumentException("The fault needs 'route'.");
        return Enum.GetValues<SimulatorRoute>().FirstOrDefault(r => r != SimulatorRoute.Other && JsonNamingPolicy.SnakeCaseLower.ConvertName(r.ToString()) == name) is var found && found != SimulatorRoute.Other
            ? found
            : throw new ArgumentException($"Unknown route '{name}'.");
    }

    private static int Int(JsonElement body, string name, int fallback) =>
        body.TryGetProperty(name, out var value) ? value.GetInt32() : fallback;
}
