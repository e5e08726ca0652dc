using Microsoft.AspNetCore.Http;
using Mining.Simulator.Engine;
using Mining.Simulator.Model;

namespace Mining.Simulator.Http;

/// <summary>Answers a worker's contract mistake: records the violation and sends 400 (or the given status) with the reason.</summary>
internal static class Rejections
{
    public static IResult Reject(HttpContext context, SimulatorStore store, ViolationKind kind, string description, int statusCode = 400)
    {
        store.AddViolation(kind, description, context.Request.Method, context.Request.Path.Value ?? string.Empty, RequestContext.Sequence(context));
        return WireJson.Message(statusCode, description);
    }
}
