using System.Globalization;
using Microsoft.AspNetCore.Http;
using Mining.Simulator.Engine;

namespace Mining.Simulator.Http;

/// <summary>Answers a contract call with the next pending fault of its route, before authentication and handling.</summary>
internal sealed class FaultInjectionMiddleware(RequestDelegate next, SimulatorStore store)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (RequestContext.Tag(context) is not { } tag || store.TakeFault(tag.Route) is not { } fault)
        {
            await next(context);
            return;
        }

        RequestContext.SetInjectedFault(context, fault.Describe());
        if (fault.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await WireJson.Message(fault.StatusCode, fault.StatusCode == 429 ? "too many requests" : "injected server error").ExecuteAsync(context);
    }
}
