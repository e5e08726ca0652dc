using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Mining.Simulator.Engine;
using Mining.Simulator.Model;

namespace Mining.Simulator.Http;

/// <summary><c>POST /workers/heartbeat</c> and <c>GET/PUT /workers/preferences</c> (MINING_API.md §4).</summary>
internal static class WorkerEndpoints
{
    private static readonly string[] KnownPlatforms = ["google", "twitter"];

    public static void Map(IEndpointRouteBuilder app, SimulatorStore store)
    {
        app.MapPost("/workers/heartbeat", async (HttpContext context) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(context);
            if (body is null)
            {
                return Rejections.Reject(context, store, ViolationKind.MalformedBody, error);
            }

            if (!body.TryDecodePayload(out var payload, out error))
            {
                return Rejections.Reject(context, store, ViolationKind.UndecodablePayload, error);
            }

            var problems = new List<string>();
            if (!JsonFields.TryString(payload, "user_id", out var userId))
            {
                problems.Add("user_id must be a non-empty string");
            }

            if (!JsonFields.TryString(payload, "device_id", out var deviceId))
            {
                problems.Add("device_id must be a non-empty string");
            }

            var client = string.Empty;
            if (!JsonFields.TryObject(payload, "agent_info", out var agent))
            {
                problems.Add("agent_info must be an object");
            }
            else
            {
                if (!JsonFields.TryString(agent, "client", out client))
                {
                    problems.Add("agent_info.client must name the program");
                }

                if (!JsonFields.IsEpochMilliseconds(agent, "ts"))
                {
                    problems.Add("agent_info.ts must be epoch milliseconds");
                }
            }

            if (problems.Count > 0)
            {
                return Rejections.Reject(context, store, ViolationKind.InvalidField, JsonFields.Describe(problems));
            }

            if (userId != store.UserId)
            {
                return Rejections.Reject(context, store, ViolationKind.IdentityMismatch, "user_id is not the id that /auth/me returns for this token");
            }

            if (!store.IsRegistered(deviceId))
            {
                return Rejections.Reject(context, store, ViolationKind.IdentityMismatch, "device_id is not a device registered with register-v2");
            }

            var assigned = store.Heartbeat(deviceId, client);
            return WireJson.Ok(new { ok = true, assigned });
        }).Contract(SimulatorRoute.Heartbeat);

        app.MapGet("/workers/preferences", () =>
        {
            var (platforms, updatedAt) = store.GetPreferences();
            return updatedAt is { } at
                ? WireJson.Ok(new { platforms, updated_at = at.UtcDateTime })
                : WireJson.Ok(new { platforms });
        }).Contract(SimulatorRoute.GetPreferences);

        app.MapPut("/workers/preferences", async (HttpContext context) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(context);
            if (body is null)
            {
                return Rejections.Reject(context, store, ViolationKind.MalformedBody, error);
            }

            if (!body.Root.TryGetProperty("platforms", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return Rejections.Reject(context, store, ViolationKind.InvalidPreferences, "the body needs 'platforms', an array of platform names");
            }

            var platforms = new List<string>();
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || !KnownPlatforms.Contains(item.GetString()))
                {
                    return Rejections.Reject(context, store, ViolationKind.InvalidPreferences, $"unknown platform {item.GetRawText()}; known: google, twitter");
                }

                platforms.Add(item.GetString()!);
            }

            store.SetPreferences(platforms);
            var (saved, updatedAt) = store.GetPreferences();
            return WireJson.Ok(new { platforms = saved, updated_at = updatedAt?.UtcDateTime });
        }).Contract(SimulatorRoute.PutPreferences);
    }
}
