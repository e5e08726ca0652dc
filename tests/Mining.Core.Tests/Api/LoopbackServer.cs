using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mining.Core.Tests.Api;

/// <summary>A Kestrel server on 127.0.0.1 with a free port that records every request and answers with <see cref="Handler"/>.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Func<HttpContext, Task> Handler { get; set; } = context =>
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    };

    public IReadOnlyList<RecordedRequest> RequestsTo(string path) => [.. Requests.Where(r => r.Path == path)];

    public static async Task<LoopbackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            server.Requests.Enqueue(new RecordedRequest(
                context.Request.Method,
                context.Request.Path.Value ?? "",
                context.Request.Query.ToDictionary(q => q.Key, q => q.Value.Select(v => v ?? "").ToArray()),
                context.Request.Headers.Authorization.ToString(),
                context.Request.Headers.UserAgent.ToString(),
                body));
            await server.Handler(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string[]> Query,
    string Authorization,
    string UserAgent,
    string Body);
