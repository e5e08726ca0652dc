using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Mining.Testing;

namespace Mining.Core.Tests.Crawling;

/// <summary>A Kestrel site on 127.0.0.1 with one route per crawl scenario; it counts hits and reports arrivals.</summary>
public sealed class CrawlSite : IAsyncLifetime
{
    public const string Article = "<html><head><title>An article</title></head><body><p>Hello from the loopback site.</p></body></html>";

    public const string CyrillicText = "Привет, мир! Съешь же ещё этих мягких французских булок.";

    public const string JapaneseText = "日本語のテキストです。こんにちは、世界。";

    private readonly ConcurrentDictionary<string, int> hits = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> arrivals = new();
    private readonly ConcurrentDictionary<string, string> lastHeaders = new();
    private LoopbackHttpServer? server;

    static CrawlSite() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public int Port => server!.Port;

    public string Origin => $"http://127.0.0.1:{Port}";

    public string HostAndPort => $"127.0.0.1:{Port}";

    public Uri Url(string pathAndQuery) => new(Origin + pathAndQuery);

    public int Hits(string path) => hits.GetValueOrDefault(path);

    public Task Arrived(string id) => arrivals.GetOrAdd(id, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public string? HeadersSeenAt(string path) => lastHeaders.GetValueOrDefault(path);

    public async Task InitializeAsync() => server = await LoopbackHttpServer.StartAsync(site =>
    {
        site.Use(async (context, next) =>
        {
            hits.AddOrUpdate(context.Request.Path, 1, (_, count) => count + 1);
            lastHeaders[context.Request.Path] = string.Join("\n", context.Request.Headers.Select(header => $"{header.Key}: {header.Value}"));
            await next(context);
        });
        MapRoutes(site);
    });

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    private static Task Send(HttpContext context, string contentType, byte[] body, string? encoding = null)
    {
        context.Response.ContentType = contentType;
        if (encoding is not null)
        {
            context.Response.Headers.ContentEncoding = encoding;
        }

        return context.Response.Body.WriteAsync(body).AsTask();
    }

    private static byte[] Compress(string text, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var compressing = compressor(output))
        {
            compressing.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    private static byte[] Encode(string html, string charset) => Encoding.GetEncoding(charset).GetBytes(html);

    private static string CharsetPage(string text, string? metaCharset) =>
        $"<html><head>{(metaCharset is null ? string.Empty : $"<meta charset=\"{metaCharset}\">")}<title>t</title></head><body><p>{text}</p></body></html>";

