using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Mining.Testing;

namespace Mining.Core.Tests.Sse;

/// <summary>
/// A scripted <c>/workers/events</c> server on 127.0.0.1: the n-th connection runs the n-th handler; once the script
/// runs out, connections get a stream that stays open and silent.
/// </summary>
public sealed class SseTestServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script;
    private LoopbackHttpServer _server = null!;
    private int _openConnections;

    private SseTestServer(IEnumerable<Func<HttpContext, Task>> script) => _script = new(script);

    public Uri BaseUrl => _server.BaseUrl;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int OpenConnections => Volatile.Read(ref _openConnections);

    public static async Task<SseTestServer> StartAsync(params Func<HttpContext, Task>[] script)
    {
        var server = new SseTestServer(script);
        server._server = await LoopbackHttpServer.StartAsync(
            app => app.MapGet("/workers/events", server.HandleAsync),
            kestrel => kestrel.RequestHeaderEncodingSelector = _ => Encoding.UTF8);
        return server;
    }

    /// <summary>Answers with a status, a content type and a body, as an error page or a wrong endpoint would.</summary>
    public static Func<HttpContext, Task> Respond(int status, string? contentType = null, string body = "") => async context =>
    {
        context.Response.StatusCode = status;
        if (contentType is not null)
        {
            context.Response.ContentType = contentType;
        }

        await context.Response.WriteAsync(body, context.RequestAborted);
    };

    /// <summary>Writes each part as its own flushed write, then closes the stream if <paramref name="close"/> completes, or holds it open.</summary>
    public static Func<HttpContext, Task> Stream(IEnumerable<string> writes, Task? close = null) =>
        StreamBytes(writes.Select(Encoding.UTF8.GetBytes), close);

    public static Func<HttpContext, Task> Stream(params string[] writes) => Stream(writes, close: null);

    public static Func<HttpContext, Task> StreamThenClose(params string[] writes) => Stream(writes, Task.CompletedTask);

    public static Func<HttpContext, Task> OneByteAtATime(string text) =>
        StreamBytes(Encoding.UTF8.GetBytes(text).Select(b => new[] { b }), close: null);

    private static Func<HttpContext, Task> StreamBytes(IEnumerable<byte[]> writes, Task? close) => async context =>
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.Body.FlushAsync(context.RequestAborted);
        foreach (var write in writes)
        {
            await context.Response.Body.WriteAsync(write, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }

        await (close ?? Task.Delay(Timeout.Infinite, context.RequestAborted)).WaitAsync(context.RequestAborted);
    };

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        Requests.Enqueue(new RecordedRequest(
            context.Request.Headers.Authorization.ToString(),
            context.Request.Headers.Accept.ToString(),
            context.Request.Headers.TryGetValue("Last-Event-ID", out var lastEventId) ? lastEventId.ToString() : null,
            context.Request.Query["device_id"].ToString(),
            context.Request.Headers.UserAgent.ToString()));
        Interlocked.Increment(ref _openConnections);
        try
        {
            var handler = _script.TryDequeue(out var next) ? next : Stream();
            await handler(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The listener hung up.
        }
        finally
        {
            Interlocked.Decrement(ref _openConnections);
        }
    }
}
