using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Mining.Simulator.Engine;
using Mining.Simulator.Pages;

namespace Mining.Simulator.Http;

/// <summary>The test pages under <c>/pages/{kind}/{n}</c> that the tasks' <c>source_url</c>s point at.</summary>
internal static class PageEndpoints
{
    private static readonly TimeSpan MaxSlowDelay = TimeSpan.FromMinutes(10);

    public static void Map(IEndpointRouteBuilder app, SimulatorStore store)
    {
        app.MapGet("/pages/{kind}/{number:int?}", async (HttpContext context, string kind, int? number) =>
        {
            if (!Enum.TryParse<PageKind>(kind, ignoreCase: true, out var pageKind) || kind.Any(char.IsUpper) || number < 0)
            {
                return Results.NotFound();
            }

            TimeSpan? slowDelay = null;
            if (context.Request.Query["ms"].ToString() is { Length: > 0 } ms)
            {
                if (!int.TryParse(ms, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds) || TimeSpan.FromMilliseconds(milliseconds) > MaxSlowDelay)
                {
                    return Results.BadRequest("ms must be a whole number of milliseconds up to 600000");
                }

                slowDelay = TimeSpan.FromMilliseconds(milliseconds);
            }

            var page = TestPages.Describe(pageKind, number ?? 0, slowDelay);
            var delay = page.Delay + store.PageDelay;
            if (delay > TimeSpan.Zero)
            {
                var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
                using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
                await Task.Delay(delay, store.Time, cancel.Token);
            }

            return Results.Content(TestPages.RenderHtml(page), "text/html; charset=utf-8", statusCode: page.StatusCode);
        });
    }
}
