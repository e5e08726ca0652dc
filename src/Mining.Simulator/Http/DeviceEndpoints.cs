using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Mining.Simulator.Codec;
using Mining.Simulator.Engine;
using Mining.Simulator.Model;

namespace Mining.Simulator.Http;

/// <summary><c>POST /devices/register-v2</c> (MINING_API.md §3): an encoded body in, an encoded device id out.</summary>
internal static class DeviceEndpoints
{
    private static readonly string[] OsNames = ["linux", "win", "mac"];

    public static void Map(IEndpointRouteBuilder app, SimulatorStore store)
    {
        app.MapPost("/devices/register-v2", async (HttpContext context) =>
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

            var problems = Check(payload);
            if (problems.Count > 0)
            {
                return Rejections.Reject(context, store, ViolationKind.InvalidField, JsonFields.Describe(problems));
            }

            JsonFields.TryString(payload, "user_id", out var userId);
            if (userId != store.UserId)
            {
                return Rejections.Reject(context, store, ViolationKind.IdentityMismatch, "user_id is not the id that /auth/me returns for this token");
            }

            JsonFields.TryObject(payload, "device_info", out var deviceInfo);
            JsonFields.TryString(deviceInfo, "machine_id", out var machineId);
            var (deviceId, reregistered) = store.RegisterDevice(machineId);
            if (reregistered)
            {
                store.AddViolation(
                    ViolationKind.DeviceReregistered,
                    "this machine_id already has a device id; a worker keeps one device id for its whole life",
                    context.Request.Method, context.Request.Path.Value ?? string.Empty, RequestContext.Sequence(context));
            }

            var answer = JsonSerializer.Serialize(new Dictionary<string, string> { ["device_id"] = deviceId });
            return WireJson.Ok(new { data = WirePayloadCodec.EncodeServerPayload(answer) });
        }).Contract(SimulatorRoute.RegisterDevice);
    }

    private static List<string> Check(JsonElement payload)
    {
        var problems = new List<string>();
        if (!JsonFields.TryString(payload, "user_id", out _))
        {
            problems.Add("user_id must be a non-empty string");
        }

        if (!JsonFields.TryString(payload, "device_type", out var deviceType) || deviceType != "pc")
        {
            problems.Add("device_type must be \"pc\"");
        }

        if (!JsonFields.IsEpochMilliseconds(payload, "timestamp"))
        {
            problems.Add("timestamp must be epoch milliseconds");
        }

        if (!JsonFields.TryObject(payload, "device_info", out var info))
        {
            problems.Add("device_info must be an object");
            return problems;
        }

        if (!JsonFields.TryString(info, "device_type", out var infoType) || infoType != "pc")
        {
            problems.Add("device_info.device_type must be \"pc\"");
        }

        if (!JsonFields.TryString(info, "os_name", out var osName) || !OsNames.Contains(osName))
        {
            problems.Add("device_info.os_name must be linux, win or mac");
        }

        if (!JsonFields.TryString(info, "os_version", out _))
        {
            problems.Add("device_info.os_version must be a non-empty string");
        }

        if (!JsonFields.IsPositiveInteger(info, "cpu_cores"))
        {
            problems.Add("device_info.cpu_cores must be a positive integer");
        }

        if (!JsonFields.TryNumber(info, "memory_gb", out var memory) || memory <= 0)
        {
            problems.Add("device_info.memory_gb must be a positive number");
        }

        if (!JsonFields.TryString(info, "machine_id", out _))
        {
            problems.Add("device_info.machine_id must be a non-empty string");
        }

        return problems;
    }
}
