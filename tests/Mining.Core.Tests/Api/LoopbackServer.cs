using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Mining.Testing;

namespace Mining.Core.Tests.Api;

/// <summary>A Kestrel server on 127.0.0.1 with a free port that records every request and answers with <see cref="Handler"/>.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private LoopbackHttpServer _server = null!;

    private LoopbackServer()
    {
    }

    public Uri BaseUrl => _server.BaseUrl;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Func<HttpContext, Task> Handler { get; set; } = context =>
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    };

    public IReadOnlyList<RecordedRequest> RequestsTo(string path) => [.. Requests.Where(r => r.Path == path)];

    public static async Task<LoopbackServer> StartAsync()
    {
        var server = new LoopbackServer();
        server._server = await LoopbackHttpServer.StartAsync(app => app.Run(server.RecordAndHandleAsync));
        return server;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task RecordAndHandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.Select(v => v ?? "").ToArray()),
            context.Request.Headers.Authorization.ToString(),
            context.Request.Headers.UserAgent.ToString(),
            body));
        await Handler(context);
    }
}

public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string[]> Query,
    string Authorization,
    string UserAgent,
    string Body);
