using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Mining.Simulator.Engine;
using Mining.Simulator.Model;

namespace Mining.Simulator.Http;

/// <summary>Enforces <c>Authorization: Bearer</c> on contract endpoints: missing is a violation, unknown or expired a plain 401.</summary>
internal sealed class AccessTokenMiddleware(RequestDelegate next, SimulatorStore store)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (RequestContext.Tag(context) is not { RequiresToken: true })
        {
            await next(context);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
        switch (store.CheckAccessToken(token))
        {
            case TokenCheck.Valid:
                await next(context);
                return;
            case TokenCheck.Missing:
                context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
                await Rejections.Reject(context, store, ViolationKind.MissingAuthorization, "every call needs Authorization: Bearer <access_token>", 401)
                    .ExecuteAsync(context);
                return;
            default:
                context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer error=\"invalid_token\"";
                await WireJson.Message(401, "invalid or expired access token").ExecuteAsync(context);
                return;
        }
    }
}
