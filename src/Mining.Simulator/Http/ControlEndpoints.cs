using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Mining.Simulator.Engine;
using Mining.Simulator.Model;

namespace Mining.Simulator.Http;

/// <summary>
/// The control API under <c>/_sim</c>, for manual runs and other processes: create queries, inject faults,
/// read the state. It is not part of the contract, so mistakes here are plain 400s, not violations.
/// </summary>
internal static class ControlEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SimulatorStore store, SimulatorFaults faults)
    {
        app.MapPost("/_sim/queries", async (HttpContext context) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(context, allowEmpty: true);
            if (body is null)
            {
                return Results.BadRequest(new { message = error });
            }

            try
            {
                var query = store.CreateQuery(ControlRequests.ToSpec(body.Root));
                return WireJson.Status(201, new { search_query_id = query.Id, assignment_ids = query.AssignmentIds, tasks = query.AssignmentIds.Count });
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
            {
                return Results.BadRequest(new { message = e.Message });
            }
        });

        app.MapPost("/_sim/faults", async (HttpContext context) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(context);
            if (body is null)
            {
                return Results.BadRequest(new { message = error });
            }

            try
            {
                return WireJson.Ok(new { applied = ControlRequests.ApplyFault(faults, body.Root) });
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
            {
                return Results.BadRequest(new { message = e.Message });
            }
        });

        app.MapPost("/_sim/stale-sweep", () => WireJson.Ok(new { reassigned = store.ReassignStale() }));

        app.MapGet("/_sim/state", () => WireJson.Ok(new
        {
            counters = store.Counters(),
            queries = store.Queries(),
            assignments = store.Assignments().Select(a => new
            {
                a.Id, a.SearchQueryId, a.SourceUrl, a.Page.Kind, a.State, a.DeviceId, a.AbandonReason, a.AbandonDetails,
                ExpectedAbandonReason = a.ExpectedAbandonReason is { } reason ? JsonNamingPolicy.SnakeCaseLower.ConvertName(reason.ToString()) : null,
                a.AcceptedSubmits, a.DuplicateSubmits, a.StaleReassignments,
                ContentLength = a.Submission?.Content.Length,
            }),
            devices = store.Devices(),
            violations = store.Violations(),
        }));

        app.MapGet("/_sim/requests", () => WireJson.Ok(store.Requests()));

        app.MapFallback((HttpContext context) => Rejections.Reject(
            context, store, ViolationKind.UnknownEndpoint, $"{context.Request.Method} {context.Request.Path} is not part of the contract", 404));
    }
}
