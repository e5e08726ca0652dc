using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mining.Core.Tests.Sse;

/// <summary>
/// A scripted <c>/workers/events</c> server on 127.0.0.1: the n-th connection runs the n-th handler; once the script
/// runs out, connections get a stream that stays open and silent.
/// </summary>
public sealed class SseTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script;
    private int _openConnections;

    private SseTestServer(WebApplication app, IEnumerable<Func<HttpContext, Task>> script)
    {
        _app = app;
        _script = new(script);
        app.MapGet("/workers/events", HandleAsync);
    }

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int OpenConnections => Volatile.Read(ref _openConnections);

    public static async Task<SseTestServer> StartAsync(params Func<HttpContext, Task>[] script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.RequestHeaderEncodingSelector = _ => Encoding.UTF8;
        });
        var server = new SseTestServer(builder.Build(), script);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUrl = new Uri(address);
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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

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
