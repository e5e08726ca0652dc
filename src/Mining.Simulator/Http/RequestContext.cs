using Microsoft.AspNetCore.Http;
using Mining.Simulator.Model;

namespace Mining.Simulator.Http;

/// <summary>Per-request values the middlewares share through <see cref="HttpContext.Items"/>.</summary>
internal static class RequestContext
{
    private const string SequenceKey = "sim.sequence";
    private const string FaultKey = "sim.fault";

    public static void SetSequence(HttpContext context, long sequence) => context.Items[SequenceKey] = sequence;

    public static long Sequence(HttpContext context) => context.Items[SequenceKey] is long sequence ? sequence : 0;

    public static void SetInjectedFault(HttpContext context, string description) => context.Items[FaultKey] = description;

    public static string? InjectedFault(HttpContext context) => context.Items[FaultKey] as string;

    public static RouteTag? Tag(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<RouteTag>();

    public static SimulatorRoute Route(HttpContext context) => Tag(context)?.Route ?? SimulatorRoute.Other;
}