    private static byte[] GzipBomb()
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write("<html><body><p>"u8);
            var filler = new byte[1024 * 1024];
            filler.AsSpan().Fill((byte)'a');
            for (var i = 0; i < 32; i++)
            {
                gzip.Write(filler);
            }
        }

        return output.ToArray();
    }

    private void Arrive(string id) => arrivals.GetOrAdd(id, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    private void MapRoutes(WebApplication site)
    {
        var bomb = GzipBomb();
        site.MapGet("/page", context => Send(context, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Article)));
        site.MapGet("/ssrf/{id}", context => Send(context, "text/html", Encoding.UTF8.GetBytes(Article)));
        site.MapGet("/xhtml", context => Send(context, "application/xhtml+xml", Encoding.UTF8.GetBytes(Article)));
        site.MapGet("/redirect/{n:int}", (HttpContext context, int n) => n == 0
            ? Send(context, "text/html", Encoding.UTF8.GetBytes(Article))
            : Redirect(context, $"/redirect/{n - 1}"));
        site.MapGet("/redirect-to", (HttpContext context, string target) => Redirect(context, target));
        site.MapGet("/set-cookie", context =>
        {
            context.Response.Headers.SetCookie = "session=secret; Path=/";
            return Redirect(context, "/echo");
        });
        site.MapGet("/echo", context => Send(context, "text/html", Encoding.UTF8.GetBytes(Article)));
        site.MapGet("/status/{code:int}", (HttpContext context, int code) =>
        {
            context.Response.StatusCode = code;
            return Send(context, "text/html", Encoding.UTF8.GetBytes(Article));
        });
        site.MapGet("/hang/{id}", async (HttpContext context, string id) =>
        {
            Arrive(id);
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        site.MapGet("/trickle/{id}", async (HttpContext context, string id) =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.Body.WriteAsync("<html><body><p>first bytes"u8.ToArray());
            await context.Response.Body.FlushAsync();
            Arrive(id);
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        site.MapGet("/endless", async context =>
        {
            // A megabyte, then a body that never ends: only a client that stops at its cap can finish reading.
            context.Response.ContentType = "text/html";
            var chunk = new byte[16 * 1024];
            chunk.AsSpan().Fill((byte)'x');
            for (var i = 0; i < 64; i++)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }

            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        site.MapGet("/exact/{size:int}", (HttpContext context, int size) =>
        {
            var body = new byte[size];
            body.AsSpan().Fill((byte)'y');
            return Send(context, "text/plain", body);
        });
        site.MapGet("/gzip", context => Send(context, "text/html", Compress(Article, s => new GZipStream(s, CompressionLevel.Fastest)), "gzip"));
        site.MapGet("/deflate", context => Send(context, "text/html", Compress(Article, s => new ZLibStream(s, CompressionLevel.Fastest)), "deflate"));
        site.MapGet("/br", context => Send(context, "text/html", Compress(Article, s => new BrotliStream(s, CompressionLevel.Fastest)), "br"));
        site.MapGet("/corrupt-gzip", context => Send(context, "text/html", "\u001f\u008b\bnot really gzip at all"u8.ToArray(), "gzip"));
        site.MapGet("/zstd", context => Send(context, "text/html", "(\u00b5/\u00fdzstd frame"u8.ToArray(), "zstd"));
        site.MapGet("/bomb", context => Send(context, "text/html", bomb, "gzip"));
        site.MapGet("/cp1251", context => Send(context, "text/html; charset=windows-1251", Encode(CharsetPage(CyrillicText, null), "windows-1251")));
        site.MapGet("/sjis", context => Send(context, "text/html; charset=Shift_JIS", Encode(CharsetPage(JapaneseText, null), "shift_jis")));
        site.MapGet("/meta-only", context => Send(context, "text/html", Encode(CharsetPage(CyrillicText, "windows-1251"), "windows-1251")));
        site.MapGet("/wrong-header", context => Send(context, "text/html; charset=utf-8", Encode(CharsetPage(CyrillicText, "windows-1251"), "windows-1251")));
        site.MapGet("/bom", context => Send(context, "text/html; charset=windows-1251", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(CharsetPage(CyrillicText, null))]));
        site.MapGet("/captcha", context => Send(context, "text/html", Encoding.UTF8.GetBytes(
            "<html><head><title>Checking your browser</title></head><body><p>Please confirm you are human.</p>"
            + "<form action=\"/verify\" method=\"post\"><div class=\"g-recaptcha\" data-sitekey=\"k\"></div><button>Go</button></form></body></html>")));
        site.MapGet("/cloudflare", context => Send(context, "text/html; charset=UTF-8", Encoding.UTF8.GetBytes(
            "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><noscript>Enable JavaScript and cookies to continue</noscript>"
            + "<script>(function(){window._cf_chl_opt={cvId: '3'};})();</script></body></html>")));
        site.MapGet("/text", context => Send(context, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("  Plain words, taken as they are.\n")));
        site.MapGet("/pdf", context => Send(context, "application/pdf", "%PDF-1.7\n\0\0binary"u8.ToArray()));
        site.MapGet("/untyped-binary", context => context.Response.Body.WriteAsync("\0\u0001\u0002binary\0"u8.ToArray()).AsTask());
        site.MapGet("/untyped-html", context => context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(Article)).AsTask());
    }

    private static Task Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
