using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Mining.Simulator.Engine;
using Mining.Simulator.Model;

namespace Mining.Simulator.Http;

/// <summary><c>GET /workers/events?device_id=</c>: the worker's Server-Sent Events stream (MINING_API.md §4).</summary>
internal static class EventStreamEndpoint
{
    private static readonly byte[] KeepAliveComment = Encoding.UTF8.GetBytes(":keep-alive\n\n");

    public static void Map(IEndpointRouteBuilder app, SimulatorStore store, EventStreamHub hub)
    {
        app.MapGet("/workers/events", async (HttpContext context) =>
        {
            var deviceId = context.Request.Query["device_id"].ToString();
            if (deviceId.Length == 0)
            {
                await Rejections.Reject(context, store, ViolationKind.InvalidQueryParameter, "device_id is required").ExecuteAsync(context);
                return;
            }

            if (!store.IsRegistered(deviceId))
            {
                await Rejections.Reject(context, store, ViolationKind.IdentityMismatch, "device_id is not a device registered with register-v2", 404).ExecuteAsync(context);
                return;
            }

            if (!context.Request.Headers.Accept.ToString().Contains("text/event-stream", StringComparison.OrdinalIgnoreCase))
            {
                store.AddViolation(ViolationKind.WrongAcceptHeader, "the event stream must be requested with Accept: text/event-stream",
                    context.Request.Method, context.Request.Path.Value ?? string.Empty, RequestContext.Sequence(context));
            }

            await StreamAsync(context, store, hub, deviceId);
        }).Contract(SimulatorRoute.WorkerEvents);
    }

    private static async Task StreamAsync(HttpContext context, SimulatorStore store, EventStreamHub hub, string deviceId)
    {
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.StartAsync(context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);

        var connection = hub.Open(deviceId);
        var interval = store.Options.KeepAliveInterval;
        using var keepAlive = store.Time.CreateTimer(_ => connection.Post(new StreamMessage.KeepAlive()), null, interval, interval);
        store.StreamOpened();
        try
        {
            await foreach (var message in connection.Messages.ReadAllAsync(context.RequestAborted))
            {
                switch (message)
                {
                    case StreamMessage.KeepAlive:
                        await context.Response.Body.WriteAsync(KeepAliveComment, context.RequestAborted);
                        break;
                    case StreamMessage.Assignment assignment:
                        var frame = string.Create(CultureInfo.InvariantCulture, $"id: {assignment.Id}\nevent: assignment\ndata: {assignment.Data}\n\n");
                        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(frame), context.RequestAborted);
                        break;
                    case StreamMessage.Drop { MidEvent: true }:
                        // Half an event, then the end of the response: an abort could discard the half before it is sent.
                        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("id: 0\nevent: assignment\ndata: {\"count\":"), context.RequestAborted);
                        await context.Response.Body.FlushAsync(context.RequestAborted);
                        RequestContext.SetInjectedFault(context, "stream dropped mid-event");
                        return;
                    case StreamMessage.Drop:
                        RequestContext.SetInjectedFault(context, "stream dropped");
                        context.Abort();
                        return;
                }

                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The worker closed the stream; that is how every stream ends.
        }
        catch (IOException)
        {
            // The connection broke under a write; the worker reconnects.
        }
        finally
        {
            hub.Close(connection);
            store.StreamClosed();
        }
    }
}
