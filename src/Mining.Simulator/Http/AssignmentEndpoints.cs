using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Mining.Simulator.Engine;
using Mining.Simulator.Model;

namespace Mining.Simulator.Http;

/// <summary>The <c>/mining/assignments</c> endpoints (MINING_API.md §5).</summary>
internal static class AssignmentEndpoints
{
    private static readonly string[] AbandonReasons = ["user_cancelled", "link_invalid", "site_down", "site_blocked", "content_removed"];

    public const int MaxAbandonDetails = 200;

    public static void Map(IEndpointRouteBuilder app, SimulatorStore store)
    {
        app.MapGet("/mining/assignments", (HttpContext context) =>
        {
            var (filter, kind, error) = AssignmentQueryParser.Parse(context.Request.Query);
            if (filter is null)
            {
                return Rejections.Reject(context, store, kind, error);
            }

            var (page, total, cacheVersion) = store.List(filter);
            context.Response.Headers["X-Assignment-Cache-Version"] = cacheVersion;
            return WireJson.Ok(new { assignments = page.Select(WireAssignment.From).ToList(), total });
        }).Contract(SimulatorRoute.ListAssignments);

        app.MapGet("/mining/assignments/version", (HttpContext context) =>
        {
            var (filter, kind, error) = AssignmentQueryParser.Parse(context.Request.Query);
            if (filter is null)
            {
                return Rejections.Reject(context, store, kind, error);
            }

            return WireJson.Ok(new Dictionary<string, string>
            {
                ["cacheVersion"] = store.CacheVersion,
                ["paramsSignature"] = AssignmentQueryParser.Signature(filter),
            });
        }).Contract(SimulatorRoute.AssignmentsVersion);

        app.MapGet("/mining/assignments/{id}", (string id) =>
            store.FindVisible(id) is { } assignment
                ? WireJson.Ok(WireAssignment.From(assignment))
                : WireJson.Message(404, OperationResult.NotFound.Message!))
            .Contract(SimulatorRoute.GetAssignment);

        app.MapPost("/mining/assignments/{id}/start", async (HttpContext context, string id) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(context, allowEmpty: true);
            if (body is null)
            {
                return Rejections.Reject(context, store, ViolationKind.MalformedBody, "start takes {} as its body: " + error);
            }

            return Answer(store.Start(id), successKey: "success");
        }).Contract(SimulatorRoute.StartAssignment);

        app.MapPost("/mining/assignments/{id}/submit", async (HttpContext context, string id) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(context);
            if (body is null)
            {
                return Rejections.Reject(context, store, ViolationKind.MalformedBody, error);
            }

            var platform = store.FindVisible(id)?.Platform;
            if (platform is null)
            {
                return WireJson.Message(404, OperationResult.NotFound.Message!);
            }

            var (submission, problems) = SubmissionParser.Parse(body, platform, store.Time.GetUtcNow());
            return submission is null
                ? Rejections.Reject(context, store, ViolationKind.InvalidSubmission, problems)
                : Answer(store.Submit(id, submission), successKey: "success");
        }).Contract(SimulatorRoute.SubmitAssignment);

        app.MapPost("/mining/assignments/{id}/abandon", async (HttpContext context, string id) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(context);
            if (body is null)
            {
                return Rejections.Reject(context, store, ViolationKind.MalformedBody, error);
            }

            if (!JsonFields.TryString(body.Root, "reason", out var reason) || !AbandonReasons.Contains(reason))
            {
                return Rejections.Reject(context, store, ViolationKind.InvalidAbandon, $"reason must be one of {string.Join('|', AbandonReasons)}");
            }

            string? details = null;
            if (body.Root.TryGetProperty("details", out var detailsField) && detailsField.ValueKind != JsonValueKind.Null)
            {
                if (detailsField.ValueKind != JsonValueKind.String || detailsField.GetString()!.Length > MaxAbandonDetails)
                {
                    return Rejections.Reject(context, store, ViolationKind.InvalidAbandon, $"details must be a string of at most {MaxAbandonDetails} characters");
                }

                details = detailsField.GetString();
            }

            return Answer(store.Abandon(id, reason, details), successKey: "ok");
        }).Contract(SimulatorRoute.AbandonAssignment);
    }

    private static IResult Answer(OperationResult result, string successKey) =>
        result.StatusCode == 200
            ? WireJson.Ok(new Dictionary<string, object> { [successKey] = true })
            : WireJson.Message(result.StatusCode, result.Message ?? "failed");
}
